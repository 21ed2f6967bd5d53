/**
 * The compact handwriting model: for each character, its stroke medians resampled to
 * POINTS_PER_STROKE points and quantised to a 64-step grid, one base64url character per coordinate.
 * Characters are stored most frequent first, so a character's index is its frequency rank. Pure: the
 * build script encodes it, the renderer (and the bench under Node) decodes it.
 */
import { POINTS_PER_STROKE } from './geometry.js';

export const MODEL_FORMAT = 1;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Grid steps per axis minus one: coordinates are stored as 0…GRID. */
export const GRID = ALPHABET.length - 1;

/** What the build gives for one character: its stroke medians in the unit square, y pointing down. */
export interface CharacterMedians {
  readonly char: string;
  /** Each stroke resampled to POINTS_PER_STROKE points: [x0, y0, x1, y1, …] in 0…1. */
  readonly strokes: readonly (readonly number[])[];
}

export interface SerializedModel {
  readonly format: number;
  readonly points: number;
  /** The characters, most frequent first (one code point each). */
  readonly chars: string;
  /** Per character: its stroke count, then 2 × points characters per stroke. */
  readonly data: string;
}

/** The decoded model the recognizer reads. */
export interface HandwritingModel {
  readonly chars: readonly string[];
  readonly strokeCounts: Uint8Array;
  /** Index of each character's first coordinate in `coords`. */
  readonly offsets: Uint32Array;
  /** Every stroke's points, [x, y, …] in 0…1. */
  readonly coords: Float32Array;
  /** Characters by stroke count: `byCount[n]` lists the indices of n-stroke characters. */
  readonly byCount: readonly (readonly number[])[];
}

function quantize(v: number): string {
  const step = Math.round(Math.min(1, Math.max(0, v)) * GRID);
  return ALPHABET.charAt(step);
}

export function encodeModel(entries: readonly CharacterMedians[]): SerializedModel {
  let chars = '';
  const data: string[] = [];
  for (const entry of entries) {
    if (entry.strokes.length === 0 || entry.strokes.length > GRID) continue;
    chars += entry.char;
    data.push(ALPHABET.charAt(entry.strokes.length));
    for (const stroke of entry.strokes) {
      if (stroke.length !== POINTS_PER_STROKE * 2) throw new Error(`model: ${entry.char} stroke size`);
      data.push(stroke.map(quantize).join(''));
    }
  }
  return { format: MODEL_FORMAT, points: POINTS_PER_STROKE, chars, data: data.join('') };
}

function isSerializedModel(value: unknown): value is SerializedModel {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === MODEL_FORMAT &&
    v.points === POINTS_PER_STROKE &&
    typeof v.chars === 'string' &&
    typeof v.data === 'string'
  );
}

/** Decodes a model; throws on a file of another format or a damaged one. */
export function decodeModel(value: unknown): HandwritingModel {
  if (!isSerializedModel(value)) throw new Error('handwriting model: unknown format');
  const chars = [...value.chars];
  const perStroke = POINTS_PER_STROKE * 2;
  const strokeCounts = new Uint8Array(chars.length);
  const offsets = new Uint32Array(chars.length);
  const codes = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i += 1) codes[ALPHABET.charCodeAt(i)] = i;
  const code = (pos: number): number => {
    const c = value.data.charCodeAt(pos);
    const v = c < 128 ? (codes[c] as number) : -1;
    if (v < 0) throw new Error('handwriting model: damaged data');
    return v;
  };
  let totalStrokes = 0;
  let pos = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const count = code(pos);
    strokeCounts[i] = count;
    totalStrokes += count;
    pos += 1 + count * perStroke;
  }
  if (pos !== value.data.length) throw new Error('handwriting model: damaged data');
  const coords = new Float32Array(totalStrokes * perStroke);
  const byCount: number[][] = [];
  let out = 0;
  pos = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const count = strokeCounts[i] as number;
    offsets[i] = out;
    pos += 1;
    for (let k = 0; k < count * perStroke; k += 1) coords[out++] = code(pos++) / GRID;
    (byCount[count] ??= []).push(i);
  }
  for (let n = 0; n < byCount.length; n += 1) byCount[n] ??= [];
  return { chars, strokeCounts, offsets, coords, byCount };
}
