/**
 * The DeviceService in real mode against the ID-card reader and ESC/POS printer emulators over real socat
 * PTY pairs, with the settings in a real SQLite file: status, reading the card, card.present events,
 * printing and printer status, unplug → disconnected → replug → ready, and moving both devices to other
 * ports through a config change without a restart. Needs socat (apt-get install socat).
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskApp } from '../../src-main/app.js';
import type { DevicesStatus } from '../../src-main/contract/devices.types.js';
import { PrinterError } from '../../src-main/devices/printer/printer.types.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { ConfigService } from '../../src-main/services/config/config.service.js';
import { DeviceService } from '../../src-main/services/devices/devices.service.js';
import { EventBus } from '../../src-main/services/event-bus.js';
import { openDatabase, type Db } from '../../src-main/store/database.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { EscPosEmulator, type EscPosElement } from '../emulators/escpos-emulator.js';
import { IdCardEmulator, RESIDENT_CARD } from '../emulators/idcard-emulator.js';
import { startPtyPair, type PtyPair } from '../emulators/pty-pair.js';
import { tempDir } from '../helpers/temp-dir.js';

const RESIDENT = {
  cardType: '居民身份证',
  name: '韩红英',
  sex: '女',
  nation: '汉',
  birthDate: '1990-01-01',
  address: '山东省淄博市淄川区昆仑镇昆仑村123号',
  idNumber: '370302199001010029',
  issuer: '淄博市公安局淄川分局',
  validFrom: '2015-03-01',
  validUntil: '2035-03-01',
};
const HALL = '淄川区昆仑镇便民服务中心';

/** One "machine" of devices: a reader line and a printer line, each a PTY pair with its emulator. */
interface Rig {
  dir: string;
  readerPair: PtyPair;
  printerPair: PtyPair;
  reader: IdCardEmulator;
  printer: EscPosEmulator;
}

async function plugRig(dir: string): Promise<Rig> {
  const readerPair = await startPtyPair({ dir, names: ['reader', 'reader-emu'] });
  const printerPair = await startPtyPair({ dir, names: ['printer', 'printer-emu'] });
  const reader = await IdCardEmulator.open(readerPair.b);
  const printer = await EscPosEmulator.open(printerPair.b);
  return { dir, readerPair, printerPair, reader, printer };
}

async function unplugRig(rig: Rig): Promise<void> {
  await rig.reader.close();
  await rig.printer.close();
  await rig.readerPair.close();
  await rig.printerPair.close();
}

let tmp: ReturnType<typeof tempDir>;
let db: Db;
let config: ConfigService;
let bus: EventBus;
let service: DeviceService | null;
let rigs: Rig[];
let events: Array<{ event: string; data: unknown }>;

/** Resolves at the first devices.state event that passes `test` (or at once if the last one did). */
function stateWhere(
  test: (s: DevicesStatus) => boolean,
  what: string,
  timeoutMs = 8000,
): Promise<DevicesStatus> {
  const last = [...events].reverse().find((e) => e.event === 'devices.state')?.data as
    DevicesStatus | undefined;
  if (last && test(last)) return Promise.resolve(last);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no devices.state event with ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = bus.on('devices.state', (s) => {
      if (!test(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}

function cardPresent(present: boolean): Promise<void> {
  return new Promise((resolve) => {
    const off = bus.on('card.present', (d) => {
      if (d.present !== present) return;
      off();
      resolve();
    });
  });
}

function startService(): DeviceService {
  service = new DeviceService({
    config,
    events: bus,
    log: silentLogger(),
    printerPollMs: 100,
    readerTuning: {
      pollIntervalMs: 20,
      reconnectIntervalMs: 50,
      lostAfterTimeouts: 2,
      timeouts: { findMs: 150, selectMs: 150, readMs: 1000, samMs: 150 },
    },
    printerTuning: { statusTimeoutMs: 300, pollIntervalMs: 50, jobTimeoutMs: 3000 },
  });
  return service;
}

function texts(elements: readonly EscPosElement[]): string[] {
  return elements.flatMap((e) => (e.kind === 'text' ? [e.text] : []));
}

beforeEach(() => {
  tmp = tempDir('devices');
  db = openDatabase(path.join(tmp.dir, 'kiosk.db'));
  config = new ConfigService(new SettingsRepository(db));
  bus = new EventBus();
  events = [];
  bus.onAny((event, data) => events.push({ event, data }));
  service = null;
  rigs = [];
});

afterEach(async () => {
  await service?.close();
  for (const rig of rigs) await unplugRig(rig);
  db.close();
  tmp.remove();
});

describe('DeviceService with real devices over PTYs', () => {
  it('reports status, reads the card with card.present events, prints and reads printer status', async () => {
    const rig = await plugRig(path.join(tmp.dir, 'a'));
    rigs.push(rig);
    config.update({
      hallName: HALL,
      simulatedDevices: false,
      readerPort: rig.readerPair.a,
      printerPort: rig.printerPair.a,
    });
    const devices = startService();

    const ready = await stateWhere(
      (s) => s.reader.state === 'ready' && s.printer.state === 'ready',
      'both ready',
    );
    expect(ready).toEqual({
      reader: { state: 'ready', simulated: false, label: '身份证读卡器', port: rig.readerPair.a },
      printer: { state: 'ready', simulated: false, label: '凭条打印机', port: rig.printerPair.a },
    });
    expect(await devices.status()).toEqual(ready);
    await expect(devices.readCard()).rejects.toMatchObject({ code: 'DEVICE', reason: 'no-card' });

    const placed = cardPresent(true);
    rig.reader.insertCard(RESIDENT_CARD);
    await placed;
    expect((await devices.status()).reader.state).toBe('card-present');
    expect(await devices.readCard()).toEqual(RESIDENT);
    const taken = cardPresent(false);
    rig.reader.removeCard();
    await taken;
    // Events never carried card data.
    const sent = JSON.stringify(events);
    for (const secret of [RESIDENT.name, RESIDENT.idNumber, RESIDENT.address])
      expect(sent).not.toContain(secret);

    expect(await devices.printTest()).toMatchObject({ printer: { state: 'ready', simulated: false } });
    const printed = texts(await rig.printer.waitForCuts(1));
    expect(printed).toContain(HALL);
    expect(printed).toContain('打印测试');

    rig.printer.setState('paper-out');
    expect((await devices.status()).printer.state).toBe('paper-out');
    const err = await devices.printTest().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrinterError);
    expect(err).toMatchObject({ reason: 'paper-out', phase: 'before-job' });
    expect(() => devices.receipts()).toThrow(/needs simulated devices/);
  }, 30_000);

  it('goes disconnected on unplug and ready again on replug at the same paths', async () => {
    const dir = path.join(tmp.dir, 'a');
    const rig = await plugRig(dir);
    config.update({ simulatedDevices: false, readerPort: rig.readerPair.a, printerPort: rig.printerPair.a });
    startService();
    await stateWhere((s) => s.reader.state === 'ready' && s.printer.state === 'ready', 'both ready');

    await unplugRig(rig);
    const down = await stateWhere(
      (s) => s.reader.state === 'disconnected' && s.printer.state === 'no-answer',
      'both gone',
    );
    expect(down.reader.port).toBe(rig.readerPair.a);

    const again = await plugRig(dir);
    rigs.push(again);
    again.reader.insertCard(RESIDENT_CARD);
    await stateWhere((s) => s.reader.state === 'card-present' && s.printer.state === 'ready', 'both back');
    expect(await service!.readCard()).toEqual(RESIDENT);
    await service!.printTest();
    expect(texts(await again.printer.waitForCuts(1))).toContain('打印测试');
  }, 30_000);

  it('moves both devices to other ports on a config change, without a restart', async () => {
    const first = await plugRig(path.join(tmp.dir, 'a'));
    const second = await plugRig(path.join(tmp.dir, 'b'));
    rigs.push(first, second);
    config.update({
      simulatedDevices: false,
      readerPort: first.readerPair.a,
      printerPort: first.printerPair.a,
    });
    const devices = startService();
    await stateWhere((s) => s.reader.state === 'ready' && s.printer.state === 'ready', 'first rig ready');

    second.reader.insertCard(RESIDENT_CARD);
    config.update({ readerPort: second.readerPair.a, printerPort: second.printerPair.a });
    await devices.settled();
    await stateWhere(
      (s) =>
        s.reader.port === second.readerPair.a &&
        s.reader.state === 'card-present' &&
        s.printer.port === second.printerPair.a &&
        s.printer.state === 'ready',
      'second rig in use',
    );
    expect(await devices.readCard()).toEqual(RESIDENT);

    const firstReaderCommands = first.reader.received.length;
    const firstPrinterQueries = first.printer.realtimeQueries.length;
    await devices.printTest();
    expect(texts(await second.printer.waitForCuts(1))).toContain('打印测试');
    expect(first.printer.jobBytes).toBe(0);
    // The first rig's ports are closed: nothing more reaches them.
    const status = await devices.status();
    expect(status.printer.port).toBe(second.printerPair.a);
    expect(first.reader.received.length).toBe(firstReaderCommands);
    expect(first.printer.realtimeQueries.length).toBe(firstPrinterQueries);

    // And back to demo mode, still without a restart.
    config.update({ simulatedDevices: true });
    await devices.settled();
    expect(await devices.status()).toMatchObject({
      reader: { simulated: true, label: '模拟读卡器' },
      printer: { simulated: true, label: '模拟打印机' },
    });
  }, 30_000);
});

describe('the devices through the contract, in the default demo mode', () => {
  it('simulates the card and the printer, refuses them once real devices are configured', async () => {
    const app = createKioskApp({ dataDir: path.join(tmp.dir, 'app'), log: silentLogger(), sync: false });
    const seen: string[] = [];
    app.bus.on('card.present', ({ present }) => seen.push(`card:${present}`));
    try {
      const call = (method: string, input: unknown = {}) => app.dispatch(method, input);
      expect(await call('devices.status')).toEqual({
        ok: true,
        value: {
          reader: { state: 'ready', simulated: true, label: '模拟读卡器' },
          printer: { state: 'ready', simulated: true, label: '模拟打印机' },
        },
      });
      expect(await call('devices.readCard')).toMatchObject({
        ok: false,
        error: { code: 'DEVICE', reason: 'no-card', message: '未检测到身份证，请将身份证放在读卡区' },
      });
      expect(await call('devices.simulateCard', { present: 'yes' })).toMatchObject({
        ok: false,
        error: { code: 'INPUT', field: 'present' },
      });
      await call('session.activity');
      expect(await call('devices.simulateCard', { present: true })).toMatchObject({ ok: true });
      expect(await call('devices.readCard')).toEqual({ ok: true, value: RESIDENT });

      expect(await call('devices.simulateFailure', { printer: 'paper-out' })).toMatchObject({
        ok: true,
        value: { printer: { state: 'paper-out' } },
      });
      expect(await call('devices.printTest')).toMatchObject({
        ok: false,
        error: { code: 'DEVICE', reason: 'paper-out' },
      });
      await call('devices.simulateFailure', { printer: null });
      expect(await call('devices.printTest')).toMatchObject({ ok: true });
      const receipts = await call('devices.receipts');
      expect(receipts.ok && (receipts.value as Array<{ lines: string[] }>)[0]?.lines.join('\n')).toContain(
        '打印测试',
      );

      // Ending the session takes the demo card away and forgets the receipts.
      await call('session.end', { reason: 'done' });
      expect(await call('devices.receipts')).toEqual({ ok: true, value: [] });
      expect(seen).toEqual(['card:true', 'card:false']);

      // A provisioned kiosk: real mode, no ports configured yet.
      app.config.update({ simulatedDevices: false });
      await app.devices.settled();
      expect(await call('devices.simulateCard', { present: true })).toMatchObject({
        ok: false,
        error: { code: 'INPUT', message: '本机使用真实读卡器，不能模拟放卡。' },
      });
      expect(await call('devices.status')).toMatchObject({
        ok: true,
        value: { reader: { state: 'disconnected', simulated: false }, printer: { simulated: false } },
      });
    } finally {
      await app.devices.close();
      app.close();
    }
  });
});
