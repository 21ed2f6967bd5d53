/**
 * The serial doors under any bytes. The frame codec and the card-text parser have their own
 * properties in tests/unit/devices/idcard/; here the whole reader driver (frames → status words → text block →
 * card) meets any answer a broken, noisy or hostile reader could send, and the printer's status
 * decoding meets every possible pair of status bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeviceError } from '../../../src-main/contract/errors.js';
import { validateIdNumber } from '../../../src-main/contract/id-number.js';
import { DRIVER_ERRORS, SW3_ERRORS } from '../../../src-main/devices/idcard/idcard.errors.js';
import {
  commandName,
  encodeResponse,
  FrameDecoder,
  type CommandName,
} from '../../../src-main/devices/idcard/idcard.protocol.js';
import { IdCardReader } from '../../../src-main/devices/idcard/idcard.reader.js';
import type { IdCardTransport } from '../../../src-main/devices/idcard/idcard.types.js';
import { isRealtimeStatusByte, stateFromBytes } from '../../../src-main/devices/printer/printer.status.js';
import { buildCardText, RESIDENT_CARD } from '../../emulators/idcard-emulator.js';

const CHINESE = /[\u4e00-\u9fff]/;
const KNOWN_REASONS = new Set<string>([
  ...[...SW3_ERRORS.values()].map((e) => e.reason),
  ...Object.values(DRIVER_ERRORS).map((e) => e.reason),
]);

/** One answer of the reader to one command: noise, maybe a frame, cut into chunks anyhow. */
interface Answer {
  before: Uint8Array;
  frame: Uint8Array | null;
  after: Uint8Array;
  cuts: number[];
}

const garbleAt = fc.oneof(
  fc.nat({ max: 255 }),
  fc.integer({ min: 30, max: 51 }),
  fc.integer({ min: 122, max: 157 }),
  fc.integer({ min: 188, max: 219 }),
  fc.constant(248),
);

/** A read answer around the real sample card's text block, with some bytes garbled. */
const cardAnswer = fc
  .tuple(
    // Anywhere, or in the fields the parser checks: sex, nation, birth date, ID number, validity, type.
    fc.array(fc.tuple(garbleAt, fc.nat({ max: 255 })), { maxLength: 6 }),
    fc.constantFrom(0x90, 0x90, 0x90, 0x41),
    fc.option(fc.tuple(fc.nat({ max: 0xffff }), fc.nat({ max: 0xffff })), { freq: 4 }),
  )
  .map(([garble, sw3, lengths]) => {
    const text = buildCardText(RESIDENT_CARD);
    for (const [at, b] of garble) text[at] = b;
    const data = new Uint8Array(4 + 256 + 64).fill(0x55);
    const [textLen, photoLen] = lengths ?? [256, 64];
    data.set([textLen >> 8, textLen & 0xff, photoLen >> 8, photoLen & 0xff]);
    data.set(text, 4);
    return encodeResponse(sw3, data);
  });

const frame = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(encodeResponse(0x9f, new Uint8Array(4)), encodeResponse(0x90)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.nat({ max: 255 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.nat({ max: 255 }),
        fc.nat({ max: 255 }),
      )
      .map(([sw3, data, sw1, sw2]) => encodeResponse(sw3, data, sw1, sw2)),
  },
  { weight: 3, arbitrary: cardAnswer },
  // A frame with one byte flipped: a checksum or length error, or by chance another valid frame.
  {
    weight: 2,
    arbitrary: fc.tuple(cardAnswer, fc.nat(), fc.integer({ min: 1, max: 255 })).map(([f, at, x]) => {
      const copy = f.slice();
      copy[at % copy.length] = (copy[at % copy.length] ?? 0) ^ x;
      return copy;
    }),
  },
  // Too short to hold the three status bytes.
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2 }).map((p) => encodeResponse(0, p).subarray(0)) },
);

/** An answer whose frame is, most of the time, what the command expects (find → select → read). */
const answerFor = (expected: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Answer> =>
  fc.record({
    before: fc.uint8Array({ maxLength: 24 }),
    frame: fc.option(fc.oneof({ weight: 3, arbitrary: expected }, { weight: 2, arbitrary: frame }), {
      freq: 8,
    }),
    after: fc.uint8Array({ maxLength: 8 }),
    cuts: fc.array(fc.nat(), { maxLength: 5 }),
  });

const answers = fc
  .tuple(
    answerFor(fc.constant(encodeResponse(0x9f, new Uint8Array(4)))),
    answerFor(fc.constant(encodeResponse(0x90, new Uint8Array(8)))),
    fc.array(answerFor(cardAnswer), { minLength: 1, maxLength: 3 }),
  )
  .map(([find, select, rest]) => [find, select, ...rest]);

function chunks(a: Answer): Uint8Array[] {
  const bytes = Uint8Array.from([...a.before, ...(a.frame ?? []), ...a.after]);
  const cuts = [...new Set(a.cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    if (cut > start) out.push(bytes.subarray(start, cut));
    start = Math.max(start, cut);
  }
  return out;
}

/** A reader link that answers the n-th command with the n-th generated answer. */
class ScriptedLink implements IdCardTransport {
  private readonly listeners = new Set<(chunk: Uint8Array) => void>();
  private readonly decoder = new FrameDecoder();
  private n = 0;
  constructor(private readonly answers: Answer[]) {}
  write(buf: Uint8Array): Promise<void> {
    for (const e of this.decoder.push(buf)) {
      if (e.kind !== 'frame' || commandName(e.payload) === undefined) continue;
      const next = this.answers[this.n++];
      // A microtask, not a macrotask: on a loaded machine the driver's timer must never beat an answer
      // that was sent; only a missing or broken answer may time out.
      if (next) queueMicrotask(() => chunks(next).forEach((c) => this.listeners.forEach((l) => l(c))));
    }
    return Promise.resolve();
  }
  onData(cb: (chunk: Uint8Array) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
}

const FAST: Record<string, number> = { findMs: 25, selectMs: 25, readMs: 25, samMs: 25, resetMs: 25 };

/** Reads with one generated script; adds the outcome (`ok` or the error's reason) to `outcomes`. */
async function readWith(
  script: Answer[],
  what: CommandName | 'sequence',
  outcomes: Set<string>,
): Promise<void> {
  // A single command gets the answers from the select step on (an 0x90 answer, most of the time).
  const reader = new IdCardReader(new ScriptedLink(what === 'sequence' ? script : script.slice(1)), {
    timeouts: FAST,
  });
  try {
    if (what === 'sequence') {
      const card = await reader.readPresentCard();
      expect(card.name.length).toBeGreaterThan(0);
      expect(validateIdNumber(card.idNumber).ok).toBe(true);
      expect(card.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } else if (what === 'readSamId') expect(typeof (await reader.readSamId())).toBe('string');
    else await reader.reset();
    outcomes.add('ok');
  } catch (error) {
    expect(error).toBeInstanceOf(DeviceError);
    const e = error as DeviceError;
    expect(e.device).toBe('idcard');
    expect(KNOWN_REASONS.has(e.reason) || /^sw3-[0-9a-f]{2}$/.test(e.reason)).toBe(true);
    expect(e.userMessage).toMatch(CHINESE);
    // The card's content never travels in an error.
    expect(e.message).not.toContain(RESIDENT_CARD.idNumber);
    expect(e.message).not.toContain(RESIDENT_CARD.name);
    outcomes.add(e.reason);
  } finally {
    reader.dispose();
  }
}

const commands = fc.constantFrom<CommandName | 'sequence'>(
  'sequence',
  'sequence',
  'sequence',
  'readSamId',
  'reset',
);

describe('ID-card reader driver (property)', () => {
  it('answers any reader bytes with a checked card or a typed DeviceError, never anything else', async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(answers, commands, (script, what) => readWith(script, what, outcomes)),
      { numRuns: 300 },
    );
  });

  it('its generators reach a card, the timeouts and malformed card text', async () => {
    // A fixed seed: which outcomes 300 random scripts reach is itself random (bad frames: reader.test.ts).
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(answers, commands, (script, what) => readWith(script, what, outcomes)),
      { numRuns: 300, seed: 20261207 },
    );
    for (const reached of ['ok', 'timeout', 'text-format']) expect(outcomes).toContain(reached);
  });
});

describe('printer status bytes (property)', () => {
  const STATES = new Set(['ready', 'paper-low', 'paper-out', 'cover-open', 'offline']);

  it('every pair of status bytes gives a state, or is refused when it breaks the fixed bits', () => {
    const wrong: string[] = [];
    for (let paper = 0; paper < 256; paper++) {
      for (let cause = 0; cause < 256; cause++) {
        let outcome: string;
        try {
          outcome = stateFromBytes(paper, cause);
        } catch (error) {
          outcome = /not a DLE EOT/.test((error as Error).message) ? 'refused' : 'other error';
        }
        const valid = isRealtimeStatusByte(paper) && isRealtimeStatusByte(cause);
        if (valid ? !STATES.has(outcome) : outcome !== 'refused') wrong.push(`${paper},${cause}: ${outcome}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads cover open and paper end whatever the other bits say', () => {
    const realtime = fc.nat({ max: 255 }).map((b) => (b & ~0x93) | 0x12);
    fc.assert(
      fc.property(realtime, realtime, (paper, cause) => {
        const state = stateFromBytes(paper, cause);
        if (cause & 0x04) expect(state).toBe('cover-open');
        else if (paper & 0x60 || cause & 0x20) expect(state).toBe('paper-out');
        else if (state === 'ready') expect((paper & 0x0c) | (cause & 0x48)).toBe(0);
      }),
    );
  });
});
