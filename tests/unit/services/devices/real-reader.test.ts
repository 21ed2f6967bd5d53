/**
 * RealCardReader over the IdCardWatcher with an in-memory transport: state mapping (ready, card-present,
 * error, disconnected), events without card data, readCard on demand, and the watcher's `read.cleared`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReaderState } from '../../../../src-main/contract/devices.types.js';
import { DeviceError } from '../../../../src-main/contract/errors.js';
import {
  commandName,
  encodeResponse,
  FrameDecoder,
} from '../../../../src-main/devices/idcard/idcard.protocol.js';
import type { SerialTransport } from '../../../../src-main/devices/idcard/idcard.serial.js';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { RealCardReader } from '../../../../src-main/services/devices/real-reader.js';
import { buildCardText, RESIDENT_CARD } from '../../../emulators/idcard-emulator.js';

/** A reader in memory: what the watcher's transports talk to. */
class FakeReaderLine {
  card = false;
  readSw3 = 0x90;
  plugged = true;
  private fireClose: (() => void) | null = null;

  open = (): Promise<SerialTransport> => {
    if (!this.plugged) return Promise.reject(new DeviceError('idcard', 'port-open', 'no port', '无法连接'));
    const listeners = new Set<(c: Uint8Array) => void>();
    const closeListeners = new Set<(err?: Error) => void>();
    const decoder = new FrameDecoder();
    let open = true;
    this.fireClose = () => {
      open = false;
      closeListeners.forEach((l) => l(new Error('unplugged')));
    };
    return Promise.resolve({
      path: '/dev/fake',
      get isOpen() {
        return open;
      },
      write: (buf) => {
        if (!open) return Promise.reject(new DeviceError('idcard', 'port-closed', 'closed', '已断开'));
        for (const e of decoder.push(buf)) {
          if (e.kind !== 'frame') continue;
          const answer = this.answer(commandName(e.payload));
          setImmediate(() => listeners.forEach((l) => l(answer)));
        }
        return Promise.resolve();
      },
      onData: (cb) => (listeners.add(cb), () => listeners.delete(cb)),
      onClose: (cb) => (closeListeners.add(cb), () => closeListeners.delete(cb)),
      onError: () => () => undefined,
      close: () => {
        open = false;
        return Promise.resolve();
      },
    });
  };

  unplug(): void {
    this.plugged = false;
    this.fireClose?.();
  }

  private answer(name: ReturnType<typeof commandName>): Uint8Array {
    switch (name) {
      case 'readSamId':
        return encodeResponse(0x90, new Uint8Array(16));
      case 'findCard':
        return encodeResponse(this.card ? 0x9f : 0x80, new Uint8Array(4));
      case 'selectCard':
        return encodeResponse(this.card ? 0x90 : 0x81, new Uint8Array(8));
      case 'readText': {
        if (!this.card || this.readSw3 !== 0x90) return encodeResponse(this.card ? this.readSw3 : 0x41);
        const data = new Uint8Array(4 + 256 + 1024);
        data.set([1, 0, 4, 0], 0);
        data.set(buildCardText(RESIDENT_CARD), 4);
        return encodeResponse(0x90, data);
      }
      default:
        return encodeResponse(0x21);
    }
  }
}

let reader: RealCardReader | null = null;

afterEach(async () => {
  await reader?.close();
  reader = null;
});

function start(line: FakeReaderLine): {
  reader: RealCardReader;
  events: string[];
  next: (s: ReaderState) => Promise<void>;
} {
  const r = new RealCardReader({
    port: '/dev/fake',
    baudRate: 115200,
    log: silentLogger(),
    watcher: { openTransport: line.open, pollIntervalMs: 5, reconnectIntervalMs: 10, removalMisses: 1 },
  });
  reader = r;
  const events: string[] = [];
  r.on('card.inserted', (...args: unknown[]) => events.push(`inserted(${args.length})`));
  r.on('card.removed', () => events.push('removed'));
  r.on('state', (s) => events.push(s.state));
  const next = (state: ReaderState): Promise<void> =>
    new Promise((resolve) => {
      const off = r.on('state', (s) => {
        if (s.state === state) {
          off();
          resolve();
        }
      });
    });
  r.start();
  return { reader: r, events, next };
}

describe('RealCardReader', () => {
  it('goes disconnected → ready → card-present → ready, with events that carry no card', async () => {
    const line = new FakeReaderLine();
    const { reader, events, next } = start(line);
    expect(reader.status()).toEqual({
      state: 'disconnected',
      simulated: false,
      label: '身份证读卡器',
      port: '/dev/fake',
    });
    await next('ready');
    const present = next('card-present');
    line.card = true;
    await present;
    expect((await reader.readCard()).idNumber).toBe(RESIDENT_CARD.idNumber);
    const gone = next('ready');
    line.card = false;
    await gone;
    expect(events).toEqual(['disconnected', 'ready', 'inserted(0)', 'card-present', 'removed', 'ready']);
  });

  it('reports an unreadable card as error until it is taken away', async () => {
    const line = new FakeReaderLine();
    const { next } = start(line);
    await next('ready');
    line.readSw3 = 0x41;
    const error = next('error');
    line.card = true;
    await error;
    const cleared = next('ready');
    line.card = false;
    await cleared;
  });

  it('refuses readCard with no-card, and with port-closed once unplugged', async () => {
    const line = new FakeReaderLine();
    const { reader, next } = start(line);
    await next('ready');
    await expect(reader.readCard()).rejects.toMatchObject({ reason: 'no-card' });
    const lost = next('disconnected');
    line.unplug();
    await lost;
    await expect(reader.readCard()).rejects.toMatchObject({ reason: 'port-closed' });
    const back = next('ready');
    line.plugged = true;
    await back;
  });
});
