/**
 * Shared pieces of the district protocol (/v1): the route prefix, the submission kinds, the case
 * statuses, and the field schemas several routes use (case and item numbers, dates, ID numbers, phones).
 * Pure: zod only.
 */
import { z } from 'zod';
import { MOBILE_PHONE } from './feedback.js';

/** Path prefix of every route. */
export const PROTOCOL_PREFIX = '/v1';

export const SUBMISSION_KINDS = ['declaration', 'rating', 'complaint', 'appointment', 'help'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** Case statuses in the order a case usually moves through them. */
export const CASE_STATUSES = ['已提交', '已受理', '不予受理', '办理中', '已办结'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** An ISO time with its offset, as every answer carries it. */
export const isoTime = z.string().datetime({ offset: true });
/** Size of a value as UTF-8 JSON, the measure of the protocol's payload limits. */
export const utf8Bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/** Deepest nesting of objects and arrays the protocol accepts in a free-form object (a payload, a health). */
export const MAX_JSON_DEPTH = 64;

/**
 * How deep objects and arrays nest in a JSON value (a scalar 0, `{}` 1, `{"a":[1]}` 2), counted without
 * recursion, so that no input exhausts the stack; the count stops as soon as it passes `limit`.
 */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    const depth = next.depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    const children: unknown[] = Array.isArray(next.value) ? next.value : Object.values(next.value);
    for (const child of children) stack.push({ value: child, depth });
  }
  return deepest;
}

/**
 * A free-form JSON object (`what`: its name in messages) nested at most MAX_JSON_DEPTH deep and at most
 * `maxBytes` as UTF-8 JSON. The depth is checked first: a value too deep is refused with its own message
 * and never serialized (which would overflow the stack).
 */
export function boundedJsonObject(what: string, maxBytes: number, sizeMessage: string) {
  return z
    .record(z.string(), z.unknown(), { message: `${what}应为对象` })
    .refine((value) => jsonDepth(value, MAX_JSON_DEPTH) <= MAX_JSON_DEPTH, {
      message: `${what}嵌套太深（最多 ${MAX_JSON_DEPTH} 层）`,
      abort: true,
    })
    .refine((value) => utf8Bytes(value) <= maxBytes, sizeMessage);
}

export const caseNumberSchema = z.string().regex(/^[A-Z0-9]{4,32}$/, '受理编号格式不对');
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    '日期不存在',
  );
export const slotTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应为 HH:MM');
export const itemIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, '事项编号格式不对');

/** 18-digit resident ID number (last character may be X). */
export const idNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{17}[\dXx]$/, '身份证号应为 18 位')
  .transform((s) => s.toUpperCase());
/** The last four characters of an ID number (digits, the last may be X). */
export const idLast4Schema = z
  .string()
  .trim()
  .regex(/^\d{3}[\dXx]$/, '请输入身份证号后四位')
  .transform((s) => s.toUpperCase());

/** A mainland mobile number, 11 digits. */
export const mobilePhoneSchema = z.string().trim().regex(MOBILE_PHONE, '手机号应为 11 位数字');
