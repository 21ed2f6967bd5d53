/**
 * The demo mode's receipt printer: no hardware, clearly labelled 模拟打印机. A job is laid out exactly as
 * for the real printer (so a receipt the real one would refuse is refused here too), then kept in memory
 * as text lines — only the last few, and cleared when the citizen's session ends — for the demo screen.
 * It can act out the printer's failure states.
 */
import type { PrintedReceipt, SimulatedPrinterFailure } from '../../contract/devices.types.js';
import { PrinterError, reasonForState } from '../../devices/printer/printer.types.js';
import type { PrinterStatus, ReceiptLine } from '../../devices/printer/printer.types.js';
import { layoutReceipt } from '../../devices/printer/receipt.layout.js';
import { DEVICE_LABELS, type ReceiptPrinterDevice } from './device.types.js';
import { receiptText } from './receipt.text.js';

export interface SimulatedPrinterOptions {
  /** How many receipts are kept (oldest dropped first). Default 5. */
  keep?: number;
  now?: () => Date;
}

export class SimulatedReceiptPrinter implements ReceiptPrinterDevice {
  readonly simulated = true;
  readonly label = DEVICE_LABELS.simulatedPrinter;
  private readonly keep: number;
  private readonly now: () => Date;
  private readonly printed: PrintedReceipt[] = [];
  private failure: SimulatedPrinterFailure | null = null;
  private seq = 0;

  constructor(options: SimulatedPrinterOptions = {}) {
    this.keep = Math.max(1, options.keep ?? 5);
    this.now = options.now ?? (() => new Date());
  }

  get currentFailure(): SimulatedPrinterFailure | null {
    return this.failure;
  }

  status(): Promise<PrinterStatus> {
    return Promise.resolve(this.statusNow());
  }

  print(lines: readonly ReceiptLine[]): Promise<void> {
    try {
      // Same validation as the real printer (QR payloads, rule characters): layout errors come first.
      layoutReceipt(lines);
      const status = this.statusNow();
      const refused = reasonForState(status.state);
      if (refused) {
        throw new PrinterError(
          refused,
          'before-job',
          `simulated printer ${status.state}: job refused`,
          status,
        );
      }
      this.printed.push({ seq: ++this.seq, printedAt: this.now().toISOString(), lines: receiptText(lines) });
      if (this.printed.length > this.keep) this.printed.splice(0, this.printed.length - this.keep);
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  /** The kept receipts, newest first (copies). */
  receipts(): PrintedReceipt[] {
    return this.printed
      .slice()
      .reverse()
      .map((r) => ({ ...r, lines: [...r.lines] }));
  }

  clearReceipts(): void {
    this.printed.length = 0;
  }

  /** Acts out a failure until called with null. */
  simulateFailure(failure: SimulatedPrinterFailure | null): void {
    this.failure = failure;
  }

  close(): Promise<void> {
    this.clearReceipts();
    return Promise.resolve();
  }

  private statusNow(): PrinterStatus {
    const state = this.failure ?? 'ready';
    return { state, connected: state !== 'no-answer' };
  }
}
