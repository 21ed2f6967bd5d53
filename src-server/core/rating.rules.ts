/**
 * Rating decisions (好差评): a rated case or appointment must belong to the rating kiosk's hall, or be named
 * by its full number with the check part printed on the receipt (which a kiosk cannot guess); a 差评
 * (level ≤ POOR_RATING_MAX) gets a follow-up (回访) due FOLLOW_UP_WORKING_DAYS working days later.
 */
import { FOLLOW_UP_WORKING_DAYS, POOR_RATING_MAX } from '../../src-protocol/index.js';
import { hasCheckPart } from './case-number.js';
import { addWorkingDays } from './china-dates.js';

/** Whether a kiosk of `hallCode` may rate the target numbered `number`, whose hall is `targetHall`. */
export function mayRateTarget(targetHall: string | null, hallCode: string, number: string): boolean {
  return targetHall !== null && (targetHall === hallCode || hasCheckPart(number));
}

/** Whether a rating of this level asks for a follow-up. */
export function needsFollowUp(level: number): boolean {
  return level <= POOR_RATING_MAX;
}

/** The follow-up's due date (YYYY-MM-DD, China time) for a rating received on `today`. */
export function followUpDue(today: string, holidays: ReadonlySet<string>): string {
  return addWorkingDays(today, FOLLOW_UP_WORKING_DAYS, holidays);
}
