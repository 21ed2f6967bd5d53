import { describe, expect, it } from 'vitest';
import type { FormSchema } from '../../../src-main/contract/catalog.schema.js';
import { formSchema } from '../../../src-main/contract/catalog.schema.js';
import { checkForm } from '../../../src-main/contract/form-values.js';

const form: FormSchema = formSchema.parse({
  title: '测试申请表',
  fields: [
    { id: 'name', label: '姓名', type: 'name', required: true, prefill: 'name' },
    { id: 'idNumber', label: '身份证号码', type: 'idNumber', required: true, prefill: 'idNumber' },
    { id: 'phone', label: '联系电话', type: 'phone', required: true },
    { id: 'birth', label: '出生日期', type: 'date' },
    { id: 'people', label: '家庭人口', type: 'number', min: 1, max: 20 },
    { id: 'grade', label: '缴费档次', type: 'choice', options: ['300元', '500元'] },
    {
      id: 'members',
      label: '家庭成员',
      type: 'group',
      fields: [
        { id: 'name', label: '姓名', type: 'name', required: true },
        { id: 'idNumber', label: '身份证号码', type: 'idNumber', required: true },
      ],
    },
  ],
});

const NOW = new Date('2026-11-25T04:00:00Z');
const good = { name: '韩红英', idNumber: '370302199001010029', phone: '13805331234' };

describe('form values', () => {
  it('accepts a complete form', () => {
    expect(checkForm(form, { ...good, birth: '1990-01-01', people: '3', grade: '300元' }, NOW)).toEqual([]);
  });

  it('names each bad field with a Chinese message', () => {
    const problems = checkForm(
      form,
      {
        name: '',
        idNumber: '370302199001010021',
        phone: '1380533',
        birth: '2027-01-01',
        people: '0',
        grade: '800元',
      },
      NOW,
    );
    expect(problems).toEqual([
      { field: 'name', message: '请填写姓名' },
      { field: 'idNumber', message: '身份证号码校验不通过，请核对每一位数字' },
      { field: 'phone', message: '联系电话应为11位手机号码' },
      { field: 'birth', message: '出生日期不能晚于今天' },
      { field: 'people', message: '家庭人口不能小于1' },
      { field: 'grade', message: '请从选项中选择缴费档次' },
    ]);
  });

  it('checks every entry of a repeatable group, and refuses unknown fields', () => {
    const problems = checkForm(
      form,
      {
        ...good,
        members: [
          { name: '韩大山', idNumber: '370302196501010010' },
          { name: '', idNumber: '1' },
        ],
        extra: 'x',
      },
      NOW,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'extra',
      'members.0.idNumber',
      'members.1.name',
      'members.1.idNumber',
    ]);
    expect(problems[2]?.message).toBe('第2项请填写姓名');
  });

  it('refuses impossible dates', () => {
    expect(checkForm(form, { ...good, birth: '1990-02-30' }, NOW)[0]?.message).toBe('出生日期不是有效的日期');
  });
});

describe('dates that may lie ahead', () => {
  const withFuture: FormSchema = formSchema.parse({
    title: '生育登记',
    fields: [{ id: 'expectedDate', label: '预产期', type: 'date', allowFuture: true }],
  });
  it('accepts a 预产期 after today, up to two years ahead', () => {
    expect(checkForm(withFuture, { expectedDate: '2027-03-01' }, NOW)).toEqual([]);
    expect(checkForm(withFuture, { expectedDate: '2029-01-01' }, NOW)[0]?.message).toBe(
      '预产期不能晚于两年以后',
    );
  });
});
