/** 朗读 on the form step: the prompt, then which fields must be filled (and which the ID card filled). */
import { describe, expect, it } from 'vitest';
import { formSchema, type FormSchema } from '../../../../src-main/contract/catalog.schema.js';
import { FORM_NEXT, FORM_PROMPT, formSpeech } from '../../../../src-renderer/form/form-speech.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';

const elderCard = loadDemoCatalog().items.find((i) => i.id === 'elder-card')?.form as FormSchema;
const form = (fields: unknown[]): FormSchema => formSchema.parse({ title: '测试表', fields });

describe('formSpeech', () => {
  it('reads the prompt and every required field, in form order, and how to go on', () => {
    const text = formSpeech(elderCard);
    expect(text.startsWith('请填写老年人优待证申请表。')).toBe(true);
    expect(text).toContain(FORM_PROMPT);
    expect(text).toContain('必填的项目有4项：申请人姓名、公民身份号码、联系电话、领取方式。');
    expect(text).not.toContain('紧急联系人');
    expect(text.endsWith(FORM_NEXT)).toBe(true);
  });

  it('says which required fields the ID card filled and which are left', () => {
    const text = formSpeech(elderCard, new Set(['applicantName', 'applicantIdNumber', 'address']));
    expect(text).toContain(
      '其中申请人姓名、公民身份号码已从身份证读取，请核对；还需要您填写的是：联系电话、领取方式。',
    );
  });

  it('names a required group by its label, and says so when nothing is required', () => {
    const withGroup = form([
      { id: 'phone', label: '联系电话', type: 'phone', required: true },
      {
        id: 'members',
        label: '家庭成员',
        type: 'group',
        required: true,
        fields: [{ id: 'name', label: '姓名', type: 'name', required: true }],
      },
      { id: 'note', label: '备注', type: 'longtext' },
    ]);
    expect(formSpeech(withGroup)).toContain('必填的项目有2项：联系电话、家庭成员。');
    expect(formSpeech(form([{ id: 'note', label: '备注', type: 'longtext' }]))).toContain(
      '本表没有必填项目。',
    );
  });
});
