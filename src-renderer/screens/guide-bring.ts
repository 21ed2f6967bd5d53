/**
 * The guide's 带什么 checklist: what to bring, in plain words. An ID card whose copy is fetched through
 * data sharing (免提交) still has to be shown, so it reads "带身份证给工作人员看" — never "no need for
 * your ID". Pure.
 */
import type { ServiceItem } from '../../src-main/contract/catalog.schema.js';

export const SHOW_ID_CARD = '带身份证给工作人员看（不用交复印件）';

const isIdCard = (name: string): boolean => /身份证/.test(name);

export function bringList(materials: ServiceItem['materials']): string[] {
  const lines: string[] = [];
  if (materials.some((m) => m.sharedExempt && isIdCard(m.name))) lines.push(SHOW_ID_CARD);
  for (const m of materials) if (!m.sharedExempt) lines.push(`${m.name}（${m.form} ${m.copies} 份）`);
  return lines;
}

/** How an exempt material reads in the full list. */
export function exemptNote(name: string): string {
  return isIdCard(name)
    ? '不用交复印件（部门间数据共享获取），带身份证给工作人员看'
    : '无需提供（部门间数据共享获取）';
}
