/**
 * Offline handwriting recognition by stroke matching, the method of the open handwriting-lookup
 * projects built on Make Me a Hanzi (stroke-count window, then direction/position matching of stroke
 * medians):
 *
 * 1. Each drawn stroke is resampled to POINTS_PER_STROKE points evenly spaced along its length, so a
 *    point list carries both where the stroke lies and which way it runs.
 * 2. Only characters whose stroke count is near the drawn count are compared (two fewer, for joined
 *    strokes, up to AHEAD more, so candidates show while the character is being written).
 * 3. The drawing and the first strokes of a candidate are each scaled into the unit square by their
 *    own bounds (size and position of the writing do not matter), then aligned stroke by stroke with
 *    dynamic programming: a stroke pair costs the mean distance of its points (a stroke written
 *    backwards costs a little more), two neighbouring strokes may be written in swapped order, a
 *    stroke may be missing or extra at a fixed cost.
 * 4. The cost per stroke, plus a small cost for each stroke still to write and a small frequency
 *    prior, ranks the candidates.
 *
 * Pure and synchronous; degenerate input (empty strokes, one point, huge strokes, points far off the
 * pad, NaN) gives fewer or no candidates, never an exception.
 */
import {
  MAX_STROKES,
  POINTS_PER_STROKE,
  emptyBounds,
  extendBounds,
  frameOf,
  resample,
  type Stroke,
} from './geometry.js';
import type { HandwritingModel } from './model-format.js';

/** Candidates whose stroke count exceeds the drawn count by up to this many are considered. */
export const AHEAD = 6;
/** Fewer strokes than drawn a candidate may have (strokes joined or broken by the writer). */
export const BEHIND = 2;

const SKIP_COST = 0.3;
const REVERSED_COST = 0.08;
const REMAINING_COST = 0.035;
const PRIOR_WEIGHT = 0.02;
/** The smallest box side a character is scaled by, as a share of the pad (a dot stays a dot). */
const MIN_SHARE = 0.2;
const K = POINTS_PER_STROKE;

export interface RecognizeOptions {
  /** Side of the writing pad in the strokes' units: a small drawing is not blown up beyond it. */
  readonly boxSize?: number;
  /** How many candidates to return (8 unless told). */
  readonly limit?: number;
}

export interface Candidate {
  readonly char: string;
  readonly score: number;
}

interface Scratch {
  dist: Float64Array;
  dp: Float64Array;
  tpl: Float64Array;
}

const scratch: Scratch = {
  dist: new Float64Array(0),
  dp: new Float64Array(0),
  tpl: new Float64Array(0),
};

function ensure(size: number, current: Float64Array): Float64Array {
  return current.length >= size ? current : new Float64Array(Math.max(size, current.length * 2));
}

/** The drawing resampled and scaled into the unit square: n strokes × K points, flat. */
function normalizeInput(strokes: readonly Stroke[], boxSize: number | undefined): Float64Array | null {
  const sampled: number[][] = [];
  for (const stroke of strokes.slice(0, MAX_STROKES)) {
    if (!Array.isArray(stroke)) continue;
    const points = resample(stroke, K);
    if (points) sampled.push(points);
  }
  if (sampled.length === 0) return null;
  const bounds = emptyBounds();
  for (const s of sampled) extendBounds(bounds, s);
  const minSize = boxSize !== undefined && boxSize > 0 && Number.isFinite(boxSize) ? boxSize * MIN_SHARE : 0;
  const frame = frameOf(bounds, minSize);
  if (!Number.isFinite(frame.scale) || !Number.isFinite(frame.cx) || !Number.isFinite(frame.cy)) return null;
  const out = new Float64Array(sampled.length * K * 2);
  let o = 0;
  for (const s of sampled) {
    for (let i = 0; i < s.length; i += 2) {
      out[o++] = ((s[i] as number) - frame.cx) * frame.scale + 0.5;
      out[o++] = ((s[i + 1] as number) - frame.cy) * frame.scale + 0.5;
    }
  }
  return out;
}

/** A bounded list of the best candidates so far, worst last. */
class Best {
  readonly items: { index: number; score: number }[] = [];
  constructor(private readonly size: number) {}
  get worst(): number {
    return this.items.length < this.size
      ? Number.POSITIVE_INFINITY
      : (this.items[this.items.length - 1] as { score: number }).score;
  }
  offer(index: number, score: number): void {
    if (score >= this.worst) return;
    let at = this.items.length;
    while (at > 0 && (this.items[at - 1] as { score: number }).score > score) at -= 1;
    this.items.splice(at, 0, { index, score });
    if (this.items.length > this.size) this.items.pop();
  }
}

/**
 * The cost of aligning the n drawn strokes with the first p strokes of character `index`, or
 * Infinity once it cannot beat `bound`.
 */
function alignCost(
  model: HandwritingModel,
  index: number,
  input: Float64Array,
  n: number,
  p: number,
): number {
  const stride = K * 2;
  // The template prefix, scaled into the unit square by its own bounds.
  const base = model.offsets[index] as number;
  const bounds = emptyBounds();
  extendBounds(bounds, model.coords, base, base + p * stride);
  const frame = frameOf(bounds, MIN_SHARE);
  scratch.tpl = ensure(p * stride, scratch.tpl);
  const tpl = scratch.tpl;
  for (let i = 0; i < p * stride; i += 2) {
    tpl[i] = ((model.coords[base + i] as number) - frame.cx) * frame.scale + 0.5;
    tpl[i + 1] = ((model.coords[base + i + 1] as number) - frame.cy) * frame.scale + 0.5;
  }
  // Stroke-pair distances: mean point distance, forwards or (at a cost) backwards.
  scratch.dist = ensure(n * p, scratch.dist);
  const dist = scratch.dist;
  for (let a = 0; a < n; a += 1) {
    const ia = a * stride;
    for (let b = 0; b < p; b += 1) {
      const ib = b * stride;
      let forward = 0;
      let backward = 0;
      for (let k = 0; k < K; k += 1) {
        const ax = input[ia + 2 * k] as number;
        const ay = input[ia + 2 * k + 1] as number;
        const fx = ax - (tpl[ib + 2 * k] as number);
        const fy = ay - (tpl[ib + 2 * k + 1] as number);
        forward += Math.sqrt(fx * fx + fy * fy);
        const r = K - 1 - k;
        const bx = ax - (tpl[ib + 2 * r] as number);
        const by = ay - (tpl[ib + 2 * r + 1] as number);
        backward += Math.sqrt(bx * bx + by * by);
      }
      dist[a * p + b] = Math.min(forward / K, backward / K + REVERSED_COST);
    }
  }
  // Alignment: match, swap two neighbours, skip a drawn stroke, skip a template stroke.
  const w = p + 1;
  scratch.dp = ensure((n + 1) * w, scratch.dp);
  const dp = scratch.dp;
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= p; j += 1) {
      if (i === 0 && j === 0) {
        dp[0] = 0;
        continue;
      }
      let best = Number.POSITIVE_INFINITY;
      if (i > 0 && j > 0) best = (dp[(i - 1) * w + j - 1] as number) + (dist[(i - 1) * p + j - 1] as number);
      if (i > 1 && j > 1) {
        const swapped =
          (dp[(i - 2) * w + j - 2] as number) +
          (dist[(i - 2) * p + j - 1] as number) +
          (dist[(i - 1) * p + j - 2] as number);
        if (swapped < best) best = swapped;
      }
      if (i > 0) best = Math.min(best, (dp[(i - 1) * w + j] as number) + SKIP_COST);
      if (j > 0) best = Math.min(best, (dp[i * w + j - 1] as number) + SKIP_COST);
      dp[i * w + j] = best;
    }
  }
  return dp[n * w + p] as number;
}

/** The best candidates for the strokes drawn so far, best first; [] when nothing can be matched. */
export function recognize(
  model: HandwritingModel,
  strokes: readonly Stroke[],
  options: RecognizeOptions = {},
): Candidate[] {
  const limit = Math.max(1, Math.min(50, Math.floor(options.limit ?? 8)));
  if (!Array.isArray(strokes)) return [];
  const input = normalizeInput(strokes, options.boxSize);
  if (!input) return [];
  const n = input.length / (K * 2);
  const best = new Best(limit);
  const rankScale = Math.log(model.chars.length + 1);
  const top = Math.min(model.byCount.length - 1, n + AHEAD);
  for (let m = Math.max(1, n - BEHIND); m <= top; m += 1) {
    const p = Math.min(m, n);
    const remaining = (m - p) * REMAINING_COST;
    for (const index of model.byCount[m] ?? []) {
      const prior = (PRIOR_WEIGHT * Math.log(index + 1)) / rankScale;
      if (remaining + prior >= best.worst) continue;
      const cost = alignCost(model, index, input, n, p);
      best.offer(index, cost / Math.max(n, p) + remaining + prior);
    }
  }
  return best.items.map(({ index, score }) => ({ char: model.chars[index] as string, score }));
}
