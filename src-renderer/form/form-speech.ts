/**
 * What 朗读 reads on the form step: the step's prompt and which fields must be filled (those already read
 * from the ID card said as such). Pure, so the wording is unit-tested; the screen shows the same prompt.
 */
import type { FormSchema } from '../../src-main/contract/catalog.schema.js';

/** The prompt shown above the form (and read first). */
export const FORM_PROMPT =
  '请逐项填写。标有“必填”的项目一定要填，“选填”的可以不填。点一项，在它下方输入或选择。';

/** Read last: how to go on. */
export const FORM_NEXT = '全部填好后，点“填好了，下一步”。';

export function formSpeech(form: FormSchema, prefilled: ReadonlySet<string> = new Set()): string {
  const required = form.fields.filter((f) => f.required);
  const fromCard = required.filter((f) => prefilled.has(f.id)).map((f) => f.label);
  const toFill = required.filter((f) => !prefilled.has(f.id)).map((f) => f.label);
  const parts = [`请填写${form.title}。`, FORM_PROMPT];
  if (required.length === 0) parts.push('本表没有必填项目。');
  else {
    parts.push(`必填的项目有${required.length}项：${required.map((f) => f.label).join('、')}。`);
    if (fromCard.length > 0)
      parts.push(
        `其中${fromCard.join('、')}已从身份证读取，请核对；还需要您填写的是：${toFill.join('、') || '无'}。`,
      );
  }
  parts.push(FORM_NEXT);
  return parts.join('');
}
