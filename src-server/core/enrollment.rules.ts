/**
 * Enrollment with a one-time code, decided over its row: a code nobody issued (or whose hall is gone) is
 * CODE_UNKNOWN, then a code already used is CODE_USED, then one past its time is CODE_EXPIRED — in that
 * order, so a used code never reads as merely expired. The same for the SQLite and PostgreSQL stores.
 */
export interface EnrollmentCodeRow {
  hall_code: string;
  expires_at: string;
  used_at: string | null;
}

export type EnrollRefusal = 'CODE_UNKNOWN' | 'CODE_USED' | 'CODE_EXPIRED';

/** Why the code cannot enroll a device at `at`, or null when it can. */
export function enrollmentRefusal(code: EnrollmentCodeRow | undefined, at: string): EnrollRefusal | null {
  if (!code) return 'CODE_UNKNOWN';
  if (code.used_at !== null) return 'CODE_USED';
  if (Date.parse(code.expires_at) <= Date.parse(at)) return 'CODE_EXPIRED';
  return null;
}
