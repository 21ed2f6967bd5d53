/** A mainland mobile number as typed on the keypad: what is still wrong with it, and how to show it. */
import { MOBILE_PHONE } from '../../src-main/contract/feedback.js';

export const PHONE_LENGTH = 11;

/** What is still wrong with a partly typed mobile number, or null when nothing is (yet). */
export function phoneProblem(phone: string): string | null {
  if (phone.length === 0) return null;
  if (!phone.startsWith('1')) return '手机号码以数字 1 开头，请核对';
  if (phone.length < PHONE_LENGTH) return `还需输入 ${PHONE_LENGTH - phone.length} 位`;
  return MOBILE_PHONE.test(phone) ? null : '这个号码不像手机号码，请核对每一位';
}

export function isMobilePhone(phone: string): boolean {
  return MOBILE_PHONE.test(phone);
}

/** 13805331234 → "138 0533 1234" (any prefix of it too). */
export function groupPhone(phone: string): string {
  return [phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)].filter(Boolean).join(' ');
}
