/**
 * The one interface the kiosk core uses for each device, implemented by the real drivers' adapters, the
 * demo mode's simulated devices and the "not configured" placeholders alike.
 */
import type { ReaderStatus } from '../../contract/devices.types.js';
import type { IdCard } from '../../devices/idcard/idcard.types.js';
import type { PrinterStatus, ReceiptLine } from '../../devices/printer/printer.types.js';

/** Events of a reader. None carries card data: whoever needs the card calls readCard(). */
export interface CardReaderEvents {
  'card.inserted': [];
  'card.removed': [];
  /** The reader's status changed (connected, lost, card on or off, read failure). */
  state: [status: ReaderStatus];
}

export type CardReaderEvent = keyof CardReaderEvents;

export interface CardReaderDevice {
  readonly simulated: boolean;
  /** The status now, computed from what the device last reported (no I/O). */
  status(): ReaderStatus;
  /**
   * Reads the card on the reader now. Typed DeviceError (device 'idcard') when there is none ('no-card'),
   * the reader is gone ('port-closed', 'timeout') or the card cannot be read. The photo is never part of it.
   */
  readCard(): Promise<IdCard>;
  /** Subscribes; returns the unsubscribe function. */
  on<E extends CardReaderEvent>(event: E, listener: (...args: CardReaderEvents[E]) => void): () => void;
  /** Starts watching the device (opening its port). */
  start(): void;
  /** Stops watching and closes the port. Idempotent. */
  close(): Promise<void>;
}

export interface ReceiptPrinterDevice {
  readonly simulated: boolean;
  readonly label: string;
  readonly port?: string;
  /** Reads the status (for a real printer, a round trip on the serial line). Never throws. */
  status(): Promise<PrinterStatus>;
  /**
   * Prints a receipt. PrinterError (a DeviceError with device 'printer') when the printer is not ready or
   * fails during the job; InputError when the receipt cannot be laid out.
   */
  print(lines: readonly ReceiptLine[]): Promise<void>;
  /** Closes the port. Idempotent. */
  close(): Promise<void>;
}

/** Chinese labels shown on the admin and demo screens. */
export const DEVICE_LABELS = {
  simulatedReader: '模拟读卡器',
  simulatedPrinter: '模拟打印机',
  reader: '身份证读卡器',
  printer: '凭条打印机',
  noReader: '未配置读卡器',
  noPrinter: '未配置凭条打印机',
} as const;
