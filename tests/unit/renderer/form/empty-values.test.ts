import { describe, expect, it } from 'vitest';
import type { FormSchema } from '../../../../src-main/contract/catalog.schema.js';
import { formSchema } from '../../../../src-main/contract/catalog.schema.js';
import { checkForm } from '../../../../src-main/contract/form-values.js';
import { emptyValues, type CardForPrefill } from '../../../../src-renderer/form/empty-values.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';

const CARD: CardForPrefill = {
  name: '韩红英',
  idNumber: '370302195803120029',
  sex: '女',
  nation: '汉',
  birthDate: '1958-03-12',
  address: '山东省淄博市淄川区昆仑镇磁村128号',
};

const catalog = loadDemoCatalog();
function demoForm(id: string): FormSchema {
  const form = catalog.items.find((item) => item.id === id)?.form;
  if (!form) throw new Error(`demo item ${id} has no form`);
  return form;
}

const form = (fields: unknown[]): FormSchema => formSchema.parse({ title: '测试表', fields });

describe('emptyValues without a card', () => {
  it('leaves every scalar empty, every group without entries and nothing prefilled', () => {
    const { values, prefilled } = emptyValues(demoForm('dibao-confirm'));
    expect(prefilled.size).toBe(0);
    expect(values.members).toEqual([]);
    expect(values.name).toBe('');
    expect(values.phone).toBe('');
    expect(Object.keys(values)).toEqual(demoForm('dibao-confirm').fields.map((f) => f.id));
  });
});

describe('emptyValues with a card', () => {
  it('fills the prefill fields of dibao-confirm from the card', () => {
    const { values, prefilled } = emptyValues(demoForm('dibao-confirm'), CARD);
    expect(values).toMatchObject({
      name: '韩红英',
      idNumber: '370302195803120029',
      sex: '女',
      birthDate: '1958-03-12',
      address: '山东省淄博市淄川区昆仑镇磁村128号',
      phone: '',
      members: [],
    });
    expect([...prefilled].sort()).toEqual(['address', 'birthDate', 'idNumber', 'name', 'sex']);
  });

  it('uses the form field ids, not the card keys (birth-register names them applicant…)', () => {
    const { values, prefilled } = emptyValues(demoForm('birth-register'), CARD);
    expect(values.applicantName).toBe('韩红英');
    expect(values.applicantIdNumber).toBe('370302195803120029');
    expect(prefilled.has('applicantName')).toBe(true);
    expect(prefilled.has('spouseName')).toBe(false);
  });

  it('gives values the contract accepts for every demo form with a form (only the citizen-typed ones missing)', () => {
    for (const item of catalog.items) {
      if (!item.form) continue;
      const { values, prefilled } = emptyValues(item.form, CARD);
      const problems = checkForm(item.form, values, new Date('2026-01-01T00:00:00Z'));
      for (const id of prefilled) expect(problems.find((p) => p.field === id)).toBeUndefined();
    }
  });

  it('fills sex only when the card says 男 or 女 and the field offers it', () => {
    const f = form([
      { id: 'sex', label: '性别', type: 'choice', options: ['男', '女'], prefill: 'sex' },
      { id: 'sex2', label: '性别', type: 'choice', options: ['男性', '女性'], prefill: 'sex' },
    ]);
    expect(emptyValues(f, { ...CARD, sex: '男' }).values).toEqual({ sex: '男', sex2: '' });
    const unknown = emptyValues(f, { ...CARD, sex: '未知' });
    expect(unknown.values.sex).toBe('');
    expect(unknown.prefilled.has('sex')).toBe(false);
  });

  it('writes 民族 as 汉族 in a text field and picks either spelling among choices', () => {
    const f = form([
      { id: 'nation', label: '民族', type: 'text', prefill: 'nation' },
      {
        id: 'nationChoice',
        label: '民族',
        type: 'choice',
        options: ['汉族', '回族', '其他'],
        prefill: 'nation',
      },
    ]);
    expect(emptyValues(f, CARD).values).toEqual({ nation: '汉族', nationChoice: '汉族' });
    expect(emptyValues(f, { ...CARD, nation: '其他' }).values).toEqual({
      nation: '其他',
      nationChoice: '其他',
    });
    const none = emptyValues(f, { ...CARD, nation: undefined });
    expect(none.values).toEqual({ nation: '', nationChoice: '' });
    expect(none.prefilled.size).toBe(0);
  });

  it('takes YYYYMMDD birth dates and refuses what is not a date', () => {
    const f = form([{ id: 'birthDate', label: '出生日期', type: 'date', prefill: 'birthDate' }]);
    expect(emptyValues(f, { ...CARD, birthDate: '19580312' }).values.birthDate).toBe('1958-03-12');
    const bad = emptyValues(f, { ...CARD, birthDate: '1958-02-30' });
    expect(bad.values.birthDate).toBe('');
    expect(bad.prefilled.size).toBe(0);
  });

  it('fills what a typed-in identity has (name and ID number only)', () => {
    const { values, prefilled } = emptyValues(demoForm('pension-enroll'), {
      name: '张三',
      idNumber: '370302199001010029',
    });
    expect(values.name).toBe('张三');
    expect(values.idNumber).toBe('370302199001010029');
    expect(values.sex).toBe('');
    expect([...prefilled].sort()).toEqual(['idNumber', 'name']);
  });

  it('trims card padding and leaves blank card items unfilled', () => {
    const f = form([
      { id: 'name', label: '姓名', type: 'name', prefill: 'name' },
      { id: 'address', label: '地址', type: 'address', prefill: 'address' },
    ]);
    const { values, prefilled } = emptyValues(f, { ...CARD, name: ' 韩红英 ', address: '   ' });
    expect(values).toEqual({ name: '韩红英', address: '' });
    expect([...prefilled]).toEqual(['name']);
  });
});
