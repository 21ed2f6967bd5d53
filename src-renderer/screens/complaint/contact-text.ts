/** How the chosen contact reads on the review and in speech (the phone masked). */
import { maskPhone } from '../../../src-main/contract/id-number.js';

export function contactText(anonymous: boolean, phone: string): string {
  if (anonymous) return '匿名提交（不答复）';
  return phone ? `${maskPhone(phone)}（电话答复）` : '未留电话（不答复）';
}
