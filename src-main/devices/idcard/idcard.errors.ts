/**
 * The reader's status codes (SW3) and the driver's own failures, each mapped to a typed DeviceError
 * with a stable reason and a Chinese sentence. Messages never carry personal data.
 */
import { DeviceError } from '../../contract/errors.js';

export const IDCARD_DEVICE = 'idcard';

/** SW3 values that mean success for a command. */
export const SW3_OK = 0x90;
export const SW3_FIND_OK = 0x9f;

interface ErrorEntry {
  reason: string;
  /** English, for logs and the technician's CLI. */
  message: string;
  /** Chinese, for the citizen (and the CLI). */
  userMessage: string;
}

/** SW3 failure codes reported by the reader. */
export const SW3_ERRORS: ReadonlyMap<number, ErrorEntry> = new Map<number, ErrorEntry>([
  [
    0x10,
    {
      reason: 'frame-checksum',
      message: 'reader rejected the command checksum',
      userMessage: '读卡器通信校验错误，请重试',
    },
  ],
  [
    0x11,
    {
      reason: 'frame-length',
      message: 'reader rejected the command length',
      userMessage: '读卡器通信长度错误，请重试',
    },
  ],
  [
    0x21,
    {
      reason: 'bad-command',
      message: 'reader rejected the command',
      userMessage: '读卡器不支持该指令，请联系工作人员',
    },
  ],
  [
    0x23,
    {
      reason: 'not-authorised',
      message: 'operation not authorised',
      userMessage: '读卡器未获授权，请联系工作人员',
    },
  ],
  [
    0x24,
    {
      reason: 'reader-unknown',
      message: 'reader reported an unknown error',
      userMessage: '读卡器发生未知错误，请重试',
    },
  ],
  [
    0x31,
    {
      reason: 'auth-card',
      message: 'card failed to authenticate the SAM',
      userMessage: '身份证认证失败，请重新放置身份证',
    },
  ],
  [
    0x32,
    {
      reason: 'auth-sam',
      message: 'SAM failed to authenticate the card',
      userMessage: '身份证认证失败，请重新放置身份证',
    },
  ],
  [
    0x33,
    {
      reason: 'auth-verify',
      message: 'card data verification failed',
      userMessage: '身份证信息验证失败，请重新放置身份证',
    },
  ],
  [
    0x40,
    {
      reason: 'unknown-card-type',
      message: 'unknown card type',
      userMessage: '无法识别的证件类型，请放置居民身份证或居住证',
    },
  ],
  [
    0x41,
    {
      reason: 'read-failed',
      message: 'reading the card failed',
      userMessage: '读取身份证失败，请重新放置身份证',
    },
  ],
  [
    0x47,
    {
      reason: 'random-failed',
      message: 'getting a random number from the card failed',
      userMessage: '读取身份证失败，请重新放置身份证',
    },
  ],
  [
    0x60,
    {
      reason: 'sam-self-test',
      message: 'SAM self-test failed',
      userMessage: '读卡器自检失败，请联系工作人员',
    },
  ],
  [
    0x66,
    {
      reason: 'not-authorised',
      message: 'SAM not authorised',
      userMessage: '读卡器未获授权，请联系工作人员',
    },
  ],
  [
    0x80,
    {
      reason: 'no-card',
      message: 'no card on the reader',
      userMessage: '未检测到身份证，请将身份证放在读卡区',
    },
  ],
  [
    0x81,
    {
      reason: 'select-failed',
      message: 'selecting the card failed',
      userMessage: '身份证选卡失败，请重新放置身份证',
    },
  ],
  [
    0x91,
    { reason: 'no-content', message: 'the card holds no such content', userMessage: '身份证无此项内容' },
  ],
]);

/** Failures the driver itself detects (no SW3). */
export const DRIVER_ERRORS = {
  timeout: {
    reason: 'timeout',
    message: 'reader did not answer in time',
    userMessage: '读卡器无响应，请稍后重试或联系工作人员',
  },
  'bad-frame': {
    reason: 'bad-frame',
    message: 'reader answer was corrupted twice',
    userMessage: '读卡器通信异常，请重试',
  },
  'bad-response': {
    reason: 'bad-response',
    message: 'reader answer was malformed',
    userMessage: '读卡器通信异常，请重试',
  },
  'port-open': {
    reason: 'port-open',
    message: 'cannot open the reader serial port',
    userMessage: '无法连接读卡器，请联系工作人员',
  },
  'port-closed': {
    reason: 'port-closed',
    message: 'reader serial port is closed',
    userMessage: '读卡器已断开，请联系工作人员',
  },
  'write-failed': {
    reason: 'write-failed',
    message: 'writing to the reader failed',
    userMessage: '读卡器通信失败，请联系工作人员',
  },
  'text-format': {
    reason: 'text-format',
    message: 'card text is malformed',
    userMessage: '身份证信息无法识别，请重新放置身份证',
  },
  'checksum-id': {
    reason: 'checksum-id',
    message: 'ID number check digit mismatch',
    userMessage: '身份证号码校验失败，请重新放置身份证或到窗口办理',
  },
  'unknown-card-type': {
    reason: 'unknown-card-type',
    message: 'unknown card type',
    userMessage: '无法识别的证件类型，请放置居民身份证或居住证',
  },
} as const satisfies Record<string, ErrorEntry>;

export type DriverErrorKind = keyof typeof DRIVER_ERRORS;

/** The typed error for a failure SW3 (unknown codes get reason 'sw3-XX'). */
export function errorForSw3(sw3: number): DeviceError {
  const entry = SW3_ERRORS.get(sw3);
  const hex = sw3.toString(16).padStart(2, '0').toUpperCase();
  if (!entry) {
    return new DeviceError(
      IDCARD_DEVICE,
      `sw3-${hex.toLowerCase()}`,
      `reader returned status 0x${hex}`,
      '读卡器返回错误，请重试或联系工作人员',
    );
  }
  return new DeviceError(IDCARD_DEVICE, entry.reason, `${entry.message} (SW3 0x${hex})`, entry.userMessage);
}

/** The typed error for a driver-detected failure; `detail` must never hold personal data. */
export function driverError(kind: DriverErrorKind, detail?: string): DeviceError {
  const entry = DRIVER_ERRORS[kind];
  const message = detail ? `${entry.message}: ${detail}` : entry.message;
  return new DeviceError(IDCARD_DEVICE, entry.reason, message, entry.userMessage);
}
