import { afterEach, describe, expect, it } from 'vitest';
import type { DevicesStatus, ReaderStatus } from '../../../../src-main/contract/devices.types.js';
import { DeviceError, InputError } from '../../../../src-main/contract/errors.js';
import type { KioskEvents } from '../../../../src-main/contract/events.js';
import type { IdCard } from '../../../../src-main/devices/idcard/idcard.types.js';
import {
  PrinterError,
  type PrinterStatus,
  type ReceiptLine,
} from '../../../../src-main/devices/printer/printer.types.js';
import type { Logger } from '../../../../src-main/log/logger.js';
import {
  configSchema,
  type KioskConfig,
  type KioskConfigInput,
} from '../../../../src-main/services/config/config.schema.js';
import type {
  CardReaderDevice,
  CardReaderEvent,
  CardReaderEvents,
  ReceiptPrinterDevice,
} from '../../../../src-main/services/devices/device.types.js';
import { DeviceService } from '../../../../src-main/services/devices/devices.service.js';
import { SAMPLE_CARD } from '../../../../src-main/services/devices/simulated-reader.js';

/** ConfigService without SQLite: validated updates, change listeners. */
class FakeConfig {
  private current: KioskConfig;
  private readonly listeners = new Set<(c: KioskConfig) => void>();
  constructor(initial: Partial<KioskConfigInput> = {}) {
    this.current = configSchema.parse(initial);
  }
  get(): KioskConfig {
    return this.current;
  }
  update(patch: Partial<KioskConfigInput>): void {
    this.current = configSchema.parse({ ...this.current, ...patch });
    for (const l of this.listeners) l(this.current);
  }
  onChange(l: (c: KioskConfig) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

type Emitted = { [E in keyof KioskEvents]: [E, KioskEvents[E]] }[keyof KioskEvents];

class FakeBus {
  readonly events: Emitted[] = [];
  private waiters: Array<{ test: (s: DevicesStatus) => boolean; resolve: () => void }> = [];
  emit<E extends 'devices.state' | 'card.present'>(event: E, data: KioskEvents[E]): void {
    this.events.push([event, data] as Emitted);
    if (event !== 'devices.state') return;
    for (const w of [...this.waiters]) {
      if (!w.test(data as DevicesStatus)) continue;
      this.waiters = this.waiters.filter((x) => x !== w);
      w.resolve();
    }
  }
  /** Resolves at the first devices.state event that passes `test`. */
  nextState(test: (s: DevicesStatus) => boolean): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
  states(): DevicesStatus[] {
    return this.events.filter((e) => e[0] === 'devices.state').map((e) => e[1]);
  }
  presence(): boolean[] {
    return this.events.filter((e) => e[0] === 'card.present').map((e) => e[1].present);
  }
}

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at =
    (level: string) =>
    (obj: object, msg?: string): void => {
      lines.push(`${level} ${JSON.stringify(obj)} ${msg ?? ''}`);
    };
  const log = {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: () => log,
  };
  return log;
}

/** Stands in for the IdCardWatcher-backed reader. */
class FakeReader implements CardReaderDevice {
  readonly simulated = false;
  started = false;
  closed = false;
  connected = true;
  card: IdCard | null = null;
  private readonly listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  constructor(
    readonly port: string,
    readonly baudRate: number,
  ) {}
  status(): ReaderStatus {
    const state = !this.connected ? 'disconnected' : this.card ? 'card-present' : 'ready';
    return { state, simulated: false, label: '身份证读卡器', port: this.port };
  }
  readCard(): Promise<IdCard> {
    if (!this.card) return Promise.reject(new DeviceError('idcard', 'no-card', 'no card', '未检测到身份证'));
    return Promise.resolve({ ...this.card });
  }
  on<E extends CardReaderEvent>(event: E, listener: (...args: CardReaderEvents[E]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener as (...args: unknown[]) => void);
    return () => set.delete(listener as (...args: unknown[]) => void);
  }
  start(): void {
    this.started = true;
    this.fire('state', this.status());
  }
  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
  insert(card: IdCard): void {
    this.card = card;
    this.fire('card.inserted');
    this.fire('state', this.status());
  }
  remove(): void {
    this.card = null;
    this.fire('card.removed');
    this.fire('state', this.status());
  }
  private fire(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
}

class FakePrinter implements ReceiptPrinterDevice {
  readonly simulated = false;
  readonly label = '凭条打印机';
  state: PrinterStatus['state'] = 'ready';
  closed = false;
  readonly jobs: ReceiptLine[][] = [];
  constructor(
    readonly port: string,
    readonly baudRate: number,
  ) {}
  status(): Promise<PrinterStatus> {
    return Promise.resolve({ state: this.state, connected: this.state !== 'no-answer' });
  }
  print(lines: readonly ReceiptLine[]): Promise<void> {
    if (this.state === 'paper-out') {
      return Promise.reject(
        new PrinterError('paper-out', 'before-job', 'paper out', { state: 'paper-out', connected: true }),
      );
    }
    this.jobs.push([...lines]);
    return Promise.resolve();
  }
  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

const REAL = { simulatedDevices: false, readerPort: '/dev/ttyUSB0', printerPort: '/dev/ttyUSB1' };

let service: DeviceService | null = null;

function setup(initial: Partial<KioskConfigInput> = {}, printerPollMs = 0) {
  const config = new FakeConfig(initial);
  const bus = new FakeBus();
  const log = recordingLog();
  const readers: FakeReader[] = [];
  const printers: FakePrinter[] = [];
  service = new DeviceService({
    config,
    events: bus,
    log,
    printerPollMs,
    factory: {
      reader: ({ port, baudRate }) => {
        const r = new FakeReader(port, baudRate);
        readers.push(r);
        return r;
      },
      printer: ({ port, baudRate }) => {
        const p = new FakePrinter(port, baudRate);
        printers.push(p);
        return p;
      },
    },
  });
  return { config, bus, log, readers, printers, service };
}

afterEach(async () => {
  await service?.close();
  service = null;
});

describe('config fields', () => {
  it('default to demo mode with no ports at 115200 baud, and refuse a port path with control characters', () => {
    expect(configSchema.parse({})).toMatchObject({
      simulatedDevices: true,
      readerPort: '',
      readerBaud: 115200,
      printerPort: '',
      printerBaud: 115200,
    });
    expect(configSchema.safeParse({ readerPort: '/dev/tty\nUSB0' }).success).toBe(false);
    expect(configSchema.safeParse({ printerBaud: 300 }).success).toBe(false);
    expect(configSchema.safeParse({ printerPort: 'COM3' }).success).toBe(true);
  });
});

describe('DeviceService in demo mode', () => {
  it('uses the labelled simulated devices and reports their status', async () => {
    const { service, readers, printers } = setup();
    expect(await service.status()).toEqual({
      reader: { state: 'ready', simulated: true, label: '模拟读卡器' },
      printer: { state: 'ready', simulated: true, label: '模拟打印机' },
    });
    expect(service.simulated).toBe(true);
    expect(readers).toEqual([]);
    expect(printers).toEqual([]);
  });

  it('places the sample card, reads it, and tells card.present without card data', async () => {
    const { service, bus, log } = setup();
    await expect(service.readCard()).rejects.toMatchObject({ code: 'DEVICE', reason: 'no-card' });
    expect(service.simulateCard(true)).toMatchObject({ state: 'card-present', simulated: true });
    expect(await service.readCard()).toEqual(SAMPLE_CARD);
    service.simulateCard(false);
    expect(bus.presence()).toEqual([true, false]);
    // The first event is the state at start (the simulated printer ready from the outset).
    expect(bus.states().map((s) => `${s.reader.state}/${s.printer.state}`)).toEqual([
      'ready/ready',
      'card-present/ready',
      'ready/ready',
    ]);
    const everything = JSON.stringify(bus.events) + log.lines.join('\n');
    for (const secret of [SAMPLE_CARD.name, SAMPLE_CARD.idNumber, SAMPLE_CARD.address, '1990']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('prints the test receipt with the hall name and shows it in receipts', async () => {
    const { service } = setup({ hallName: '淄川区双杨镇便民服务中心' });
    expect(await service.printTest()).toEqual({
      printer: { state: 'ready', simulated: true, label: '模拟打印机' },
    });
    const [last] = service.receipts();
    expect(last?.lines[0]?.trim()).toBe('淄川区双杨镇便民服务中心');
    expect(last?.lines.some((l) => l.includes('[二维码] https://zwfw.sd.gov.cn/'))).toBe(true);
  });

  it('acts out failures and reports them as state', async () => {
    const { service, bus } = setup();
    expect(service.simulateFailure({ printer: 'paper-out', reader: 'disconnected' })).toMatchObject({
      reader: { state: 'disconnected' },
      printer: { state: 'paper-out' },
    });
    await expect(service.printTest()).rejects.toMatchObject({ code: 'DEVICE', reason: 'paper-out' });
    expect(service.receipts()).toEqual([]);
    expect(bus.states().at(-1)).toMatchObject({
      reader: { state: 'disconnected' },
      printer: { state: 'paper-out' },
    });
    service.simulateFailure({ printer: null, reader: null });
    expect((await service.status()).printer.state).toBe('ready');
    await service.printTest();
    expect(service.receipts()).toHaveLength(1);
  });

  it('forgets the card and the receipts when the session ends', async () => {
    const { service, bus } = setup();
    service.simulateCard(true);
    await service.printTest();
    service.endSession();
    expect(service.receipts()).toEqual([]);
    expect((await service.status()).reader.state).toBe('ready');
    expect(bus.presence()).toEqual([true, false]);
  });
});

describe('DeviceService with real devices (fakes)', () => {
  it('opens the reader and printer on the configured ports and refuses the demo methods', async () => {
    const { service, readers, printers } = setup({ ...REAL, readerBaud: 9600 });
    await service.settled();
    expect(readers.map((r) => [r.port, r.baudRate, r.started])).toEqual([['/dev/ttyUSB0', 9600, true]]);
    expect(printers.map((p) => [p.port, p.baudRate])).toEqual([['/dev/ttyUSB1', 115200]]);
    expect(await service.status()).toEqual({
      reader: { state: 'ready', simulated: false, label: '身份证读卡器', port: '/dev/ttyUSB0' },
      printer: { state: 'ready', simulated: false, label: '凭条打印机', port: '/dev/ttyUSB1' },
    });
    expect(() => service.simulateCard(true)).toThrow(InputError);
    expect(() => service.simulateFailure({ printer: 'paper-out' })).toThrow(InputError);
    expect(() => service.receipts()).toThrow(InputError);
    try {
      service.simulateCard(true);
    } catch (e) {
      expect((e as InputError).userMessage).toMatch(/真实读卡器/);
    }
  });

  it('forwards card events and reads the card on demand', async () => {
    const { service, readers, bus } = setup(REAL);
    const reader = readers[0]!;
    reader.insert({ ...SAMPLE_CARD });
    expect((await service.readCard()).idNumber).toBe(SAMPLE_CARD.idNumber);
    reader.remove();
    await expect(service.readCard()).rejects.toBeInstanceOf(DeviceError);
    expect(bus.presence()).toEqual([true, false]);
  });

  it('prints on the real printer and reports a refused job as printer state', async () => {
    const { service, printers, bus } = setup(REAL);
    await service.status();
    const printer = printers[0]!;
    await service.printTest();
    expect(printers[0]?.jobs).toHaveLength(1);
    printer.state = 'paper-out';
    await expect(service.print([{ kind: 'text', text: '测试' }])).rejects.toBeInstanceOf(PrinterError);
    expect(bus.states().at(-1)?.printer.state).toBe('paper-out');
  });

  it('treats an empty port as "not configured"', async () => {
    const { service, readers, printers } = setup({ simulatedDevices: false });
    expect(readers).toEqual([]);
    expect(printers).toEqual([]);
    expect(await service.status()).toEqual({
      reader: { state: 'disconnected', simulated: false, label: '未配置读卡器' },
      printer: { state: 'no-answer', simulated: false, label: '未配置凭条打印机' },
    });
    await expect(service.readCard()).rejects.toMatchObject({ reason: 'not-configured' });
    await expect(service.printTest()).rejects.toMatchObject({ code: 'DEVICE', reason: 'not-configured' });
  });

  it('polls a real printer in the background and tells when its state changes', async () => {
    const { printers, bus } = setup(REAL, 5);
    await bus.nextState((s) => s.printer.state === 'ready');
    const printer = printers[0]!;
    const coverOpen = bus.nextState((s) => s.printer.state === 'cover-open');
    printer.state = 'cover-open';
    await coverOpen;
    expect(bus.states().at(-1)?.printer.state).toBe('cover-open');
  });
});

describe('DeviceService switching on config change, without restart', () => {
  it('goes from simulated to real and back, closing what it replaces', async () => {
    const { service, config, readers, printers, bus } = setup();
    service.simulateCard(true);
    config.update(REAL);
    await service.settled();
    expect(readers).toHaveLength(1);
    expect(printers).toHaveLength(1);
    expect(bus.presence()).toEqual([true, false]); // the simulated card went with the simulated reader
    expect((await service.status()).reader).toMatchObject({ simulated: false, port: '/dev/ttyUSB0' });

    config.update({ simulatedDevices: true });
    await service.settled();
    expect(readers[0]?.closed).toBe(true);
    expect(printers[0]?.closed).toBe(true);
    expect(await service.status()).toMatchObject({
      reader: { simulated: true, label: '模拟读卡器' },
      printer: { simulated: true, label: '模拟打印机' },
    });
    expect(bus.states().at(-1)).toMatchObject({ reader: { simulated: true }, printer: { simulated: true } });
  });

  it('replaces only the device whose port or baud changed', async () => {
    const { service, config, readers, printers } = setup(REAL);
    config.update({ readerPort: '/dev/ttyUSB2' });
    await service.settled();
    expect(readers.map((r) => [r.port, r.closed])).toEqual([
      ['/dev/ttyUSB0', true],
      ['/dev/ttyUSB2', false],
    ]);
    expect(printers).toHaveLength(1);

    config.update({ printerBaud: 9600 });
    config.update({ hallName: '淄川区岭子镇便民服务中心' }); // unrelated: nothing reopened
    await service.settled();
    expect(printers.map((p) => [p.baudRate, p.closed])).toEqual([
      [115200, true],
      [9600, false],
    ]);
    expect(readers).toHaveLength(2);
    expect((await service.status()).reader.port).toBe('/dev/ttyUSB2');
  });

  it('logs a switch by device kind and baud, never the port text an admin typed', async () => {
    const { service, config, log } = setup(REAL);
    await service.settled();
    // The port fields take any text without spaces or control characters: an admin may type anything.
    const typed = { readerPort: '/dev/韩红英370302199001010029', printerPort: 'COM13805331234' };
    config.update({ ...typed, printerBaud: 9600 });
    await service.settled();
    const switched = log.lines.filter((l) => l.includes('-switched'));
    expect(switched).toHaveLength(2);
    expect(switched.find((l) => l.includes('devices-reader-switched'))).toContain('"reader":"real:115200"');
    expect(switched.find((l) => l.includes('devices-printer-switched'))).toContain('"printer":"real:9600"');
    const everything = log.lines.join('\n');
    for (const text of [typed.readerPort, typed.printerPort, '韩红英', '370302199001010029', '13805331234'])
      expect(everything).not.toContain(text);
    // Simulated and unconfigured devices are named as such.
    config.update({ printerPort: '' });
    config.update({ simulatedDevices: true });
    await service.settled();
    expect(log.lines.filter((l) => l.includes('-switched')).slice(2)).toEqual([
      expect.stringContaining('"printer":"none"'),
      expect.stringContaining('"reader":"simulated"'),
      expect.stringContaining('"printer":"simulated"'),
    ]);
  });

  it('closes both devices once, and ignores config changes after close', async () => {
    const { service, config, readers, printers } = setup(REAL);
    await Promise.all([service.close(), service.close()]);
    expect(readers[0]?.closed).toBe(true);
    expect(printers[0]?.closed).toBe(true);
    config.update({ readerPort: '/dev/ttyUSB9' });
    await service.settled();
    expect(readers).toHaveLength(1);
  });
});
