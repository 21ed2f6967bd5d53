/**
 * Whether the hall's windows are open now by its settings (opening hours and 延时服务, holidays), and when
 * they open next, for the home screen's notice and the admin overview. China time (UTC+8). Pure.
 */
import {
  addDays,
  chinaDate,
  hoursOn,
  weekdayIndex,
  weekdayName,
  type HallCalendar,
} from '../appointment/working-days.js';

export interface OpeningState {
  /** Today's hours, e.g. "08:30-12:00、13:30-17:30"; null when the hall is closed today. */
  todayHours: string | null;
  openNow: boolean;
  /** When the windows open next, e.g. "今天 13:30", "明天 08:30", "12月1日（周一）08:30"; null when open now. */
  nextOpening: string | null;
  /**
   * Outside hours, the calm sentence for the home screen: when the windows open, and that lookup and
   * printing still work. Null while open.
   */
  closedNotice: string | null;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

function chinaClock(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(11, 16);
}

function spansOf(calendar: HallCalendar, date: string): Array<{ from: string; to: string }> {
  if (calendar.holidays.includes(date)) return [];
  const i = weekdayIndex(date);
  return [...(calendar.openingHours[i] ?? []), ...(calendar.extendedHours[i] ?? [])].sort((a, b) =>
    a.from < b.from ? -1 : 1,
  );
}

function dayName(date: string, today: string): string {
  if (date === today) return '今天';
  if (date === addDays(today, 1)) return '明天';
  if (date === addDays(today, 2)) return '后天';
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日（${weekdayName(date)}）`;
}

const STILL_OPEN = '查询、打印指南仍可使用';

export function openingState(calendar: HallCalendar, now: Date): OpeningState {
  const today = chinaDate(now);
  const clock = chinaClock(now);
  const todaySpans = spansOf(calendar, today);
  const todayHours = hoursOn(calendar, today);
  if (todaySpans.some((s) => s.from <= clock && clock < s.to))
    return { todayHours, openNow: true, nextOpening: null, closedNotice: null };

  let next: { date: string; from: string } | null = null;
  const laterToday = todaySpans.find((s) => s.from > clock);
  if (laterToday) next = { date: today, from: laterToday.from };
  for (let i = 1; !next && i <= 366; i++) {
    const date = addDays(today, i);
    const first = spansOf(calendar, date)[0];
    if (first) next = { date, from: first.from };
  }
  if (!next)
    return { todayHours, openNow: false, nextOpening: null, closedNotice: `窗口暂停办理；${STILL_OPEN}` };

  const nextOpening = `${dayName(next.date, today)} ${next.from}`;
  let lead: string;
  if (next.date === today && todaySpans[0]?.from === next.from) lead = '窗口还没上班';
  else if (next.date === today) lead = '窗口休息中';
  else if (todaySpans.length > 0) lead = '窗口已下班';
  else lead = '今天窗口不办理业务';
  return {
    todayHours,
    openNow: false,
    nextOpening,
    closedNotice: `${lead}，${nextOpening} 开始办理；${STILL_OPEN}`,
  };
}
