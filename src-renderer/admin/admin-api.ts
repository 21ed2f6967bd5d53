/** Calls for the admin screens: a failure keeps its code and the field the core named. */
import type { Result } from '../../src-main/contract/result.js';

export class AdminFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field: string | undefined,
  ) {
    super(message);
  }
}

export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new AdminFailure(result.error.message, result.error.code, result.error.field);
}

/** A failure as the screens show it. */
export type FormError = { field?: string; message: string } | null;

export function formError(error: unknown): NonNullable<FormError> {
  if (error instanceof AdminFailure)
    return error.field ? { field: error.field, message: error.message } : { message: error.message };
  return { message: error instanceof Error ? error.message : '操作失败，请重试。' };
}

/** 2026-11-29T10:05:00Z → "11月29日 18:05" (China time). */
export function chinaTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
