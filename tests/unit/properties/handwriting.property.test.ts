/**
 * The recognizer under any drawing: empty strokes, single points, 10,000-point strokes, points far off
 * the pad, NaN and Infinity, dozens of strokes. It answers with at most `limit` known characters and
 * never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHandwritingModel } from '../../../scripts/handwriting-model.js';
import type { Point } from '../../../src-renderer/keyboard/handwriting/geometry.js';
import { decodeModel } from '../../../src-renderer/keyboard/handwriting/model-format.js';
import { recognize } from '../../../src-renderer/keyboard/handwriting/recognizer.js';

const model = decodeModel(JSON.parse(JSON.stringify(buildHandwritingModel([...'一二三十口日田国张建低保']))));
const known = new Set(model.chars);
const PAD = 600;

const coordinate = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -50, max: 650, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0),
  },
);
const point = fc.record({ x: coordinate, y: coordinate });
const stroke = fc.oneof(
  { weight: 1, arbitrary: fc.constant([] as Point[]) },
  { weight: 2, arbitrary: point.map((p) => [p]) },
  { weight: 6, arbitrary: fc.array(point, { minLength: 2, maxLength: 40 }) },
);

function checkAnswer(strokes: readonly (readonly Point[])[], limit = 8): void {
  const found = recognize(model, strokes, { boxSize: PAD, limit });
  // A limit outside 1…50 is taken as the nearest end.
  expect(found.length).toBeLessThanOrEqual(Math.max(1, Math.min(50, limit)));
  for (const c of found) {
    expect(known.has(c.char)).toBe(true);
    expect(Number.isNaN(c.score)).toBe(false);
  }
}

describe('recognize on degenerate strokes', () => {
  it('never throws and answers only known characters, for any strokes', () => {
    fc.assert(
      fc.property(fc.array(stroke, { maxLength: 50 }), fc.integer({ min: -5, max: 60 }), (strokes, limit) => {
        checkAnswer(strokes, limit);
      }),
      { numRuns: 300 },
    );
  });

  it('a stroke of one point, and one of 10,000 points, give candidates', () => {
    expect(recognize(model, [[{ x: 300, y: 300 }]], { boxSize: PAD }).length).toBeGreaterThan(0);
    const long = Array.from({ length: 10_000 }, (_, i) => ({
      x: 50 + (i % 500),
      y: 300 + Math.sin(i / 50) * 5,
    }));
    const found = recognize(model, [long], { boxSize: PAD });
    expect(found.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.array(point, { minLength: 10_000, maxLength: 10_000 }), (big) => {
        checkAnswer([big, big]);
      }),
      { numRuns: 5 },
    );
  });

  it('strokes entirely off the pad, or all at one spot, still give an answer or none', () => {
    checkAnswer([
      [
        { x: -1e9, y: 1e9 },
        { x: 1e9, y: -1e9 },
      ],
    ]);
    checkAnswer(
      Array.from({ length: 45 }, () => [
        { x: 5, y: 5 },
        { x: 5, y: 5 },
      ]),
    );
    expect(recognize(model, [], { boxSize: PAD })).toEqual([]);
    expect(recognize(model, [[], []], { boxSize: PAD })).toEqual([]);
    checkAnswer([
      [
        { x: Number.NaN, y: 1 },
        { x: 1, y: Number.POSITIVE_INFINITY },
      ],
    ]);
  });
});
