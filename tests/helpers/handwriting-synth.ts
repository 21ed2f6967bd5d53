/**
 * Synthetic handwriting for the bench and the tests: a character's own stroke medians (from
 * hanzi-writer-data), drawn into a square pad the way a finger would, with or without a writer's
 * noise — jitter, a different size and aspect, slant, an off-centre position, and two neighbouring
 * strokes of the radical written in swapped order. Seeded, so every run draws the same strokes.
 */
import type { Point, Stroke } from '../../src-renderer/keyboard/handwriting/geometry.js';
import { readMedians } from '../../scripts/handwriting-model.js';
import { seededRandom } from './seeded-random.js';

function gaussian(random: () => number): number {
  const u = Math.max(1e-9, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export interface SynthOptions {
  /** Side of the square pad in pixels. */
  readonly pad: number;
  /** Draw with a writer's noise (else the medians exactly, only sampled like a finger). */
  readonly noisy: boolean;
  readonly random?: () => number;
}

/** Points every `step` along a polyline, as a touch screen samples a moving finger. */
function densify(points: readonly Point[], step: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const p = points[i] as Point;
    const next = points[i + 1];
    out.push(p);
    if (!next) break;
    const parts = Math.floor(Math.hypot(next.x - p.x, next.y - p.y) / step);
    for (let k = 1; k < parts; k += 1) {
      out.push({ x: p.x + ((next.x - p.x) * k) / parts, y: p.y + ((next.y - p.y) * k) / parts });
    }
  }
  return out;
}

/** Swaps two neighbouring strokes that both belong to the character's radical, if it has such a pair. */
function swapInRadical(order: number[], radStrokes: readonly number[], random: () => number): void {
  const pairs: number[] = [];
  for (const s of radStrokes) if (radStrokes.includes(s + 1) && s + 1 < order.length) pairs.push(s);
  if (pairs.length === 0) return;
  const at = pairs[Math.floor(random() * pairs.length)] as number;
  [order[at], order[at + 1]] = [order[at + 1] as number, order[at] as number];
}

/** The strokes of `char` as drawn on the pad, or null when hanzi-writer-data has no such character. */
export function synthesize(char: string, options: SynthOptions): Stroke[] | null {
  const data = readMedians(char);
  if (!data) return null;
  const random = options.random ?? seededRandom(char.codePointAt(0) ?? 1);
  const { pad, noisy } = options;
  // Medians are in a 1024 box (y down after readMedians, roughly -124…900 → 0…1024).
  let sx = 0.8;
  let sy = 0.8;
  let shear = 0;
  let dx = 0.1;
  let dy = 0.1;
  const order = data.medians.map((_, i) => i);
  if (noisy) {
    sx = 0.6 + random() * 0.3;
    sy = sx * (0.85 + random() * 0.3);
    shear = (random() - 0.5) * 0.5;
    dx = random() * (1 - sx) * 0.8 + 0.02;
    dy = random() * (1 - sy) * 0.8 + 0.02;
    if (random() < 0.5 && data.radStrokes) swapInRadical(order, data.radStrokes, random);
  }
  const jitter = noisy ? 0.015 : 0;
  return order.map((index) => {
    const median = data.medians[index] ?? [];
    const wobbleX = noisy ? gaussian(random) * 0.02 : 0;
    const wobbleY = noisy ? gaussian(random) * 0.02 : 0;
    const points = median.map(([x, y]) => {
      const u = x / 1024;
      const v = y / 1024;
      const jx = jitter * gaussian(random) + wobbleX;
      const jy = jitter * gaussian(random) + wobbleY;
      return {
        x: (dx + (u + shear * (v - 0.5)) * sx + jx) * pad,
        y: (dy + v * sy + jy) * pad,
      };
    });
    return densify(points, pad / 120);
  });
}
