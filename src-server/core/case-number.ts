/**
 * Case numbers (受理编号) and appointment numbers (预约编号): a prefix ("ZC" or "YY" + yyyymmdd in China
 * time), a 6-digit sequence of that day, then a random check part of four capital letters, e.g.
 * "ZC20261125000042KQMP". The sequence keeps numbers short, ordered and gap-free for the back office; the
 * check part makes a number impossible to guess from the ones before it. Letters only (no I, L, O), so
 * where the digits end and the check part starts is plain to read aloud and to type on the kiosk.
 */
import crypto from 'node:crypto';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000; // UTC+8, no daylight saving

export const CHECK_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ';
export const CHECK_LENGTH = 4;

/** Prefix + 6-digit sequence + check part. */
const WITH_CHECK = /^([A-Z]{2}\d{8}\d{6,})([A-Z]{4})$/;

export function casePrefix(at: Date): string {
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  return `ZC${china.toISOString().slice(0, 10).replaceAll('-', '')}`;
}

/** Four letters from CHECK_ALPHABET, uniformly (crypto.randomInt has no modulo bias). */
export function newCheckPart(): string {
  let part = '';
  for (let i = 0; i < CHECK_LENGTH; i++) part += CHECK_ALPHABET[crypto.randomInt(CHECK_ALPHABET.length)];
  return part;
}

/** Whether a number carries a check part (numbers issued before check parts existed do not). */
export function hasCheckPart(number: string): boolean {
  return WITH_CHECK.test(number);
}

/**
 * The number without its check part: the one target that every guess of a check part counts against,
 * so guessing the check part of a known sequence runs into the per-target rate limit.
 */
export function baseNumber(number: string): string {
  return WITH_CHECK.exec(number)?.[1] ?? number;
}
