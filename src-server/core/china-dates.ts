/** Calendar dates (YYYY-MM-DD) in China time, weekdays and working days, for appointments and follow-ups. */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000; // UTC+8, no daylight saving
const DAY_MS = 86_400_000;

/** The date in China at an instant, e.g. 2026-11-25T17:30Z → "2026-11-26". */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** "HH:MM" in China at an instant. */
export function chinaTime(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(11, 16);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The date `count` working days after `date`: Saturdays, Sundays and `holidays` are skipped. */
export function addWorkingDays(date: string, count: number, holidays: ReadonlySet<string>): string {
  let current = date;
  for (let left = count; left > 0;) {
    current = addDays(current, 1);
    if (isoWeekday(current) <= 5 && !holidays.has(current)) left--;
  }
  return current;
}
