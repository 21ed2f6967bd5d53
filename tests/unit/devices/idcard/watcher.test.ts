import { EventEmitter, once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceError } from '../../../../src-main/contract/errors.js';
import {
  commandName,
  encodeResponse,
  FrameDecoder,
  type CommandName,
} from '../../../../src-main/devices/idcard/idcard.protocol.js';
import type { SerialTransport } from '../../../../src-main/devices/idcard/idcard.serial.js';
import { IdCardWatcher } from '../../../../src-main/devices/idcard/idcard.watcher.js';
import { buildCardText, RESIDENT_CARD, type CardFields } from '../../../emulators/idcard-emulator.js';

/** An in-memory reader: state the test changes, and transports the watcher opens onto it. */
class FakeDevice extends EventEmitter<{ command: [CommandName | 'unknown']; open: [] }> {
  card: CardFields | null = null;
  plugged = true;
  silent = false;
  readSw3 = 0x90;
  opens = 0;
  readonly commands: (CommandName | 'unknown')[] = [];
  private current: { fireClose: () => void } | null = null;

  open = (): Promise<SerialTransport> => {
    this.opens++;
    this.emit('open');
    if (!this.plugged) {
      return Promise.reject(new DeviceError('idcard', 'port-open', 'no such port', '无法连接读卡器'));
    }
    const listeners = new Set<(c: Uint8Array) => void>();
    const closeListeners = new Set<(err?: Error) => void>();
    const decoder = new FrameDecoder();
    let open = true;
    const transport: SerialTransport = {
      path: '/dev/fake',
      get isOpen() {
        return open;
      },
      write: (buf) => {
        if (!open) return Promise.reject(new DeviceError('idcard', 'port-closed', 'closed', '读卡器已断开'));
        for (const e of decoder.push(buf)) {
          if (e.kind !== 'frame') continue;
          const name = commandName(e.payload) ?? 'unknown';
          this.commands.push(name);
          this.emit('command', name);
          const answer = this.answer(name);
          if (answer) setImmediate(() => listeners.forEach((l) => l(answer)));
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
    };
    this.current = {
      fireClose: () => {
        open = false;
        closeListeners.forEach((l) => l(new Error('unplugged')));
      },
    };
    return Promise.resolve(transport);
  };

  unplug(): void {
    this.plugged = false;
    this.current?.fireClose();
  }

  private answer(name: CommandName | 'unknown'): Uint8Array | null {
    if (this.silent) return null;
    switch (name) {
      case 'readSamId':
        return encodeResponse(0x90, new Uint8Array(16));
      case 'findCard':
        return encodeResponse(this.card ? 0x9f : 0x80, new Uint8Array(4));
      case 'selectCard':
        return encodeResponse(this.card ? 0x90 : 0x81, new Uint8Array(8));
      case 'readText': {
        if (!this.card) return encodeResponse(0x41);
        if (this.readSw3 !== 0x90) return encodeResponse(this.readSw3);
        const data = new Uint8Array(4 + 256 + 1024);
        data.set([1, 0, 4, 0]);
        data.set(buildCardText(this.card), 4);
        return encodeResponse(0x90, data);
      }
      default:
        return encodeResponse(0x21);
    }
  }
}

/** Resolves after `n` more events of that kind (a command name, or 'open'). */
function after(device: FakeDevice, what: CommandName | 'open', n: number): Promise<void> {
  return new Promise((resolve) => {
    let left = n;
    const onCommand = (name: CommandName | 'unknown'): void => {
      if (name === what) hit();
    };
    const onOpen = (): void => {
      if (what === 'open') hit();
    };
    const hit = (): void => {
      if (--left > 0) return;
      device.off('command', onCommand);
      device.off('open', onOpen);
      resolve();
    };
    device.on('command', onCommand);
    device.on('open', onOpen);
  });
}

let watcher: IdCardWatcher | null = null;
afterEach(async () => {
  await watcher?.stop();
  watcher = null;
});

function start(device: FakeDevice): IdCardWatcher {
  watcher = new IdCardWatcher({
    path: '/dev/fake',
    openTransport: device.open,
    pollIntervalMs: 5,
    reconnectIntervalMs: 10,
    timeouts: { findMs: 30, selectMs: 30, readMs: 30, samMs: 30, resetMs: 30 },
  });
  return watcher;
}

describe('IdCardWatcher', () => {
  it('connects, reports a card once, then its removal', async () => {
    const device = new FakeDevice();
    const w = start(device);
    const connected = once(w, 'connected');
    w.start();
    const [info] = await connected;
    expect(info).toMatchObject({ path: '/dev/fake', samId: '00.00-00000000-0000000000-0000000000' });
    expect(w.connected).toBe(true);

    const inserted = once(w, 'card.inserted');
    device.card = RESIDENT_CARD;
    const [card] = await inserted;
    expect(card.name).toBe('韩红英');
    expect(w.cardPresent).toBe(true);

    // While the card stays, it is not read again.
    const readsBefore = device.commands.filter((c) => c === 'readText').length;
    await after(device, 'findCard', 5);
    expect(device.commands.filter((c) => c === 'readText').length).toBe(readsBefore);

    const removed = once(w, 'card.removed');
    device.card = null;
    await removed;
    expect(w.cardPresent).toBe(false);
  });

  it('reports a failed read once per placed card, as a typed error', async () => {
    const device = new FakeDevice();
    device.card = RESIDENT_CARD;
    device.readSw3 = 0x41;
    const w = start(device);
    const errors: DeviceError[] = [];
    w.on('read.error', (e) => errors.push(e));
    const first = once(w, 'read.error');
    w.start();
    await first;
    const inserted = once(w, 'card.inserted');
    device.readSw3 = 0x90;
    await inserted;
    expect(errors.map((e) => e.reason)).toEqual(['read-failed']);
  });

  it('reports lost when the port closes and reconnects when it comes back', async () => {
    const device = new FakeDevice();
    device.card = RESIDENT_CARD;
    const w = start(device);
    const inserted = once(w, 'card.inserted');
    w.start();
    await inserted;

    const events: string[] = [];
    w.on('card.removed', () => events.push('card.removed'));
    const lost = once(w, 'lost');
    device.unplug();
    const [error] = await lost;
    events.push('lost');
    expect(error.reason).toBe('port-closed');
    expect(w.connected).toBe(false);
    expect(events).toEqual(['card.removed', 'lost']);

    const connected = once(w, 'connected');
    const again = once(w, 'card.inserted');
    device.plugged = true;
    await connected;
    await again;
  });

  it('reports lost after repeated silence and does not reconnect to a silent reader', async () => {
    const device = new FakeDevice();
    const w = start(device);
    const connected = once(w, 'connected');
    w.start();
    await connected;
    let connects = 0;
    w.on('connected', () => connects++);
    const lost = once(w, 'lost');
    device.silent = true;
    const [error] = await lost;
    expect(error.reason).toBe('timeout');
    // Let the watcher retry opening a few times.
    await after(device, 'open', 3);
    expect(connects).toBe(0);
    device.silent = false;
    await once(w, 'connected');
  });
});
