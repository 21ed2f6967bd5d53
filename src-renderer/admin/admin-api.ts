/** How the admin screens show a failed call (from `unwrap`) and a time. */
import { ApiFailure } from '../api/client.js';
import { chinaTime as hallTime } from '../app/china-time.js';

/** A failure as the screens show it. */
export type FormError = { field?: string; message: string } | null;

export function formError(error: unknown): NonNullable<FormError> {
  if (error instanceof ApiFailure)
    return error.field ? { field: error.field, message: error.message } : { message: error.message };
  return { message: error instanceof Error ? error.message : '操作失败，请重试。' };
}

/** 2026-11-29T10:05:00Z → "11月29日 18:05" (China time). */
export function chinaTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const t = hallTime(at);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${t.month}月${t.day}日 ${p(t.hours)}:${p(t.minutes)}`;
}
