/** Times in China time (UTC+8), whatever the browser's time zone. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2026-11-25 10:00" */
export function chinaDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** "10:00:05" */
export function chinaClock(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + CHINA_OFFSET_MS).toISOString().slice(11, 19);
}

/** "3 分钟前" style age from `iso` to `now`. */
export function age(iso: string, now: number): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return `${s} 秒前`;
  if (s < 3600) return `${Math.floor(s / 60)} 分钟前`;
  return `${Math.floor(s / 3600)} 小时前`;
}
