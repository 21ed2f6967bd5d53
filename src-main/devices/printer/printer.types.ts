/**
 * Types shared by the thermal-printer modules: the receipt layout model, the printer's
 * status and the typed error a refused or failed job raises.
 */
import { DeviceError } from '../../contract/errors.js';

export type ReceiptAlign = 'left' | 'center' | 'right';

/**
 * One element of a receipt. The layout turns a list of these into ESC/POS bytes.
 * Text may hold any Unicode (names and addresses include characters outside GBK); it is
 * sent as GB18030 in Chinese mode and folded at the paper width, a CJK character taking two columns.
 */
export type ReceiptLine =
  /** Centred, bold, double width and height: the hall's name or the receipt's title. */
  | { kind: 'title'; text: string }
  /** A paragraph, folded to the width. `size: 'large'` is double width and height. */
  | { kind: 'text'; text: string; align?: ReceiptAlign; bold?: boolean; size?: 'normal' | 'large' }
  /** A label and its value: value right-aligned on the same line when both fit, folded after the label otherwise. */
  | { kind: 'pair'; label: string; value: string; bold?: boolean }
  /** A full-width rule of one ASCII character (default '-'). */
  | { kind: 'rule'; char?: string }
  /** A QR code (model 2, error correction M) of `data` (UTF-8), centred, with an optional caption below. */
  | { kind: 'qr'; data: string; moduleSize?: number; caption?: string }
  /** Blank lines. */
  | { kind: 'feed'; lines?: number }
  /** Feed past the cutter and cut. */
  | { kind: 'cut'; partial?: boolean };

/** What the printer reports before and after a job. 'paper-low' still prints (a warning state). */
export type PrinterState = 'ready' | 'paper-low' | 'paper-out' | 'cover-open' | 'offline' | 'no-answer';

export interface PrinterStatus {
  state: PrinterState;
  /** False when the serial port could not be opened (unplugged); the state is then 'no-answer'. */
  connected: boolean;
  /** Raw DLE EOT 4 (roll paper sensor) byte, when the printer answered. */
  paperSensor?: number;
  /** Raw DLE EOT 2 (offline cause) byte, when the printer answered. */
  offlineCause?: number;
}

/** The reasons a printer job is refused or reported failed (DeviceError.reason). */
export type PrinterErrorReason = 'paper-out' | 'cover-open' | 'no-answer' | 'offline' | 'io';

export interface PrintResult {
  /** Status read after the job; 'ready' or 'paper-low'. */
  status: PrinterStatus;
  /** Bytes written to the printer. */
  bytes: number;
  /** False when the printer never answered the end-of-job request (GS r) but its real-time status was fine. */
  confirmed: boolean;
}

const USER_MESSAGES: Record<PrinterErrorReason, string> = {
  'paper-out': '打印机缺纸，请联系工作人员更换打印纸。',
  'cover-open': '打印机盖未合好，请联系工作人员处理。',
  'no-answer': '打印机未连接或没有响应，请联系工作人员检查。',
  offline: '打印机暂时无法打印，请联系工作人员。',
  io: '打印机连接异常，请联系工作人员检查。',
};

/**
 * A refused ('before-job': nothing was sent) or failed ('during-job': the receipt may be incomplete)
 * print job. It is a DeviceError with device 'printer', so the api layer treats it like any device error.
 */
export class PrinterError extends DeviceError {
  override readonly reason: PrinterErrorReason;
  readonly phase: 'before-job' | 'during-job';
  readonly status: PrinterStatus | undefined;
  constructor(
    reason: PrinterErrorReason,
    phase: 'before-job' | 'during-job',
    message: string,
    status?: PrinterStatus,
  ) {
    const userMessage =
      phase === 'during-job'
        ? `凭条可能没有打印完整。${USER_MESSAGES[reason]}`
        : `暂时无法打印凭条。${USER_MESSAGES[reason]}`;
    super('printer', reason, message, userMessage);
    this.reason = reason;
    this.phase = phase;
    this.status = status;
  }
}

/** Maps a status that forbids printing to the error reason; undefined when printing may go ahead. */
export function reasonForState(state: PrinterState): PrinterErrorReason | undefined {
  switch (state) {
    case 'ready':
    case 'paper-low':
      return undefined;
    case 'paper-out':
    case 'cover-open':
    case 'no-answer':
    case 'offline':
      return state;
  }
}

/** One short Chinese + English line per state, for the technician's CLI. */
export const STATE_LABELS: Record<PrinterState, string> = {
  ready: '打印机就绪 / Printer ready',
  'paper-low': '打印纸将尽 / Paper low',
  'paper-out': '打印机缺纸 / Printer out of paper',
  'cover-open': '打印机盖打开 / Printer cover open',
  offline: '打印机离线（按键走纸或故障）/ Printer offline (feed button or error)',
  'no-answer': '打印机无响应 / Printer does not answer',
};
