/** The overview's line about the kiosk's clock against the district server's. */
import type { ClockState } from '../../src-main/contract/admin.types.js';
import { chinaTime as hallTime } from '../app/china-time.js';

/** With the year: a clock years off shows the same day and month. */
function chinaTime(iso: string): string {
  const t = hallTime(new Date(iso));
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${t.year}年${t.month}月${t.day}日 ${p(t.hours)}:${p(t.minutes)}`;
}

function span(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} 小时`;
  return `${Math.round(hours / 24)} 天`;
}

export function describeClock(clock: ClockState): string {
  if (!clock.serverTimeSeen) return `本机时间 ${chinaTime(clock.localTime)}（尚未与服务器对时）`;
  if (!clock.corrected) return `本机时间 ${chinaTime(clock.localTime)}，与服务器一致`;
  const direction = clock.offsetMs > 0 ? '慢' : '快';
  return `⚠ 本机时钟${direction} ${span(clock.offsetMs)}（本机 ${chinaTime(clock.localTime)}），已按服务器时间 ${chinaTime(clock.kioskTime)} 办理业务，请校准电脑时间`;
}
