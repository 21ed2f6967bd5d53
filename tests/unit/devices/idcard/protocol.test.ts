import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commandName,
  decodeFrame,
  encodeCommand,
  encodeFrame,
  encodeResponse,
  extractText,
  formatSamId,
  FrameDecoder,
  MAX_LENGTH,
  parseResponse,
  type DecodeEvent,
} from '../../../../src-main/devices/idcard/idcard.protocol.js';

const hex = (s: string): Uint8Array =>
  Uint8Array.from(s.split(/\s+/).filter(Boolean), (h) => parseInt(h, 16));
const frames = (events: DecodeEvent[]): number[][] =>
  events.flatMap((e) => (e.kind === 'frame' ? [Array.from(e.payload)] : []));
const errors = (events: DecodeEvent[]): string[] =>
  events.flatMap((e) => (e.kind === 'error' ? [e.reason] : []));

function feedInChunks(chunks: Uint8Array[]): { events: DecodeEvent[]; decoder: FrameDecoder } {
  const decoder = new FrameDecoder();
  const events = chunks.flatMap((c) => decoder.push(c));
  return { events, decoder };
}

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  out.push(bytes.subarray(prev));
  return out;
}

describe('encoder', () => {
  it('encodes the host commands as readers expect them', () => {
    expect(encodeCommand('findCard')).toEqual(hex('AA AA AA 96 69 00 03 20 01 22'));
    expect(encodeCommand('selectCard')).toEqual(hex('AA AA AA 96 69 00 03 20 02 21'));
    expect(encodeCommand('readText')).toEqual(hex('AA AA AA 96 69 00 03 30 01 32'));
    expect(encodeCommand('readWithFingerprint')).toEqual(hex('AA AA AA 96 69 00 03 30 10 23'));
    expect(encodeCommand('readSamId')).toEqual(hex('AA AA AA 96 69 00 03 12 FF EE'));
    expect(encodeCommand('reset')).toEqual(hex('AA AA AA 96 69 00 03 10 FF EC'));
  });

  it('encodes a find-card answer with the length counting the checksum', () => {
    expect(encodeResponse(0x9f, new Uint8Array(4))).toEqual(
      hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97'),
    );
  });

  it('makes a 1,295-byte frame for a text+photo answer', () => {
    const data = new Uint8Array(4 + 256 + 1024);
    data.set([1, 0, 4, 0]);
    const frame = encodeResponse(0x90, data);
    expect(frame.length).toBe(1295);
    expect((frame[5]! << 8) | frame[6]!).toBe(1288);
  });

  it('names commands from host payloads', () => {
    expect(commandName(hex('20 01'))).toBe('findCard');
    expect(commandName(hex('12 FF'))).toBe('readSamId');
    expect(commandName(hex('20 03'))).toBeUndefined();
    expect(commandName(hex('20'))).toBeUndefined();
  });
});

describe('decoder', () => {
  const frame = encodeResponse(0x90, hex('01 02 03'));

  it('decodes one whole frame', () => {
    const step = decodeFrame(frame);
    expect(step).toMatchObject({ kind: 'frame', consumed: frame.length, skipped: 0 });
    if (step.kind === 'frame') expect(Array.from(step.payload)).toEqual([0, 0, 0x90, 1, 2, 3]);
  });

  it('decodes the frame split at every possible point', () => {
    for (let cut = 0; cut <= frame.length; cut++) {
      const { events, decoder } = feedInChunks([frame.subarray(0, cut), frame.subarray(cut)]);
      expect(frames(events)).toEqual([[0, 0, 0x90, 1, 2, 3]]);
      expect(decoder.pending).toBe(0);
    }
  });

  it('decodes a frame fed one byte at a time and says "need more" until the end', () => {
    const decoder = new FrameDecoder();
    for (let i = 0; i < frame.length - 1; i++) {
      expect(decoder.push(frame.subarray(i, i + 1))).toEqual([]);
      expect(decoder.pending).toBeGreaterThan(0);
    }
    expect(frames(decoder.push(frame.subarray(frame.length - 1)))).toHaveLength(1);
  });

  it('skips stray bytes, including partial headers, before a frame', () => {
    const noisy = new Uint8Array([0x00, 0xaa, 0xaa, 0x13, 0xaa, 0xaa, 0xaa, 0x96, 0xaa, 0xaa, ...frame]);
    const { events, decoder } = feedInChunks([noisy.subarray(0, 5), noisy.subarray(5)]);
    expect(frames(events)).toEqual([[0, 0, 0x90, 1, 2, 3]]);
    expect(decoder.noiseBytes).toBe(10);
  });

  it('drops noise without a header but keeps a trailing partial header', () => {
    const decoder = new FrameDecoder();
    expect(decoder.push(hex('01 02 03 AA AA'))).toEqual([]);
    expect(decoder.pending).toBe(2);
    expect(frames(decoder.push(frame.subarray(2)))).toHaveLength(1);
  });

  it('decodes two frames in one chunk', () => {
    const two = new Uint8Array([...frame, ...encodeResponse(0x80)]);
    expect(frames(new FrameDecoder().push(two))).toEqual([
      [0, 0, 0x90, 1, 2, 3],
      [0, 0, 0x80],
    ]);
  });

  it('reports a bad checksum and still finds the next good frame', () => {
    const bad = frame.slice();
    bad[bad.length - 1]! ^= 0x01;
    const events = new FrameDecoder().push(new Uint8Array([...bad, ...frame]));
    expect(errors(events)).toEqual(['checksum']);
    expect(frames(events)).toEqual([[0, 0, 0x90, 1, 2, 3]]);
  });

  it('reports an impossible length and resynchronises', () => {
    const events = new FrameDecoder().push(new Uint8Array([...hex('AA AA AA 96 69 FF FF'), ...frame]));
    expect(errors(events)).toEqual(['length']);
    expect(frames(events)).toHaveLength(1);
    expect(errors(new FrameDecoder().push(hex('AA AA AA 96 69 00 01 00')))).toEqual(['length']);
  });

  it('waits for a frame whose length is plausible but not yet complete', () => {
    expect(decodeFrame(hex('AA AA AA 96 69 05 08 00'))).toEqual({ kind: 'need-more', discard: 0 });
  });

  it('splits reader payloads and extracts the text block only', () => {
    expect(parseResponse(hex('00 00'))).toBeNull();
    const res = parseResponse(hex('00 00 90 AB'));
    expect(res).toMatchObject({ sw1: 0, sw2: 0, sw3: 0x90 });
    expect(Array.from(res!.data)).toEqual([0xab]);

    const data = new Uint8Array(4 + 256 + 1024).fill(7);
    data.set([1, 0, 4, 0]);
    data.fill(1, 4, 260);
    const text = extractText(data, false)!;
    expect(text.length).toBe(256);
    expect(text.every((b) => b === 1)).toBe(true);
    expect(extractText(data.subarray(0, 1000), false)).toBeNull();
    expect(extractText(hex('01'), false)).toBeNull();

    const fp = new Uint8Array(6 + 256 + 1024 + 1024);
    fp.set([1, 0, 4, 0, 4, 0]);
    fp.fill(2, 6, 262);
    expect(extractText(fp, true)!.every((b) => b === 2)).toBe(true);
  });

  it('formats the SAM id', () => {
    const id = hex('05 00 01 00 35 2A 33 01 40 E2 01 00 15 CD 5B 07');
    expect(formatSamId(id)).toBe('05.01-20130357-0000123456-0123456789');
    expect(formatSamId(hex('01 02'))).toBe('0102');
  });
});

describe('decoder properties', () => {
  it('never throws on any byte sequence in any chunking: frames, typed errors or "need more"', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), (chunks) => {
        const decoder = new FrameDecoder();
        let total = 0;
        for (const chunk of chunks) {
          total += chunk.length;
          for (const e of decoder.push(chunk)) {
            expect(['frame', 'error']).toContain(e.kind);
            if (e.kind === 'error') expect(['checksum', 'length']).toContain(e.reason);
          }
          expect(decoder.pending).toBeLessThanOrEqual(total);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on inputs that look like frames (header + random length + random bytes)', () => {
    const header = fc.constant(Uint8Array.from([0xaa, 0xaa, 0xaa, 0x96, 0x69]));
    const part = fc.oneof(
      header,
      fc.uint8Array({ maxLength: 40 }),
      fc.uint8Array({ minLength: 2, maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const decoder = new FrameDecoder();
        for (const p of parts) decoder.push(p);
        const step = decodeFrame(Uint8Array.from(parts.flatMap((p) => Array.from(p))));
        expect(['frame', 'error', 'need-more']).toContain(step.kind);
      }),
      { numRuns: 500 },
    );
  });

  it('recovers every frame through noise and arbitrary chunking', () => {
    const noise = fc.uint8Array({ maxLength: 20 }).map((n) => n.map((b) => (b === 0x96 ? 0 : b)));
    const payload = fc.uint8Array({ minLength: 2, maxLength: 200 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(noise, payload), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (items, cuts) => {
          const stream = Uint8Array.from(items.flatMap(([n, p]) => [...n, ...encodeFrame(p)]));
          const { events } = feedInChunks(split(stream, cuts));
          expect(errors(events)).toEqual([]);
          expect(frames(events)).toEqual(items.map(([, p]) => Array.from(p)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps at most one unfinished frame (never more than header + 2 + MAX_LENGTH bytes)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 6000 }), (bytes) => {
        const decoder = new FrameDecoder();
        decoder.push(bytes);
        expect(decoder.pending).toBeLessThanOrEqual(5 + 2 + MAX_LENGTH);
      }),
      { numRuns: 100 },
    );
  });
});
