/**
 * The kiosk's devices: the ID-card reader and the receipt printer, real or simulated as the config says.
 *
 * - `simulatedDevices` (the embedded default, demo mode): 模拟读卡器 and 模拟打印机, nothing touches hardware.
 * - otherwise an IdCardWatcher on `readerPort` and a ThermalPrinter on `printerPort` (an empty port: that
 *   device is "not configured" and refuses every use with a Chinese sentence).
 * A config change swaps only the device whose settings changed, without a restart. State changes go out
 * as `devices.state` and `card.present` events; neither carries card data, and card data is never logged.
 */
import type {
  DevicesStatus,
  IdCardData,
  PrintedReceipt,
  ReaderStatus,
  ReceiptPrinterStatus,
  SimulatedPrinterFailure,
  SimulatedReaderFailure,
} from '../../contract/devices.types.js';
import { DeviceError, InputError } from '../../contract/errors.js';
import type { KioskEvents } from '../../contract/events.js';
import { PrinterError, type PrinterStatus, type ReceiptLine } from '../../devices/printer/printer.types.js';
import { testReceipt } from '../../devices/printer/receipt.layout.js';
import type { Logger } from '../../log/logger.js';
import type { KioskConfig } from '../config/config.schema.js';
import { AbsentCardReader, AbsentReceiptPrinter } from './absent-devices.js';
import type { CardReaderDevice, ReceiptPrinterDevice } from './device.types.js';
import { RealCardReader, type RealCardReaderOptions } from './real-reader.js';
import { RealReceiptPrinter, type RealReceiptPrinterOptions } from './real-printer.js';
import { SimulatedCardReader } from './simulated-reader.js';
import { SimulatedReceiptPrinter } from './simulated-printer.js';

/** The part of ConfigService the devices need. */
export interface DeviceConfigSource {
  get(): KioskConfig;
  onChange(listener: (config: KioskConfig) => void): () => void;
}

/** Where the service's events go (the EventBus). */
export interface DeviceEventSink {
  emit<E extends 'devices.state' | 'card.present'>(event: E, data: KioskEvents[E]): void;
}

/** Makes the real devices; replaced by fakes in unit tests. */
export interface RealDeviceFactory {
  reader(options: RealCardReaderOptions): CardReaderDevice;
  printer(options: RealReceiptPrinterOptions): ReceiptPrinterDevice;
}

export interface DeviceServiceOptions {
  config: DeviceConfigSource;
  events: DeviceEventSink;
  log: Logger;
  factory?: Partial<RealDeviceFactory>;
  /** Driver tuning for the real devices (tests and the bench). */
  readerTuning?: RealCardReaderOptions['watcher'];
  printerTuning?: RealReceiptPrinterOptions['printer'];
  /** How often a real printer's status is read while idle, to report paper out etc. Default 15 s; 0: never. */
  printerPollMs?: number;
  /** Receipts the simulated printer keeps. Default 5. */
  receiptsKept?: number;
  now?: () => Date;
}

const defaultFactory: RealDeviceFactory = {
  reader: (options) => new RealCardReader(options),
  printer: (options) => new RealReceiptPrinter(options),
};

type DeviceKey = string;

function readerKey(c: KioskConfig): DeviceKey {
  if (c.simulatedDevices) return 'simulated';
  return c.readerPort === '' ? 'none' : `real:${c.readerBaud}:${c.readerPort}`;
}

function printerKey(c: KioskConfig): DeviceKey {
  if (c.simulatedDevices) return 'simulated';
  return c.printerPort === '' ? 'none' : `real:${c.printerBaud}:${c.printerPort}`;
}

/** What a device key may say in the log: its kind and baud, never the port text an admin typed. */
function loggedKey(key: DeviceKey): string {
  return key.startsWith('real:') ? key.split(':').slice(0, 2).join(':') : key;
}

function notSimulated(what: string, field: string, userMessage: string): InputError {
  return new InputError(`${what} needs simulated devices`, field, userMessage);
}

export class DeviceService {
  private readonly log: Logger;
  private readonly factory: RealDeviceFactory;
  private readonly printerPollMs: number;
  private reader: CardReaderDevice;
  private printer: ReceiptPrinterDevice;
  private readerKey: DeviceKey;
  private printerKey: DeviceKey;
  private unsubscribeReader: Array<() => void> = [];
  private readonly unsubscribeConfig: () => void;
  private printerState: PrinterStatus['state'] = 'no-answer';
  private lastEmitted = '';
  private lastPresent = false;
  private chain: Promise<void> = Promise.resolve();
  private pollTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private closing: Promise<void> | null = null;

  constructor(private readonly options: DeviceServiceOptions) {
    this.log = options.log.child({ service: 'devices' });
    this.factory = { ...defaultFactory, ...options.factory };
    this.printerPollMs = options.printerPollMs ?? 15_000;
    const config = options.config.get();
    this.readerKey = readerKey(config);
    this.printerKey = printerKey(config);
    this.reader = this.makeReader(config);
    this.printer = this.makePrinter(config);
    // The printer first: the reader's first state event then carries the printer's initial state too.
    this.startPrinter();
    this.attachReader();
    this.reader.start();
    this.unsubscribeConfig = options.config.onChange((c) => {
      this.chain = this.chain
        .then(() => this.reconfigure(c))
        .catch((err: unknown) => {
          this.log.error(
            { code: 'devices-reconfigure-failed', err: errorName(err) },
            'device reconfigure failed',
          );
        });
    });
    this.log.info(
      { code: 'devices-started', reader: this.readerKey, printer: this.printerKey },
      'devices started',
    );
  }

  /** True when either device is simulated (the demo mode). */
  get simulated(): boolean {
    return this.reader.simulated || this.printer.simulated;
  }

  /** Resolves once every reconfiguration asked for so far is done (for tests and the admin screen). */
  settled(): Promise<void> {
    return this.chain;
  }

  /** Both devices' status; the printer's is read now. */
  async status(): Promise<DevicesStatus> {
    const printer = this.printer;
    const status = await printer.status();
    if (printer === this.printer) this.setPrinterState(status.state);
    return { reader: this.reader.status(), printer: this.printerStatus() };
  }

  /** The last known state of both devices, without asking them (the heartbeat's health). */
  snapshot(): DevicesStatus {
    return { reader: this.reader.status(), printer: this.printerStatus() };
  }

  /** The card on the reader, for the identify step. DeviceError when there is none or it cannot be read. */
  async readCard(): Promise<IdCardData> {
    const reader = this.reader;
    try {
      const card: IdCardData = await reader.readCard();
      this.log.info({ code: 'idcard-read', simulated: reader.simulated }, 'card read');
      return card;
    } catch (err) {
      this.log.warn(
        { code: 'idcard-read-failed', reason: reasonOf(err), simulated: reader.simulated },
        'card read failed',
      );
      throw err;
    }
  }

  /** Demo: places or takes away the sample card. InputError unless the reader is simulated. */
  simulateCard(present: boolean): ReaderStatus {
    const reader = this.reader;
    if (!(reader instanceof SimulatedCardReader)) {
      throw notSimulated('simulateCard', 'present', '本机使用真实读卡器，不能模拟放卡。');
    }
    reader.setCardPresent(present);
    return reader.status();
  }

  /** Demo and tests: acts out device failures (null clears). InputError unless that device is simulated. */
  simulateFailure(input: {
    reader?: SimulatedReaderFailure | null;
    printer?: SimulatedPrinterFailure | null;
  }): DevicesStatus {
    const reader = this.reader;
    const printer = this.printer;
    if (input.reader !== undefined && !(reader instanceof SimulatedCardReader)) {
      throw notSimulated('simulateFailure', 'reader', '本机使用真实读卡器，不能模拟故障。');
    }
    if (input.printer !== undefined && !(printer instanceof SimulatedReceiptPrinter)) {
      throw notSimulated('simulateFailure', 'printer', '本机使用真实打印机，不能模拟故障。');
    }
    if (input.reader !== undefined && reader instanceof SimulatedCardReader) {
      reader.simulateFailure(input.reader);
    }
    if (input.printer !== undefined && printer instanceof SimulatedReceiptPrinter) {
      printer.simulateFailure(input.printer);
      this.setPrinterState(input.printer ?? 'ready');
    }
    return { reader: this.reader.status(), printer: this.printerStatus() };
  }

  /** Prints a receipt on the current printer (real or simulated). */
  async print(lines: readonly ReceiptLine[]): Promise<void> {
    const printer = this.printer;
    try {
      await printer.print(lines);
    } catch (err) {
      if (err instanceof PrinterError && err.status && printer === this.printer) {
        this.setPrinterState(err.status.state);
      }
      throw err;
    }
    if (printer === this.printer) await this.refreshPrinter();
  }

  /** 打印测试: the test receipt with the hall's name. */
  async printTest(): Promise<{ printer: ReceiptPrinterStatus }> {
    const c = this.options.config.get();
    const now = this.options.now?.() ?? new Date();
    await this.print(testReceipt({ hallName: c.hallName, url: testUrl(c.onlineGuideBaseUrl), now }));
    return { printer: this.printerStatus() };
  }

  /** Demo: the simulated printer's last receipts as text, newest first. InputError on a real printer. */
  receipts(): PrintedReceipt[] {
    const printer = this.printer;
    if (!(printer instanceof SimulatedReceiptPrinter)) {
      throw notSimulated('receipts', 'printer', '本机使用真实打印机，凭条内容不在本机保存。');
    }
    return printer.receipts();
  }

  /** The citizen's session ended: the demo's card is taken away and its receipts forgotten. */
  endSession(): void {
    if (this.reader instanceof SimulatedCardReader) this.reader.setCardPresent(false);
    if (this.printer instanceof SimulatedReceiptPrinter) this.printer.clearReceipts();
  }

  /** Stops watching and closes both ports. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.closeNow();
    return this.closing;
  }

  private async closeNow(): Promise<void> {
    this.closed = true;
    this.unsubscribeConfig();
    this.stopPolling();
    await this.chain;
    this.detachReader();
    await Promise.all([this.reader.close(), this.printer.close()]);
    this.log.info({ code: 'devices-closed' }, 'devices closed');
  }

  private async reconfigure(c: KioskConfig): Promise<void> {
    if (this.closed) return;
    const nextReader = readerKey(c);
    const nextPrinter = printerKey(c);
    if (nextReader !== this.readerKey) {
      const old = this.reader;
      this.detachReader();
      await this.closeQuietly(old, 'reader');
      if (this.closed) return;
      this.reader = this.makeReader(c);
      this.readerKey = nextReader;
      this.attachReader();
      this.reader.start();
      this.log.info(
        { code: 'devices-reader-switched', reader: loggedKey(nextReader) },
        'reader reconfigured',
      );
    }
    if (nextPrinter !== this.printerKey) {
      const old = this.printer;
      this.stopPolling();
      await this.closeQuietly(old, 'printer');
      if (this.closed) return;
      this.printer = this.makePrinter(c);
      this.printerKey = nextPrinter;
      this.log.info(
        { code: 'devices-printer-switched', printer: loggedKey(nextPrinter) },
        'printer reconfigured',
      );
      this.startPrinter();
    }
    this.emitState();
  }

  /** A device that fails to close must not keep its replacement from starting. */
  private async closeQuietly(device: { close(): Promise<void> }, which: string): Promise<void> {
    try {
      await device.close();
    } catch (err) {
      this.log.warn(
        { code: 'devices-close-failed', device: which, err: errorName(err) },
        'device close failed',
      );
    }
  }

  private makeReader(c: KioskConfig): CardReaderDevice {
    if (c.simulatedDevices) return new SimulatedCardReader();
    if (c.readerPort === '') return new AbsentCardReader();
    return this.factory.reader({
      port: c.readerPort,
      baudRate: c.readerBaud,
      log: this.options.log,
      ...(this.options.readerTuning ? { watcher: this.options.readerTuning } : {}),
    });
  }

  private makePrinter(c: KioskConfig): ReceiptPrinterDevice {
    if (c.simulatedDevices) return new SimulatedReceiptPrinter({ keep: this.options.receiptsKept ?? 5 });
    if (c.printerPort === '') return new AbsentReceiptPrinter();
    return this.factory.printer({
      port: c.printerPort,
      baudRate: c.printerBaud,
      log: this.options.log,
      ...(this.options.printerTuning ? { printer: this.options.printerTuning } : {}),
    });
  }

  private attachReader(): void {
    const reader = this.reader;
    this.unsubscribeReader = [
      reader.on('card.inserted', () => this.emitPresent(true)),
      reader.on('card.removed', () => this.emitPresent(false)),
      reader.on('state', () => this.emitState()),
    ];
  }

  /** Stops listening to the reader; a card it had counts as gone. */
  private detachReader(): void {
    for (const off of this.unsubscribeReader) off();
    this.unsubscribeReader = [];
    this.emitPresent(false);
  }

  private startPrinter(): void {
    const printer = this.printer;
    // Until the first status read: a simulated printer is ready, any other unknown.
    this.printerState = printer.simulated ? 'ready' : 'no-answer';
    // A simulated or absent printer answers at once; a real one is read in the background.
    void this.refreshPrinter();
    if (printer.simulated || printer instanceof AbsentReceiptPrinter || this.printerPollMs <= 0) return;
    const tick = (): void => {
      this.pollTimer = setTimeout(() => {
        void this.refreshPrinter().finally(() => {
          if (this.pollTimer && !this.closed && printer === this.printer) tick();
        });
      }, this.printerPollMs);
      this.pollTimer.unref();
    };
    tick();
  }

  private stopPolling(): void {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  private async refreshPrinter(): Promise<void> {
    const printer = this.printer;
    try {
      const status = await printer.status();
      if (printer === this.printer && !this.closed) this.setPrinterState(status.state);
    } catch (err) {
      this.log.warn({ code: 'printer-status-failed', err: errorName(err) }, 'printer status failed');
    }
  }

  private setPrinterState(state: PrinterStatus['state']): void {
    if (state === this.printerState) return;
    this.printerState = state;
    this.emitState();
  }

  private printerStatus(): ReceiptPrinterStatus {
    const p = this.printer;
    return {
      state: this.printerState,
      simulated: p.simulated,
      label: p.label,
      ...(p.port !== undefined ? { port: p.port } : {}),
    };
  }

  private emitState(): void {
    if (this.closed) return;
    const status: DevicesStatus = { reader: this.reader.status(), printer: this.printerStatus() };
    const key = JSON.stringify(status);
    if (key === this.lastEmitted) return;
    this.lastEmitted = key;
    this.log.info(
      { code: 'devices-state', reader: status.reader.state, printer: status.printer.state },
      'device state',
    );
    this.options.events.emit('devices.state', status);
  }

  private emitPresent(present: boolean): void {
    if (present === this.lastPresent) return;
    this.lastPresent = present;
    if (!this.closed) this.options.events.emit('card.present', { present });
  }
}

/** The link printed in the test receipt's QR code: the site of the online guide (ASCII, no item code). */
function testUrl(onlineGuideBaseUrl: string): string {
  try {
    return `${new URL(onlineGuideBaseUrl).origin}/`;
  } catch {
    return 'https://zwfw.sd.gov.cn/';
  }
}

function reasonOf(err: unknown): string {
  return err instanceof DeviceError ? err.reason : errorName(err);
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}
