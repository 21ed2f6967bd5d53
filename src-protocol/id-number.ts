/**
 * The 18-digit 公民身份号码 (GB 11643): check digit (ISO 7064 MOD 11-2), validation and masks for display.
 * Pure: no Node, no I/O.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits, or null when they are not 17 ASCII digits. */
export function computeCheckDigit(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

export type IdNumberProblem = 'format' | 'checksum';

/** Checks shape (17 digits + digit or X, case-insensitive) and the check digit. */
export function validateIdNumber(id: string): { ok: true } | { ok: false; problem: IdNumberProblem } {
  if (!/^\d{17}[\dXx]$/.test(id)) return { ok: false, problem: 'format' };
  const expected = computeCheckDigit(id.slice(0, 17));
  if (expected !== id.charAt(17).toUpperCase()) return { ok: false, problem: 'checksum' };
  return { ok: true };
}

export function isValidIdNumber(id: string): boolean {
  return validateIdNumber(id).ok;
}

/** Keeps the first and last four characters: '370302199001010021' → '3703**********0021'. */
export function maskIdNumber(id: string): string {
  const chars = Array.from(id);
  if (chars.length <= 8) return '*'.repeat(chars.length);
  return chars.slice(0, 4).join('') + '*'.repeat(chars.length - 8) + chars.slice(-4).join('');
}

/** Keeps the first and last character: '韩红英' → '韩*英', '张三' → '张*', '欧阳娜娜' → '欧**娜'. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0] ?? ''}*`;
  return `${chars[0] ?? ''}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1] ?? ''}`;
}

/** Keeps the first three and last four digits of a mobile number: '13805331234' → '138****1234'. */
export function maskPhone(phone: string): string {
  const chars = Array.from(phone);
  if (chars.length <= 7) return '*'.repeat(chars.length);
  return chars.slice(0, 3).join('') + '*'.repeat(chars.length - 7) + chars.slice(-4).join('');
}
