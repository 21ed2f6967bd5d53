/** The real receipt printer: a ThermalPrinter on the configured port, as a ReceiptPrinterDevice. */
import { ThermalPrinter, type ThermalPrinterOptions } from '../../devices/printer/printer.device.js';
import type { PrinterStatus, ReceiptLine } from '../../devices/printer/printer.types.js';
import type { Logger } from '../../log/logger.js';
import { DEVICE_LABELS, type ReceiptPrinterDevice } from './device.types.js';

export interface RealReceiptPrinterOptions {
  port: string;
  baudRate: number;
  log: Logger;
  /** Driver tuning (status and job timeouts, poll interval) for tests and the bench. */
  printer?: Partial<Pick<ThermalPrinterOptions, 'statusTimeoutMs' | 'jobTimeoutMs' | 'pollIntervalMs'>>;
}

export class RealReceiptPrinter implements ReceiptPrinterDevice {
  readonly simulated = false;
  readonly label = DEVICE_LABELS.printer;
  readonly port: string;
  private readonly printer: ThermalPrinter;
  private closing: Promise<void> | null = null;

  constructor(options: RealReceiptPrinterOptions) {
    this.port = options.port;
    this.printer = new ThermalPrinter({
      ...options.printer,
      path: options.port,
      baudRate: options.baudRate,
      log: options.log,
    });
  }

  status(): Promise<PrinterStatus> {
    return this.printer.status();
  }

  async print(lines: readonly ReceiptLine[]): Promise<void> {
    await this.printer.printReceipt(lines);
  }

  close(): Promise<void> {
    this.closing ??= this.printer.close();
    return this.closing;
  }
}
