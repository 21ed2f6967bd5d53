/**
 * The hall's clock: China Standard Time (UTC+8, no daylight saving), whatever time zone the kiosk's
 * operating system was left in, so the screen agrees with the opening hours the core works out.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

export interface ChinaTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  hours: number;
  minutes: number;
}

/** The hall's calendar date, YYYY-MM-DD. */
export function chinaDate(date: Date): string {
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function chinaTime(date: Date): ChinaTime {
  const d = new Date(date.getTime() + CHINA_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
  };
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** "2026年11月30日 星期一". */
export function formatDate(date: Date): string {
  const t = chinaTime(date);
  return `${t.year}年${t.month}月${t.day}日 星期${WEEKDAYS[t.weekday] ?? ''}`;
}

/** "05:37". */
export function formatTime(date: Date): string {
  const t = chinaTime(date);
  return `${String(t.hours).padStart(2, '0')}:${String(t.minutes).padStart(2, '0')}`;
}
