/**
 * The touch date picker's arithmetic, pure. Dates are `YYYY-MM-DD` strings as in the declaration
 * payload. Stepping a day carries into the month and year; stepping a month or a year keeps the day
 * where the month has it and otherwise takes the month's last day (31 March − 1 month = 28 or 29
 * February). A date is never later than today (China time, like the contract's check) nor earlier
 * than 1900-01-01, the contract's earliest valid date.
 */
import { chinaDate } from '../app/china-time.js';

export type DateUnit = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export const EARLIEST_DATE = '1900-01-01';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Today's date in China (UTC+8), whatever the machine's zone. */
export function todayInChina(now: Date): string {
  return chinaDate(now);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real calendar date, or null for anything else ('', 2023-02-29, 20230101). */
export function parseDate(value: string): DateParts | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (parts.month < 1 || parts.month > 12) return null;
  if (parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return null;
  return parts;
}

export function formatDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `1958年3月12日` for the screen; the text itself when it is not a date. */
export function dateInChinese(value: string): string {
  const parts = parseDate(value);
  return parts ? `${parts.year}年${parts.month}月${parts.day}日` : value;
}

/** Keeps a date within [1900-01-01, today]; ISO strings compare in date order. */
export function clampDate(value: string, today: string): string {
  if (value > today) return today;
  if (value < EARLIEST_DATE) return EARLIEST_DATE;
  return value;
}

function addDays(parts: DateParts, days: number): DateParts {
  const t = Date.UTC(parts.year, parts.month - 1, parts.day) + days * DAY_MS;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function addMonths(parts: DateParts, months: number): DateParts {
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(parts.day, daysInMonth(year, month)) };
}

/**
 * The date `delta` units from `value` — from `start` (today, or the field's own default) when `value` is
 * not a date yet, never from the latest date allowed — kept within [1900-01-01, max].
 */
export function stepDate(
  value: string,
  unit: DateUnit,
  delta: number,
  max: string,
  start: string = max,
): string {
  const base = parseDate(value) ?? parseDate(clampDate(start, max));
  if (!base) return value;
  let next: DateParts;
  if (unit === 'day') next = addDays(base, delta);
  else next = addMonths(base, unit === 'year' ? delta * 12 : delta);
  return clampDate(formatDate(next), max);
}

/** Whether a step would change the value (false at the latest date for +, at 1900-01-01 for −). */
export function canStep(
  value: string,
  unit: DateUnit,
  delta: number,
  max: string,
  start: string = max,
): boolean {
  return stepDate(value, unit, delta, max, start) !== value;
}
