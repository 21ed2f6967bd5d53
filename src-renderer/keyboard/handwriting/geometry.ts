/**
 * Stroke geometry for handwriting recognition, as pure functions (no DOM): cleaning raw pointer
 * samples, resampling a stroke to a fixed number of points spaced evenly along its length, and the
 * bounding box a character is normalised by. Runs in the renderer and under Node (bench, tests).
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One stroke as drawn: pointer samples in order, in any coordinate system with y pointing down. */
export type Stroke = readonly Point[];

/** Points kept per stroke after resampling (model and input alike). */
export const POINTS_PER_STROKE = 8;

/** Samples of one stroke that are looked at; longer strokes are thinned evenly first. */
export const MAX_SAMPLES = 2048;

/** Strokes of one character that are looked at; later ones are ignored. */
export const MAX_STROKES = 40;

/** The finite samples of a stroke, thinned evenly to at most MAX_SAMPLES. */
export function cleanStroke(stroke: Stroke): Point[] {
  const finite: Point[] = [];
  for (const p of stroke) {
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) finite.push({ x: p.x, y: p.y });
  }
  if (finite.length <= MAX_SAMPLES) return finite;
  const step = (finite.length - 1) / (MAX_SAMPLES - 1);
  const thinned: Point[] = [];
  for (let i = 0; i < MAX_SAMPLES; i += 1) thinned.push(finite[Math.round(i * step)] as Point);
  return thinned;
}

/**
 * `count` points evenly spaced along the stroke's length, as [x0, y0, x1, y1, …]. A stroke of one
 * point (a tap) or of zero length gives that point `count` times; an empty stroke gives null.
 */
export function resample(stroke: Stroke, count = POINTS_PER_STROKE): number[] | null {
  const pts = cleanStroke(stroke);
  const first = pts[0];
  if (!first) return null;
  const cumulative: number[] = [0];
  for (let i = 1; i < pts.length; i += 1) {
    const a = pts[i - 1] as Point;
    const b = pts[i] as Point;
    cumulative.push((cumulative[i - 1] as number) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  const total = cumulative[cumulative.length - 1] as number;
  const out: number[] = [];
  if (!(total > 0) || !Number.isFinite(total)) {
    for (let i = 0; i < count; i += 1) out.push(first.x, first.y);
    return out;
  }
  let segment = 1;
  for (let i = 0; i < count; i += 1) {
    const target = count === 1 ? 0 : (total * i) / (count - 1);
    while (segment < pts.length - 1 && (cumulative[segment] as number) < target) segment += 1;
    const a = pts[segment - 1] as Point;
    const b = pts[Math.min(segment, pts.length - 1)] as Point;
    const startLen = cumulative[segment - 1] as number;
    const segLen = (cumulative[Math.min(segment, pts.length - 1)] as number) - startLen;
    const t = segLen > 0 ? Math.min(1, Math.max(0, (target - startLen) / segLen)) : 0;
    out.push(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
  }
  return out;
}

/** Axis-aligned bounds, extended point by point. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function emptyBounds(): Bounds {
  return {
    minX: Number.POSITIVE_INFINITY,
    minY: Number.POSITIVE_INFINITY,
    maxX: Number.NEGATIVE_INFINITY,
    maxY: Number.NEGATIVE_INFINITY,
  };
}

/** Extends `b` by the points of a flat [x, y, …] array from index `from` to `to` (exclusive). */
export function extendBounds(b: Bounds, flat: ArrayLike<number>, from = 0, to = flat.length): void {
  for (let i = from; i + 1 < to; i += 2) {
    const x = flat[i] as number;
    const y = flat[i + 1] as number;
    if (x < b.minX) b.minX = x;
    if (x > b.maxX) b.maxX = x;
    if (y < b.minY) b.minY = y;
    if (y > b.maxY) b.maxY = y;
  }
}

/**
 * Where a character's box maps to the unit square: centre and one scale for both axes (so 一 stays
 * flat), never below `minSize` (so a dot is not blown up to fill the box).
 */
export interface Frame {
  readonly cx: number;
  readonly cy: number;
  readonly scale: number;
}

export function frameOf(b: Bounds, minSize: number): Frame {
  if (!Number.isFinite(b.minX)) return { cx: 0, cy: 0, scale: 1 };
  const size = Math.max(b.maxX - b.minX, b.maxY - b.minY, minSize);
  return { cx: (b.minX + b.maxX) / 2, cy: (b.minY + b.maxY) / 2, scale: size > 0 ? 1 / size : 1 };
}
