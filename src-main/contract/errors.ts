/**
 * Typed errors with stable codes. Pure (no Node, no DOM) so the renderer can
 * switch on the codes. The api layer maps each code to one Chinese sentence.
 */
export const ERROR_CODES = [
  'INPUT',
  'NOT_FOUND',
  'UNKNOWN_METHOD',
  'DEVICE',
  'OFFLINE',
  'CONFLICT',
  'STORE_CORRUPT',
  'STORE_FULL',
  'UNAUTHORIZED',
  'LOCKED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class KioskError extends Error {
  readonly code: ErrorCode;
  /** Optional Chinese sentence for the citizen; the api layer falls back to a per-code default. */
  readonly userMessage: string | undefined;
  constructor(code: ErrorCode, message: string, userMessage?: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.userMessage = userMessage;
  }
}

/** Invalid input from a citizen, a file or a peer. `field` names the offending field when known. */
export class InputError extends KioskError {
  readonly field: string | undefined;
  constructor(message: string, field?: string, userMessage?: string) {
    super('INPUT', message, userMessage);
    this.field = field;
  }
}

export class NotFoundError extends KioskError {
  constructor(message: string, userMessage?: string) {
    super('NOT_FOUND', message, userMessage);
  }
}

/** A device (reader, printer, print queue) failed. `reason` is a stable sub-code. */
export class DeviceError extends KioskError {
  readonly device: string;
  readonly reason: string;
  constructor(device: string, reason: string, message: string, userMessage?: string) {
    super('DEVICE', message, userMessage);
    this.device = device;
    this.reason = reason;
  }
}

export class OfflineError extends KioskError {
  constructor(message: string, userMessage?: string) {
    super('OFFLINE', message, userMessage);
  }
}

export class ConflictError extends KioskError {
  constructor(message: string, userMessage?: string) {
    super('CONFLICT', message, userMessage);
  }
}

export class StoreCorruptError extends KioskError {
  constructor(message: string) {
    super('STORE_CORRUPT', message);
  }
}

/** The data folder's disk has no room: nothing new is accepted, nothing stored is lost. */
export class StoreFullError extends KioskError {
  constructor(message: string) {
    super('STORE_FULL', message);
  }
}

export class UnauthorizedError extends KioskError {
  constructor(message: string, userMessage?: string) {
    super('UNAUTHORIZED', message, userMessage);
  }
}

/** Too many wrong tries (a PIN, ID digits): refused until `until`. */
export class LockedError extends KioskError {
  readonly until: Date;
  constructor(message: string, until: Date, userMessage?: string) {
    super('LOCKED', message, userMessage);
    this.until = until;
  }
}

/** The default Chinese sentence per code, shown when an error carries none of its own. */
export const DEFAULT_USER_MESSAGES: Record<ErrorCode, string> = {
  INPUT: '输入的内容有误，请检查后重试。',
  NOT_FOUND: '没有找到相关内容，请返回重试。',
  UNKNOWN_METHOD: '该功能暂不可用，请联系工作人员。',
  DEVICE: '设备暂时无法使用，请联系工作人员。',
  OFFLINE: '网络暂时不通，请稍后再试或到窗口办理。',
  CONFLICT: '该操作已完成，无需重复提交。',
  STORE_CORRUPT: '系统正在恢复数据，请稍后再试。',
  STORE_FULL:
    '本机存储空间已满，暂时不能受理新的提交，已提交的内容都已妥善保存。请点击“呼叫工作人员”，或到窗口办理。',
  UNAUTHORIZED: '设备未授权，请联系工作人员。',
  LOCKED: '尝试次数过多，请稍后再试。',
  INTERNAL: '系统繁忙，请稍后再试或联系工作人员。',
};
