/**
 * How far a photographed page is tilted, from its pixels: the projection-profile method (as Leptonica
 * and Tesseract use it). Edge pixels — where the paper meets the desk, the top and bottom of text
 * lines and ruled lines — are projected onto the axis perpendicular to a candidate angle; at the page's true angle the text lines
 * and the paper's edges fall into few rows, so the profile is sharpest (the sum of squared differences
 * between neighbouring rows is largest). Works on a small greyscale copy; pure arithmetic, no I/O.
 */

/** The largest tilt looked for, either way, in degrees: a page put on a 高拍仪 by hand. */
export const MAX_SKEW_DEGREES = 10;
/** Tilts smaller than this are left alone (they cost a rotation and gain nothing readable). */
export const MIN_SKEW_DEGREES = 0.3;

export interface GreyImage {
  /** One byte per pixel, row by row. */
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** How much brighter or darker a pixel's lower neighbour must be for the pixel to lie on an edge. */
const EDGE_STEP = 40;

/**
 * The pixels on a horizontal-ish edge (grey level jumps between the rows above and below): the top and
 * bottom of text strokes and ruled lines, and the paper's edges against the desk. Edges, not dark
 * pixels, so the frame's own border (where dark desk meets nothing) is not mistaken for a line.
 * At most `limit` of them, evenly sampled, as coordinates from the image's centre.
 */
function edgePoints(image: GreyImage, limit: number): { xs: Float64Array; ys: Float64Array } {
  const { pixels, width, height } = image;
  const onEdge = (x: number, y: number): boolean =>
    Math.abs((pixels[(y + 1) * width + x] ?? 0) - (pixels[(y - 1) * width + x] ?? 0)) >= EDGE_STEP;
  let count = 0;
  for (let y = 1; y < height - 1; y++) for (let x = 0; x < width; x++) if (onEdge(x, y)) count++;
  const step = Math.max(1, Math.ceil(count / limit));
  const n = Math.ceil(count / step);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let seen = 0;
  let k = 0;
  for (let y = 1; y < height - 1; y++)
    for (let x = 0; x < width; x++) {
      if (!onEdge(x, y)) continue;
      if (seen++ % step === 0 && k < n) {
        xs[k] = x - width / 2;
        ys[k] = y - height / 2;
        k++;
      }
    }
  return { xs: xs.subarray(0, k), ys: ys.subarray(0, k) };
}

/** How sharp the profile of the points is when projected at `degrees`. */
function sharpness(xs: Float64Array, ys: Float64Array, degrees: number, bins: Float64Array): number {
  const rad = (degrees * Math.PI) / 180;
  const sin = Math.sin(rad);
  const cos = Math.cos(rad);
  const offset = bins.length / 2;
  bins.fill(0);
  for (let i = 0; i < xs.length; i++) {
    const r = Math.round((ys[i] ?? 0) * cos - (xs[i] ?? 0) * sin + offset);
    if (r >= 0 && r < bins.length) bins[r] = (bins[r] ?? 0) + 1;
  }
  let score = 0;
  for (let i = 1; i < bins.length; i++) score += ((bins[i] ?? 0) - (bins[i - 1] ?? 0)) ** 2;
  return score;
}

/**
 * The page's tilt in degrees, positive when its lines run down to the right (clockwise on screen);
 * 0 when there is nothing to measure or the tilt is too small to correct. Rotating the image by the
 * negative of this straightens it.
 */
export function estimateSkew(image: GreyImage, maxPoints = 60_000): number {
  const { xs, ys } = edgePoints(image, maxPoints);
  // No edges (a blank frame): no lines to measure.
  if (xs.length < 50) return 0;
  const bins = new Float64Array(Math.ceil(Math.hypot(image.width, image.height)) + 4);
  const level = sharpness(xs, ys, 0, bins);
  let best = 0;
  let bestScore = level;
  const search = (from: number, to: number, step: number): void => {
    for (let a = from; a <= to + 1e-9; a += step) {
      const score = sharpness(xs, ys, a, bins);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
  };
  search(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, 0.5);
  const coarse = best;
  search(coarse - 0.5, coarse + 0.5, 0.05);
  if (Math.abs(best) < MIN_SKEW_DEGREES || bestScore <= level * 1.01) return 0;
  return Math.round(best * 100) / 100;
}
