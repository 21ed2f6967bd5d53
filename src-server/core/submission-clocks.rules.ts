/**
 * Both of the kiosk's clocks on a submission: what the server stores of the `clocks` stamp, and when staff
 * are shown them. Pure.
 */
import type { SubmissionClocks } from '../../src-protocol/index.js';
import type { StoredClocks } from '../store/district.store.js';

/** How far two clocks may differ before staff are shown both (the kiosk corrects its own beyond this too). */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** The stamp in the stored form; undefined when the kiosk sent none (or one the server ignores). */
export function storedClocks(clocks: SubmissionClocks | undefined): StoredClocks | undefined {
  if (!clocks) return undefined;
  const local = Date.parse(clocks.kioskLocal);
  const time = Date.parse(clocks.kioskTime);
  if (Number.isNaN(local) || Number.isNaN(time)) return undefined;
  return { kioskLocalAt: new Date(local).toISOString(), kioskTimeAt: new Date(time).toISOString() };
}

/**
 * The clocks worth showing staff beside the time the district received the submission: only when the
 * PC's clock was off from the time the kiosk went by, or the submission waited in the kiosk's outbox,
 * by more than the tolerance; null otherwise (and for submissions without a stamp).
 */
export function clocksWorthShowing(
  kioskLocalAt: string | null,
  kioskTimeAt: string | null,
  receivedAt: string,
): StoredClocks | null {
  if (kioskLocalAt === null || kioskTimeAt === null) return null;
  const local = Date.parse(kioskLocalAt);
  const time = Date.parse(kioskTimeAt);
  const received = Date.parse(receivedAt);
  if ([local, time, received].some(Number.isNaN)) return null;
  const apart = Math.max(Math.abs(local - time), Math.abs(time - received));
  return apart > CLOCK_TOLERANCE_MS ? { kioskLocalAt, kioskTimeAt } : null;
}
