/**
 * The words of the booking screens, as pure functions (dates in China time, seats as text so colour is
 * never the only cue).
 */
import type { AppointmentDay, AppointmentSlot } from '../../../src-main/contract/citizen.types.js';
import { chinaDate } from '../../app/china-time.js';

/** Today's date in China (the hall's calendar), YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDate(now);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

/** "2025-05-12" → "周一". */
export function weekdayOf(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
}

/** "2025-05-12" → "5月12日". */
export function monthDay(date: string): string {
  const [, m, d] = date.split('-');
  return `${Number(m)}月${Number(d)}日`;
}

/** 今天 / 明天 / 后天, or null. */
export function relativeDay(date: string, today: string): string | null {
  if (date === today) return '今天';
  if (date === addDays(today, 1)) return '明天';
  if (date === addDays(today, 2)) return '后天';
  return null;
}

/** "2025-05-12（周一）", for the confirm screen and what is read aloud. */
export function fullDate(day: Pick<AppointmentDay, 'date' | 'weekday'>): string {
  const [y] = day.date.split('-');
  return `${y}年${monthDay(day.date)}（${day.weekday}）`;
}

/** 上午 before noon, 下午 from noon. */
export function partOfDay(time: string): string {
  return time < '12:00' ? '上午' : '下午';
}

export type DayAvailability = { kind: 'open'; remaining: number } | { kind: 'full' } | { kind: 'none' };

export function dayAvailability(day: AppointmentDay): DayAvailability {
  if (day.slots.length === 0) return { kind: 'none' };
  const remaining = day.slots.reduce((sum, s) => sum + Math.max(0, s.remaining), 0);
  return remaining > 0 ? { kind: 'open', remaining } : { kind: 'full' };
}

/** The seats line of a date button: 可约 3 个 / 已约满 / 不可预约. */
export function dayAvailabilityText(a: DayAvailability): string {
  switch (a.kind) {
    case 'open':
      return `可约 ${a.remaining} 个`;
    case 'full':
      return '已约满';
    case 'none':
      return '不可预约';
  }
}

export function slotText(slot: AppointmentSlot): string {
  return slot.remaining > 0 ? `剩余 ${slot.remaining} 个` : '已约满';
}

/** An appointment number read out digit by digit, the way a person reads it off a slip. */
export function spellOut(number: string): string {
  return number.split('').join(' ');
}
