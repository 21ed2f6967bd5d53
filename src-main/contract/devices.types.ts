/**
 * Types of the device layer as the renderer sees them: reader and printer status, the card read for the
 * identify step, the simulated printer's receipts. Pure: imported by the renderer as types.
 */

/**
 * The ID-card reader: `ready` (connected, no card), `card-present` (a card was read and is still on it),
 * `disconnected` (unplugged, not answering, or no reader configured), `error` (a card is on it but
 * cannot be read).
 */
export type ReaderState = 'ready' | 'card-present' | 'disconnected' | 'error';

/** The receipt printer; `paper-low` still prints (a warning state). */
export type ReceiptPrinterState =
  'ready' | 'paper-low' | 'paper-out' | 'cover-open' | 'offline' | 'no-answer';

/** One device as shown on the admin and demo screens. No personal data. */
export interface DeviceStatusBase {
  /** True for the demo mode's simulated device (nothing is read or printed for real). */
  simulated: boolean;
  /** Chinese label for the screen, e.g. 模拟读卡器, 身份证读卡器. */
  label: string;
  /** Serial port path of a real device. */
  port?: string;
}

export interface ReaderStatus extends DeviceStatusBase {
  state: ReaderState;
}

export interface ReceiptPrinterStatus extends DeviceStatusBase {
  state: ReceiptPrinterState;
}

export interface DevicesStatus {
  reader: ReaderStatus;
  printer: ReceiptPrinterStatus;
}

/**
 * A card read from the reader (居民身份证, 港澳台居民居住证 or 外国人永久居留身份证). Personal data: never
 * logged, never stored beyond the session, cleared from the screen when the session ends. No photo.
 */
export interface IdCardData {
  cardType: '居民身份证' | '港澳台居民居住证' | '外国人永久居留身份证';
  name: string;
  sex: '男' | '女' | '未知' | '未说明';
  /** Ethnic group without 族 (居民身份证 only). */
  nation?: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  address: string;
  /** 公民身份号码, or the permit number on a foreign permit. */
  idNumber: string;
  issuer: string;
  /** YYYY-MM-DD. */
  validFrom: string;
  /** YYYY-MM-DD or 长期. */
  validUntil: string;
  passNumber?: string;
  issueCount?: number;
  englishName?: string;
  nationality?: string;
}

/** Failures the simulated reader can act out for the demo and tests (null: none). */
export type SimulatedReaderFailure = 'no-card' | 'read-failed' | 'disconnected';
/** Failures the simulated printer can act out for the demo and tests (null: none). */
export type SimulatedPrinterFailure = 'paper-out' | 'cover-open' | 'offline' | 'no-answer';

/** A receipt the simulated printer "printed", as the text lines a paper receipt would show. */
export interface PrintedReceipt {
  /** Increasing number since start. */
  seq: number;
  /** ISO 8601. */
  printedAt: string;
  /** Lines of at most 48 columns (a CJK character counts two); QR codes as `[二维码] payload`. */
  lines: string[];
}
