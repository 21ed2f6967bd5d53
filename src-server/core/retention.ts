/**
 * What the district server keeps about citizens, and for how long. An appointment's holder (name, ID
 * number, phone) is needed until the appointment is over: RETENTION_DAYS after its slot date they are
 * blanked, and the booking keeps only its number, hall, item and slot (so the counts stay). Cases and
 * their payloads are the back office's records, kept under the district's own archive rules.
 */
import type { DistrictStore } from '../store/district.store.js';
import { addDays, chinaDate } from './china-dates.js';

export const RETENTION_DAYS = 30;

/** How often a running server applies the retention. */
export const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

export interface RetentionOutcome {
  /** Slot dates before this one were forgotten. */
  before: string;
  appointments: number;
}

export async function applyRetention(
  store: DistrictStore,
  now: Date,
  days: number = RETENTION_DAYS,
): Promise<RetentionOutcome> {
  const before = addDays(chinaDate(now), -days);
  return { before, appointments: await store.forgetAppointmentHolders(before) };
}
