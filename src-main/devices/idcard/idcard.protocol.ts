/**
 * The SAM serial protocol of second-generation ID-card readers, as a pure codec.
 *
 * Frame: `AA AA AA 96 69` · length (u16 BE, counts every byte after it, checksum included) · payload ·
 * XOR checksum over the two length bytes and the payload. Host payload: `CMD PARA`; reader payload:
 * `SW1 SW2 SW3 [data]`. The decoder is incremental, resynchronises after stray bytes and never throws.
 */

export const FRAME_HEADER: readonly number[] = [0xaa, 0xaa, 0xaa, 0x96, 0x69];
const HEADER_LEN = 5;
/** Smallest length value accepted: a 2-byte command plus the checksum. */
export const MIN_LENGTH = 3;
/** Largest length value accepted: a read with fingerprint is ≈ 2,320; anything far above is noise. */
export const MAX_LENGTH = 4096;

/** Host commands as `[CMD, PARA]`. */
export const COMMANDS = {
  findCard: [0x20, 0x01],
  selectCard: [0x20, 0x02],
  readText: [0x30, 0x01],
  readWithFingerprint: [0x30, 0x10],
  readSamId: [0x12, 0xff],
  reset: [0x10, 0xff],
} as const satisfies Record<string, readonly [number, number]>;

export type CommandName = keyof typeof COMMANDS;

/** The command name for a host payload, or undefined for an unknown one. */
export function commandName(payload: Uint8Array): CommandName | undefined {
  if (payload.length !== 2) return undefined;
  for (const [name, code] of Object.entries(COMMANDS) as [CommandName, readonly [number, number]][]) {
    if (payload[0] === code[0] && payload[1] === code[1]) return name;
  }
  return undefined;
}

export function xorChecksum(bytes: Uint8Array): number {
  let x = 0;
  for (const b of bytes) x ^= b;
  return x;
}

/** Wraps a payload in a frame: header, length, payload, checksum. */
export function encodeFrame(payload: Uint8Array | readonly number[]): Uint8Array {
  const body = Uint8Array.from(payload);
  const length = body.length + 1;
  const out = new Uint8Array(HEADER_LEN + 2 + length);
  out.set(FRAME_HEADER, 0);
  out[HEADER_LEN] = (length >> 8) & 0xff;
  out[HEADER_LEN + 1] = length & 0xff;
  out.set(body, HEADER_LEN + 2);
  out[out.length - 1] = xorChecksum(out.subarray(HEADER_LEN, out.length - 1));
  return out;
}

export function encodeCommand(name: CommandName): Uint8Array {
  return encodeFrame(COMMANDS[name]);
}

/** A reader answer frame (used by the emulator and tests). */
export function encodeResponse(
  sw3: number,
  data: Uint8Array = new Uint8Array(0),
  sw1 = 0,
  sw2 = 0,
): Uint8Array {
  const payload = new Uint8Array(3 + data.length);
  payload[0] = sw1;
  payload[1] = sw2;
  payload[2] = sw3;
  payload.set(data, 3);
  return encodeFrame(payload);
}

export type FrameErrorReason = 'checksum' | 'length';

/** One step of decoding at the start of a buffer. `consumed`/`discard` bytes may be dropped from it. */
export type DecodeStep =
  | { kind: 'frame'; payload: Uint8Array; consumed: number; skipped: number }
  | { kind: 'error'; reason: FrameErrorReason; consumed: number; skipped: number }
  | { kind: 'need-more'; discard: number };

function headerAt(buf: Uint8Array, i: number): boolean {
  for (let k = 0; k < HEADER_LEN; k++) if (buf[i + k] !== FRAME_HEADER[k]) return false;
  return true;
}

/** Length of the longest suffix of buf that is a proper prefix of the header (kept for the next chunk). */
function partialHeaderSuffix(buf: Uint8Array): number {
  for (let n = Math.min(HEADER_LEN - 1, buf.length); n > 0; n--) {
    let match = true;
    for (let k = 0; k < n; k++) {
      if (buf[buf.length - n + k] !== FRAME_HEADER[k]) {
        match = false;
        break;
      }
    }
    if (match) return n;
  }
  return 0;
}

/**
 * Decodes at most one frame from the start of `buf`. Pure and total: any input gives a frame, a
 * frame error (bad checksum or impossible length: resynchronise one byte past that header) or
 * "need more" (with how many leading bytes are noise that can be dropped).
 */
export function decodeFrame(buf: Uint8Array): DecodeStep {
  let start = -1;
  for (let i = 0; i + HEADER_LEN <= buf.length; i++) {
    if (headerAt(buf, i)) {
      start = i;
      break;
    }
  }
  if (start < 0) return { kind: 'need-more', discard: buf.length - partialHeaderSuffix(buf) };
  if (buf.length < start + HEADER_LEN + 2) return { kind: 'need-more', discard: start };
  const length = ((buf[start + HEADER_LEN] ?? 0) << 8) | (buf[start + HEADER_LEN + 1] ?? 0);
  if (length < MIN_LENGTH || length > MAX_LENGTH) {
    return { kind: 'error', reason: 'length', consumed: start + 1, skipped: start };
  }
  const end = start + HEADER_LEN + 2 + length;
  if (buf.length < end) return { kind: 'need-more', discard: start };
  const sum = xorChecksum(buf.subarray(start + HEADER_LEN, end - 1));
  if (sum !== buf[end - 1]) return { kind: 'error', reason: 'checksum', consumed: start + 1, skipped: start };
  return {
    kind: 'frame',
    payload: buf.slice(start + HEADER_LEN + 2, end - 1),
    consumed: end,
    skipped: start,
  };
}

export type DecodeEvent =
  { kind: 'frame'; payload: Uint8Array } | { kind: 'error'; reason: FrameErrorReason };

/** Incremental decoder: feed chunks as they arrive, get the frames and frame errors they complete. */
export class FrameDecoder {
  private buf: Uint8Array = new Uint8Array(0);
  /** Stray bytes dropped so far (for diagnostics). */
  noiseBytes = 0;

  /** Bytes held while waiting for the rest of a frame: > 0 means "need more bytes". */
  get pending(): number {
    return this.buf.length;
  }

  reset(): void {
    this.buf.fill(0);
    this.buf = new Uint8Array(0);
  }

  push(chunk: Uint8Array): DecodeEvent[] {
    const joined = new Uint8Array(this.buf.length + chunk.length);
    joined.set(this.buf, 0);
    joined.set(chunk, this.buf.length);
    this.buf.fill(0);
    let buf = joined;
    const events: DecodeEvent[] = [];
    for (;;) {
      const step = decodeFrame(buf);
      if (step.kind === 'need-more') {
        this.noiseBytes += step.discard;
        buf = buf.subarray(step.discard);
        break;
      }
      this.noiseBytes += step.skipped;
      events.push(
        step.kind === 'frame'
          ? { kind: 'frame', payload: step.payload }
          : { kind: 'error', reason: step.reason },
      );
      buf = buf.subarray(step.consumed);
    }
    this.buf = buf.slice();
    joined.fill(0);
    return events;
  }
}

/** A reader answer: status words and data. */
export interface ReaderResponse {
  sw1: number;
  sw2: number;
  sw3: number;
  data: Uint8Array;
}

/** Splits a reader payload; null when it is too short to hold the three status bytes. */
export function parseResponse(payload: Uint8Array): ReaderResponse | null {
  if (payload.length < 3) return null;
  return { sw1: payload[0] ?? 0, sw2: payload[1] ?? 0, sw3: payload[2] ?? 0, data: payload.subarray(3) };
}

/**
 * Extracts the 256-byte text block from the data of a read answer (`30 01`: text length, photo length;
 * `30 10`: plus fingerprint length), copied so the photo and fingerprint can be wiped with the frame.
 * Null when the lengths do not fit the data.
 */
export function extractText(data: Uint8Array, withFingerprint: boolean): Uint8Array | null {
  const headerLen = withFingerprint ? 6 : 4;
  if (data.length < headerLen) return null;
  const textLen = ((data[0] ?? 0) << 8) | (data[1] ?? 0);
  const photoLen = ((data[2] ?? 0) << 8) | (data[3] ?? 0);
  const fpLen = withFingerprint ? ((data[4] ?? 0) << 8) | (data[5] ?? 0) : 0;
  if (data.length < headerLen + textLen + photoLen + fpLen) return null;
  return data.slice(headerLen, headerLen + textLen);
}

/**
 * Formats the 16-byte SAM id as vendors print it: `AA.BB-CCCCCCCC-DDDDDDDDDD-EEEEEEEEEE`
 * (two u16 LE, three u32 LE). Falls back to hex when the data is not 16 bytes.
 */
export function formatSamId(data: Uint8Array): string {
  if (data.length !== 16) return Array.from(data, (b) => b.toString(16).padStart(2, '0')).join('');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const a = String(view.getUint16(0, true)).padStart(2, '0');
  const b = String(view.getUint16(2, true)).padStart(2, '0');
  const c = String(view.getUint32(4, true)).padStart(8, '0');
  const d = String(view.getUint32(8, true)).padStart(10, '0');
  const e = String(view.getUint32(12, true)).padStart(10, '0');
  return `${a}.${b}-${c}-${d}-${e}`;
}
