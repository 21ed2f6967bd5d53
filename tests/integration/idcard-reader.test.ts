/**
 * The ID-card driver, watcher and CLI against the reader emulator over real socat PTY pairs.
 * Needs socat (apt-get install socat): startPtyPair fails with a clear message without it.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readerCommand } from '../../src-main/cli/commands/reader.command.js';
import { DeviceError } from '../../src-main/contract/errors.js';
import { SW3_ERRORS } from '../../src-main/devices/idcard/idcard.errors.js';
import { IdCardReader } from '../../src-main/devices/idcard/idcard.reader.js';
import { openSerialTransport, type SerialTransport } from '../../src-main/devices/idcard/idcard.serial.js';
import { IdCardWatcher } from '../../src-main/devices/idcard/idcard.watcher.js';
import { HMT_CARD, IdCardEmulator, RESIDENT_CARD } from '../emulators/idcard-emulator.js';
import { startPtyPair, type PtyPair } from '../emulators/pty-pair.js';

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

async function rejection(p: Promise<unknown>): Promise<DeviceError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DeviceError);
    return e as DeviceError;
  }
  throw new Error('expected a rejection');
}

describe('IdCardReader over a PTY', () => {
  let pair: PtyPair;
  let emulator: IdCardEmulator;
  let transport: SerialTransport;
  let reader: IdCardReader;

  beforeAll(async () => {
    pair = await startPtyPair();
    emulator = await IdCardEmulator.open(pair.b, { seed: 42 });
    transport = await openSerialTransport({ path: pair.a, baudRate: 115200 });
    reader = new IdCardReader(transport, { timeouts: { findMs: 300, selectMs: 300, readMs: 2000 } });
  });

  afterAll(async () => {
    reader.dispose();
    await transport.close();
    await emulator.close();
    await pair.close();
  });

  beforeEach(() => {
    emulator.set({
      card: null,
      chunked: false,
      noise: 0,
      badChecksumOnce: false,
      failSw3: null,
      silent: false,
    });
    emulator.received.length = 0;
  });

  it('reads a resident card', async () => {
    emulator.insertCard(RESIDENT_CARD);
    expect(await reader.readPresentCard()).toEqual(RESIDENT);
    expect(emulator.received).toEqual(['findCard', 'selectCard', 'readText']);
  });

  it('reads a 港澳台居民居住证', async () => {
    emulator.insertCard(HMT_CARD);
    expect(await reader.readPresentCard()).toMatchObject({
      cardType: '港澳台居民居住证',
      passNumber: 'H12345678',
    });
  });

  it('reports no card', async () => {
    const e = await rejection(reader.findCard());
    expect(e.reason).toBe('no-card');
    expect(e.userMessage).toContain('未检测到身份证');
  });

  it('reads through random chunking and stray noise bytes', async () => {
    emulator.insertCard(RESIDENT_CARD).set({ chunked: true, maxChunk: 48, noise: 23, chunkGapMs: 1 });
    let chunks = 0;
    const stop = transport.onData(() => chunks++);
    try {
      for (let i = 0; i < 3; i++) expect(await reader.readPresentCard()).toEqual(RESIDENT);
    } finally {
      stop();
    }
    // The answers really arrived in pieces: 9 answer frames came in many more data events.
    expect(chunks).toBeGreaterThan(30);
    expect(await reader.readSamId()).toBe('05.01-20130357-0000123456-0123456789');
  });

  it('retries a command once after a bad checksum', async () => {
    emulator.insertCard(RESIDENT_CARD);
    await reader.findCard();
    await reader.selectCard();
    emulator.set({ badChecksumOnce: true, chunked: true });
    expect(await reader.readCard()).toEqual(RESIDENT);
    expect(emulator.received).toEqual(['findCard', 'selectCard', 'readText', 'readText']);
  });

  it('times out on silence with a typed error', async () => {
    emulator.insertCard(RESIDENT_CARD).set({ silent: true });
    const quick = new IdCardReader(transport, { timeouts: { findMs: 100 } });
    try {
      const e = await rejection(quick.findCard());
      expect(e.reason).toBe('timeout');
      expect(e.userMessage).toMatch(/读卡器无响应/);
    } finally {
      quick.dispose();
    }
  });

  it('turns every SW3 failure into its typed error', async () => {
    emulator.insertCard(RESIDENT_CARD);
    for (const [sw3, entry] of SW3_ERRORS) {
      emulator.set({ failSw3: { sw3, command: 'readText' } });
      await reader.findCard();
      await reader.selectCard();
      const e = await rejection(reader.readCard());
      expect(e.reason).toBe(entry.reason);
      expect(e.device).toBe('idcard');
      expect(e.userMessage).toBe(entry.userMessage);
    }
    emulator.set({ failSw3: { sw3: 0x60, command: 'readSamId' } });
    expect((await rejection(reader.readSamId())).reason).toBe('sam-self-test');
  });
});

describe('IdCardWatcher over a PTY', () => {
  let dir: string;
  let pair: PtyPair | null = null;
  let emulator: IdCardEmulator | null = null;
  let watcher: IdCardWatcher | null = null;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idcard-watch-'));
  });

  afterEach(async () => {
    await watcher?.stop();
    await emulator?.close();
    await pair?.close();
    watcher = null;
    emulator = null;
    pair = null;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function newWatcher(port: string): IdCardWatcher {
    return new IdCardWatcher({
      path: port,
      pollIntervalMs: 20,
      reconnectIntervalMs: 50,
      lostAfterTimeouts: 2,
      timeouts: { findMs: 150, selectMs: 150, readMs: 1000, samMs: 150 },
    });
  }

  it('reports the card, survives unplug (socat killed) and replug at the same path', async () => {
    pair = await startPtyPair({ dir });
    emulator = await IdCardEmulator.open(pair.b);
    emulator.insertCard(RESIDENT_CARD);
    watcher = newWatcher(pair.a);
    const events: string[] = [];
    for (const name of ['connected', 'lost', 'card.inserted', 'card.removed'] as const) {
      watcher.on(name, () => events.push(name));
    }
    const first = once(watcher, 'card.inserted');
    watcher.start();
    const [card] = await first;
    expect(card).toEqual(RESIDENT);

    const removed = once(watcher, 'card.removed');
    emulator.removeCard();
    await removed;

    // Unplug: the PTY pair disappears.
    const lost = once(watcher, 'lost');
    await pair.close();
    const [error] = await lost;
    expect(error).toBeInstanceOf(DeviceError);
    expect(['port-closed', 'write-failed', 'timeout']).toContain(error.reason);
    expect(watcher.connected).toBe(false);
    await emulator.close();

    // Replug: a new pair at the same link paths, a reader with a card on it.
    const connected = once(watcher, 'connected');
    const again = once(watcher, 'card.inserted');
    pair = await startPtyPair({ dir });
    emulator = await IdCardEmulator.open(pair.b);
    emulator.insertCard(HMT_CARD);
    await connected;
    const [card2] = await again;
    expect(card2).toMatchObject({ cardType: '港澳台居民居住证', name: '陈大文' });
    expect(events).toEqual([
      'connected',
      'card.inserted',
      'card.removed',
      'lost',
      'connected',
      'card.inserted',
    ]);
  }, 20_000);

  it('reports lost when the reader goes silent (emulator closed) and recovers when it answers again', async () => {
    pair = await startPtyPair({ dir });
    emulator = await IdCardEmulator.open(pair.b);
    watcher = newWatcher(pair.a);
    const connected = once(watcher, 'connected');
    watcher.start();
    const [info] = await connected;
    expect(info.samId).toBe('05.01-20130357-0000123456-0123456789');

    const lost = once(watcher, 'lost');
    await emulator.close();
    const [error] = await lost;
    expect(error.reason).toBe('timeout');

    const back = once(watcher, 'connected');
    const inserted = once(watcher, 'card.inserted');
    emulator = await IdCardEmulator.open(pair.b);
    emulator.insertCard(RESIDENT_CARD);
    await back;
    expect((await inserted)[0]).toEqual(RESIDENT);
  }, 20_000);
});

describe('reader CLI against the emulator', () => {
  let pair: PtyPair;
  let emulator: IdCardEmulator;
  let out: string[];
  let err: string[];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };

  beforeAll(async () => {
    pair = await startPtyPair();
    emulator = await IdCardEmulator.open(pair.b);
  });

  afterAll(async () => {
    await emulator.close();
    await pair.close();
  });

  beforeEach(() => {
    out = [];
    err = [];
    emulator.set({ card: null, silent: false, failSw3: null });
  });

  it('reader read --json prints the card', async () => {
    emulator.insertCard(RESIDENT_CARD);
    expect(await readerCommand(['read', '--port', pair.a, '--json'], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(RESIDENT);
    expect(err).toEqual([]);
  });

  it('reader read --json always carries nation: null on a card type without one', async () => {
    emulator.insertCard(HMT_CARD);
    expect(await readerCommand(['read', '--port', pair.a, '--json'], io)).toBe(0);
    const card = JSON.parse(out.join('\n')) as Record<string, unknown>;
    expect(Object.keys(card).slice(0, 10)).toEqual([
      'cardType',
      'name',
      'sex',
      'nation',
      'birthDate',
      'address',
      'idNumber',
      'issuer',
      'validFrom',
      'validUntil',
    ]);
    expect(card).toMatchObject({ cardType: '港澳台居民居住证', name: '陈大文', nation: null });
    expect(card['passNumber']).toBe('H12345678');
  });

  it('reader read prints a Chinese summary', async () => {
    emulator.insertCard(RESIDENT_CARD);
    expect(await readerCommand(['read', '--port', pair.a, '--baud', '9600'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('证件类型：居民身份证');
    expect(text).toContain('姓名：韩红英');
    expect(text).toContain('有效期限：2015-03-01 至 2035-03-01');
  });

  it('reader info prints the SAM id', async () => {
    expect(await readerCommand(['info', '--port', pair.a], io)).toBe(0);
    expect(out.join('\n')).toContain('05.01-20130357-0000123456-0123456789');
  });

  it('exits non-zero with one bilingual line when there is no card', async () => {
    expect(await readerCommand(['read', '--port', pair.a], io)).not.toBe(0);
    expect(err).toEqual(['未检测到身份证 / no card on the reader']);
    expect(out).toEqual([]);
  });

  it('exits non-zero on a silent reader, a bad device and bad arguments', async () => {
    emulator.set({ silent: true });
    expect(await readerCommand(['info', '--port', pair.a], io)).toBe(1);
    expect(err).toEqual(['读卡器无响应 / reader did not answer in time']);

    err = [];
    expect(await readerCommand(['read', '--port', path.join(pair.dir, 'no-such-tty')], io)).toBe(1);
    expect(err).toEqual(['无法打开读卡器串口 / cannot open the serial port']);

    err = [];
    expect(await readerCommand(['read'], io)).toBe(2);
    expect(await readerCommand(['frobnicate', '--port', pair.a], io)).toBe(2);
    expect(await readerCommand(['read', '--port', pair.a, '--bogus'], io)).toBe(2);
  });
});
