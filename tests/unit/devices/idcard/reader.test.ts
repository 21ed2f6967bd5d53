import { describe, expect, it } from 'vitest';
import { DeviceError } from '../../../../src-main/contract/errors.js';
import {
  commandName,
  encodeResponse,
  FrameDecoder,
  type CommandName,
} from '../../../../src-main/devices/idcard/idcard.protocol.js';
import { IdCardReader } from '../../../../src-main/devices/idcard/idcard.reader.js';
import type { IdCardTransport } from '../../../../src-main/devices/idcard/idcard.types.js';
import { buildCardText, RESIDENT_CARD } from '../../../emulators/idcard-emulator.js';

/** A fake reader link: answers each command with the frames `answer` returns, delivered asynchronously. */
class FakeLink implements IdCardTransport {
  readonly commands: (CommandName | 'unknown')[] = [];
  private readonly listeners = new Set<(chunk: Uint8Array) => void>();
  private readonly decoder = new FrameDecoder();
  constructor(public answer: (name: CommandName | 'unknown', n: number) => Uint8Array[] | null) {}
  write(buf: Uint8Array): Promise<void> {
    for (const e of this.decoder.push(buf)) {
      if (e.kind !== 'frame') continue;
      const name = commandName(e.payload) ?? 'unknown';
      this.commands.push(name);
      const chunks = this.answer(name, this.commands.filter((c) => c === name).length);
      if (chunks) setImmediate(() => chunks.forEach((c) => this.listeners.forEach((l) => l(c))));
    }
    return Promise.resolve();
  }

  onData(cb: (chunk: Uint8Array) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
}

function readAnswer(): Uint8Array {
  const data = new Uint8Array(4 + 256 + 1024).fill(0x55);
  data.set([1, 0, 4, 0]);
  data.set(buildCardText(RESIDENT_CARD), 4);
  return encodeResponse(0x90, data);
}

const happy = (name: CommandName | 'unknown'): Uint8Array[] => {
  switch (name) {
    case 'findCard':
      return [encodeResponse(0x9f, new Uint8Array(4))];
    case 'selectCard':
      return [encodeResponse(0x90, new Uint8Array(8))];
    case 'readText':
      return [readAnswer()];
    case 'readSamId':
      return [encodeResponse(0x90, Uint8Array.from([5, 0, 1, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0]))];
    default:
      return [encodeResponse(0x90)];
  }
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

describe('IdCardReader', () => {
  it('finds, selects and reads a card', async () => {
    const link = new FakeLink(happy);
    const reader = new IdCardReader(link);
    const card = await reader.readPresentCard();
    expect(card.name).toBe('韩红英');
    expect(card.idNumber).toBe('370302199001010029');
    expect(link.commands).toEqual(['findCard', 'selectCard', 'readText']);
  });

  it('reads the SAM id and resets', async () => {
    const link = new FakeLink(happy);
    const reader = new IdCardReader(link);
    expect(await reader.readSamId()).toBe('05.01-00000001-0000000002-0000000003');
    await reader.reset();
    expect(link.commands).toEqual(['readSamId', 'reset']);
  });

  it('reads with fingerprint and drops it', async () => {
    const data = new Uint8Array(6 + 256 + 1024 + 1024).fill(0x77);
    data.set([1, 0, 4, 0, 4, 0]);
    data.set(buildCardText(RESIDENT_CARD), 6);
    const link = new FakeLink((n) => (n === 'readWithFingerprint' ? [encodeResponse(0x90, data)] : null));
    const card = await new IdCardReader(link).readCard({ withFingerprint: true });
    expect(card.name).toBe('韩红英');
    expect(Object.keys(card)).not.toContain('photo');
  });

  it('reports no card as DeviceError no-card', async () => {
    const link = new FakeLink(() => [encodeResponse(0x80)]);
    const e = await rejection(new IdCardReader(link).findCard());
    expect(e.reason).toBe('no-card');
    expect(e.device).toBe('idcard');
  });

  it('reassembles answers delivered byte by byte after noise', async () => {
    const link = new FakeLink((name) => {
      const frame = happy(name)[0]!;
      return [Uint8Array.from([1, 2, 0xaa, 3]), ...Array.from(frame, (b) => Uint8Array.of(b))];
    });
    expect((await new IdCardReader(link).readPresentCard()).name).toBe('韩红英');
  });

  it('retries once after a bad checksum', async () => {
    const link = new FakeLink((name, n) => {
      const frame = happy(name)[0]!.slice();
      if (name === 'readText' && n === 1) frame[frame.length - 1]! ^= 0xff;
      return [frame];
    });
    const reader = new IdCardReader(link);
    await reader.findCard();
    await reader.selectCard();
    expect((await reader.readCard()).name).toBe('韩红英');
    expect(link.commands).toEqual(['findCard', 'selectCard', 'readText', 'readText']);
  });

  it('gives up with bad-frame after the retry is corrupted too', async () => {
    const link = new FakeLink((name) => {
      const frame = happy(name)[0]!.slice();
      frame[frame.length - 1]! ^= 0xff;
      return [frame];
    });
    const e = await rejection(new IdCardReader(link).findCard());
    expect(e.reason).toBe('bad-frame');
    expect(link.commands).toEqual(['findCard', 'findCard']);
  });

  it('times out per step, with configurable timeouts', async () => {
    const link = new FakeLink(() => null);
    const reader = new IdCardReader(link, { timeouts: { findMs: 30 } });
    const started = Date.now();
    const e = await rejection(reader.findCard());
    expect(e.reason).toBe('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(reader.timeouts).toMatchObject({ findMs: 30, selectMs: 200, readMs: 2000 });
  });

  it('maps a failure SW3 on each step to its typed error', async () => {
    for (const [step, sw3, reason] of [
      ['selectCard', 0x81, 'select-failed'],
      ['readText', 0x41, 'read-failed'],
      ['readSamId', 0x60, 'sam-self-test'],
    ] as const) {
      const link = new FakeLink((name) => (name === step ? [encodeResponse(sw3)] : happy(name)));
      const reader = new IdCardReader(link);
      const p = step === 'readSamId' ? reader.readSamId() : reader.readPresentCard();
      expect((await rejection(p)).reason).toBe(reason);
    }
  });

  it('rejects a read answer whose lengths do not fit', async () => {
    const link = new FakeLink((name) =>
      name === 'readText' ? [encodeResponse(0x90, Uint8Array.of(1, 0, 4, 0, 9))] : null,
    );
    expect((await rejection(new IdCardReader(link).readCard())).reason).toBe('bad-response');
  });

  it('reports a text block with a wrong check digit as checksum-id', async () => {
    const data = new Uint8Array(4 + 256 + 1024);
    data.set([1, 0, 4, 0]);
    data.set(buildCardText({ ...RESIDENT_CARD, idNumber: '370302199001010021' }), 4);
    const link = new FakeLink(() => [encodeResponse(0x90, data)]);
    expect((await rejection(new IdCardReader(link).readCard())).reason).toBe('checksum-id');
  });

  it('reports a failed write', async () => {
    const link: IdCardTransport = {
      write: () => Promise.reject(new Error('EIO')),
      onData: () => () => undefined,
    };
    expect((await rejection(new IdCardReader(link).findCard())).reason).toBe('write-failed');
  });

  it('runs concurrent commands one after the other', async () => {
    const link = new FakeLink(happy);
    const reader = new IdCardReader(link);
    const [sam, , card] = await Promise.all([reader.readSamId(), reader.findCard(), reader.readCard()]);
    expect(sam).toMatch(/^05\.01-/);
    expect(card.name).toBe('韩红英');
    expect(link.commands).toEqual(['readSamId', 'findCard', 'readText']);
  });

  it('stops listening when disposed', () => {
    const link = new FakeLink(happy);
    const reader = new IdCardReader(link);
    expect(link.listenerCount).toBe(1);
    reader.dispose();
    expect(link.listenerCount).toBe(0);
  });
});
