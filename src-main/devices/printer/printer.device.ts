/**
 * The 80 mm ESC/POS receipt printer on a serial port.
 *
 * Every job is guarded: the real-time status (DLE EOT 4 paper sensor, DLE EOT 2 offline cause) is read
 * first and a printer that is out of paper, open, offline or silent refuses the job before a byte of it
 * is sent. The job is followed by GS r 1, which the printer answers only once it has processed all the
 * job's bytes; while waiting for that answer the real-time status is polled, so paper running out
 * mid-receipt is reported as a PrinterError instead of being taken for success.
 *
 * A job is node-thermal-printer's builder; its execute() writes through a custom interface object
 * (`{ execute, isPrinterConnected }`) onto our own serial transport, which also reads the status answers.
 */
import type { Logger } from '../../log/logger.js';
import { SerialIoError, PrinterSerialTransport } from './printer.serial.js';
import { buildReceipt, RECEIPT_COLUMNS, testReceipt, type EscPosOutput } from './receipt.layout.js';
import {
  DLE_EOT_OFFLINE_CAUSE,
  DLE_EOT_PAPER_SENSOR,
  GS_R_PAPER,
  isPaperStatusReply,
  isRealtimeStatusByte,
  stateFromBytes,
} from './printer.status.js';
import { PrinterError, reasonForState } from './printer.types.js';
import type { PrinterErrorReason, PrinterStatus, PrintResult, ReceiptLine } from './printer.types.js';

export interface ThermalPrinterOptions {
  /** Serial device path from config (e.g. /dev/ttyUSB0, COM3). */
  path: string;
  /** Default 115200. */
  baudRate?: number;
  log: Logger;
  /** How long each DLE EOT answer may take. Default 500 ms. */
  statusTimeoutMs?: number;
  /** How long the printer may take to print a job (until it answers GS r). Default 5000 ms. */
  jobTimeoutMs?: number;
  /** How often the real-time status is checked while a job prints. Default 250 ms. */
  pollIntervalMs?: number;
  /** Columns per line. Default 48 (80 mm, Font A). */
  cols?: number;
  /** For tests: a transport to use instead of opening `path`. */
  transport?: PrinterSerialTransport;
}

export class ThermalPrinter {
  private readonly transport: PrinterSerialTransport;
  private readonly log: Logger;
  private readonly statusTimeoutMs: number;
  private readonly jobTimeoutMs: number;
  private readonly pollIntervalMs: number;
  private readonly cols: number;
  private lock: Promise<unknown> = Promise.resolve();
  /** node-thermal-printer's custom interface: a job's execute() writes through our serial transport. */
  private readonly output: EscPosOutput = {
    execute: (buffer) => this.transport.write(buffer),
    isPrinterConnected: async () => (await this.status()).connected,
  };

  constructor(options: ThermalPrinterOptions) {
    this.log = options.log.child({ device: 'printer' });
    this.transport =
      options.transport ??
      new PrinterSerialTransport({ path: options.path, baudRate: options.baudRate ?? 115200, log: this.log });
    this.statusTimeoutMs = options.statusTimeoutMs ?? 500;
    this.jobTimeoutMs = options.jobTimeoutMs ?? 5000;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.cols = options.cols ?? RECEIPT_COLUMNS;
  }

  /** Reads the real-time status. Never throws: an unplugged or silent printer is 'no-answer'. */
  status(): Promise<PrinterStatus> {
    return this.exclusive(() => this.readStatus());
  }

  /**
   * Prints a receipt. Throws PrinterError with phase 'before-job' (nothing sent) when the printer is not
   * ready, and phase 'during-job' when the job could not be written or the printer failed while printing.
   * Layout errors (InputError) are thrown before the printer is touched.
   */
  printReceipt(lines: readonly ReceiptLine[]): Promise<PrintResult> {
    const job = buildReceipt(lines, this.cols, this.output);
    return this.exclusive(() => this.runJob(job));
  }

  /** Same as printReceipt. */
  print(lines: readonly ReceiptLine[]): Promise<PrintResult> {
    return this.printReceipt(lines);
  }

  /** The 打印测试 receipt for the admin screen and the technician's CLI. */
  printTest(options: { hallName: string; url: string; now?: Date }): Promise<PrintResult> {
    return this.printReceipt(testReceipt({ ...options, now: options.now ?? new Date() }));
  }

  async close(): Promise<void> {
    await this.lock.catch(() => undefined);
    await this.transport.close();
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private async readStatus(): Promise<PrinterStatus> {
    try {
      await this.transport.open();
    } catch (err) {
      if (!(err instanceof SerialIoError)) throw err;
      return { state: 'no-answer', connected: false };
    }
    try {
      const paperSensor = await this.transport.request(
        DLE_EOT_PAPER_SENSOR,
        isRealtimeStatusByte,
        this.statusTimeoutMs,
      );
      if (paperSensor === null) return { state: 'no-answer', connected: true };
      const offlineCause = await this.transport.request(
        DLE_EOT_OFFLINE_CAUSE,
        isRealtimeStatusByte,
        this.statusTimeoutMs,
      );
      if (offlineCause === null) return { state: 'no-answer', connected: true, paperSensor };
      return { state: stateFromBytes(paperSensor, offlineCause), connected: true, paperSensor, offlineCause };
    } catch (err) {
      if (!(err instanceof SerialIoError)) throw err;
      return { state: 'no-answer', connected: this.transport.isOpen };
    }
  }

  private async runJob(job: ReturnType<typeof buildReceipt>): Promise<PrintResult> {
    const before = await this.readStatus();
    const refused = reasonForState(before.state);
    if (refused) {
      this.log.warn({ code: 'printer-job-refused', state: before.state }, 'printer not ready, job refused');
      throw new PrinterError(refused, 'before-job', `printer ${before.state}: job refused`, before);
    }
    if (before.state === 'paper-low') this.log.warn({ code: 'printer-paper-low' }, 'printer paper low');

    const bytes = job.getBuffer().length;
    job.add(GS_R_PAPER); // answered once the printer has processed every byte before it
    const done = this.transport.expect(isPaperStatusReply, this.jobTimeoutMs);
    try {
      await job.execute(); // through this.output: the serial transport
    } catch (err) {
      done.cancel();
      if (!(err instanceof SerialIoError)) throw err;
      this.log.error({ code: 'printer-write-failed', op: err.op }, 'printer write failed');
      throw new PrinterError('io', 'during-job', `printer write failed (${err.op})`);
    }

    // Wait for the end-of-job answer, checking the real-time status meanwhile.
    let answer: number | null = null;
    for (;;) {
      const tick = delay(this.pollIntervalMs);
      const first = await Promise.race([done.promise.then((b) => ({ b })), tick.promise.then(() => null)]);
      tick.cancel();
      if (first) {
        answer = first.b;
        break;
      }
      const during = await this.readStatus();
      const failed = reasonForState(during.state);
      if (failed) {
        done.cancel();
        throw this.jobFailed(failed, during);
      }
    }

    const after = await this.readStatus();
    const failed = reasonForState(after.state);
    if (failed) throw this.jobFailed(failed, after);
    if (answer === null) {
      this.log.warn(
        { code: 'printer-job-unconfirmed' },
        'printer did not answer GS r; real-time status is fine',
      );
    }
    this.log.info({ code: 'printer-job-done', bytes, state: after.state }, 'receipt printed');
    return { status: after, bytes, confirmed: answer !== null };
  }

  private jobFailed(reason: PrinterErrorReason, status: PrinterStatus): PrinterError {
    this.log.error({ code: 'printer-job-failed', state: status.state }, 'printer failed during a job');
    return new PrinterError(reason, 'during-job', `printer ${status.state} during the job`, status);
  }
}

function delay(ms: number): { promise: Promise<void>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}
