/**
 * Rating decisions (好差评): a rated case or appointment must belong to the rating kiosk's hall, or be named
 * by its full number with the check part printed on the receipt; a 差评 (level ≤ POOR_RATING_MAX) gets a
 * follow-up (回访) due FOLLOW_UP_WORKING_DAYS working days later.
 *
 * Why another hall's case at all: a citizen who declared at hall A may look up its progress at hall B's
 * kiosk by the receipt's full number and rate it there (the kiosk grants rating of a looked-up case).
 * Anything but the kiosk's own hall's case — another hall's by its full number, a wrong check part, an
 * unknown number — is therefore a possible guess of a check part, and counts against the same limits as
 * a lookup of that number (ratingGuessTarget) before it is answered.
 */
import { FOLLOW_UP_WORKING_DAYS, POOR_RATING_MAX } from '../../src-protocol/index.js';
import { baseNumber, hasCheckPart } from './case-number.js';
import { addWorkingDays } from './china-dates.js';

/** Whether a kiosk of `hallCode` may rate the target numbered `number`, whose hall is `targetHall`. */
export function mayRateTarget(targetHall: string | null, hallCode: string, number: string): boolean {
  return targetHall !== null && (targetHall === hallCode || hasCheckPart(number));
}

/** Whether the target (of hall `targetHall`, null when unknown) is the rating kiosk's own hall's: no guess. */
export function isOwnHallTarget(targetHall: string | null, hallCode: string): boolean {
  return targetHall !== null && targetHall === hallCode;
}

/**
 * The guess-limit target a rating of anything but the kiosk's own hall's case counts against: the number
 * without its check part, under the same key as a case lookup (`case:`) or an appointment cancellation
 * (`appointment:`), so ratings and lookups share one budget per number from all devices together.
 */
export function ratingGuessTarget(target: { caseNumber: string } | { appointmentNumber: string }): {
  key: string;
  base: string;
} {
  if ('caseNumber' in target) {
    const base = baseNumber(target.caseNumber);
    return { key: `case:${base}`, base };
  }
  const base = baseNumber(target.appointmentNumber);
  return { key: `appointment:${base}`, base };
}

/** Whether a rating of this level asks for a follow-up. */
export function needsFollowUp(level: number): boolean {
  return level <= POOR_RATING_MAX;
}

/** The follow-up's due date (YYYY-MM-DD, China time) for a rating received on `today`. */
export function followUpDue(today: string, holidays: ReadonlySet<string>): string {
  return addWorkingDays(today, FOLLOW_UP_WORKING_DAYS, holidays);
}
