/**
 * When is the page still? Each sample is a small grey thumbnail of the live picture; two samples
 * whose mean difference is under a threshold are "still". The auto capture fires after the picture has
 * been still for AUTO_CAPTURE_MS, and only again after the picture moved (a new page was laid down).
 */

/** How long the page must lie still before the kiosk takes the photo by itself. */
export const AUTO_CAPTURE_MS = 3000;
/** Mean grey-level difference (0–255) under which two samples count as the same picture. */
export const STILL_THRESHOLD = 4;
/** Mean difference above which the picture moved: a new page, or a hand. */
export const MOVED_THRESHOLD = 12;

/** Mean absolute difference of two grey samples of equal length. */
export function meanDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length || a.length === 0) return 255;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}

/** Grey levels of RGBA pixels. */
export function greyOf(rgba: Uint8ClampedArray): Uint8Array {
  const grey = new Uint8Array(rgba.length / 4);
  for (let i = 0; i < grey.length; i++)
    grey[i] = ((rgba[i * 4] ?? 0) * 299 + (rgba[i * 4 + 1] ?? 0) * 587 + (rgba[i * 4 + 2] ?? 0) * 114) / 1000;
  return grey;
}

export interface StillState {
  previous: Uint8Array | null;
  stillSince: number | null;
  /** False after a capture until the picture moves. */
  armed: boolean;
}

export const initialStill = (): StillState => ({ previous: null, stillSince: null, armed: true });

/** The next state for a new sample at time `now`; `fire` when the auto capture should take the photo. */
export function stepStill(
  state: StillState,
  sample: Uint8Array,
  now: number,
): { state: StillState; fire: boolean; stillMs: number } {
  const diff = state.previous ? meanDifference(state.previous, sample) : 255;
  const armed = state.armed || diff > MOVED_THRESHOLD;
  const stillSince = diff <= STILL_THRESHOLD ? (state.stillSince ?? now) : null;
  const stillMs = stillSince === null ? 0 : now - stillSince;
  const fire = armed && stillMs >= AUTO_CAPTURE_MS;
  return {
    state: { previous: sample, stillSince: fire ? null : stillSince, armed: fire ? false : armed },
    fire,
    stillMs: armed ? stillMs : 0,
  };
}
