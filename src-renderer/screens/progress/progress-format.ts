/** How times read on the 进度查询 screen: the hall's (China) time, in words a citizen reads aloud easily. */
import { chinaTime } from '../../app/china-time.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2025年3月4日 14:05", or null for a missing or unreadable time. */
export function formatAt(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const t = chinaTime(d);
  return `${t.year}年${t.month}月${t.day}日 ${pad(t.hours)}:${pad(t.minutes)}`;
}

/** A number spelled out one character at a time, so speech does not read it as one huge number. */
export function spelled(text: string): string {
  return text.split('').join(' ');
}
