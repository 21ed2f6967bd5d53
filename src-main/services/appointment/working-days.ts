/**
 * The hall's calendar from its settings: which days the windows open (opening hours or 延时服务, not a
 * holiday) and whether a time lies within that day's hours. Dates are China dates (UTC+8), YYYY-MM-DD.
 */
import type { KioskConfig } from '../config/config.schema.js';

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export type HallCalendar = Pick<KioskConfig, 'openingHours' | 'extendedHours' | 'holidays'>;

export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function weekdayName(date: string): string {
  return WEEKDAYS[weekdayIndex(date)] ?? '';
}

function spans(calendar: HallCalendar, date: string): Array<{ from: string; to: string }> {
  const i = weekdayIndex(date);
  return [...(calendar.openingHours[i] ?? []), ...(calendar.extendedHours[i] ?? [])];
}

export function isOpenDay(calendar: HallCalendar, date: string): boolean {
  return !calendar.holidays.includes(date) && spans(calendar, date).length > 0;
}

/** Whether a slot starting at `time` ("HH:MM") lies within the day's opening or extended hours. */
export function withinHours(calendar: HallCalendar, date: string, time: string): boolean {
  return spans(calendar, date).some((s) => s.from <= time && time < s.to);
}

/** The next `count` open days from today (China time), today included; gives up after a year. */
export function nextOpenDays(calendar: HallCalendar, now: Date, count: number): string[] {
  const out: string[] = [];
  const today = chinaDate(now);
  for (let i = 0; out.length < count && i < 366; i++) {
    const date = addDays(today, i);
    if (isOpenDay(calendar, date)) out.push(date);
  }
  return out;
}

/** Today's hours for the home screen, e.g. "08:30-12:00、13:30-17:30", or null when closed today. */
export function hoursOn(calendar: HallCalendar, date: string): string | null {
  if (!isOpenDay(calendar, date)) return null;
  return spans(calendar, date)
    .map((s) => `${s.from}-${s.to}`)
    .join('、');
}
