import { describe, expect, it } from 'vitest';
import { formSchema } from '../../../../src-main/contract/catalog.schema.js';
import { formProblems, shownErrors } from '../../../../src-renderer/form/form-errors.js';

const NOW = new Date('2026-03-15T04:00:00Z');
const form = formSchema.parse({
  title: '测试表',
  fields: [
    { id: 'idNumber', label: '公民身份号码', type: 'idNumber', required: true },
    { id: 'phone', label: '联系电话', type: 'phone', required: true },
    { id: 'eventDate', label: '发生日期', type: 'date' },
    {
      id: 'members',
      label: '家庭成员',
      type: 'group',
      required: true,
      fields: [{ id: 'relation', label: '关系', type: 'choice', required: true, options: ['配偶', '子女'] }],
    },
  ],
});

describe('form errors', () => {
  const values = {
    idNumber: '370302195803120028',
    phone: '1380013800',
    eventDate: '2026-03-16',
    members: [{ relation: '' }],
  };

  it('uses the contract messages, keyed by path', () => {
    expect(Object.fromEntries(formProblems(form, values, NOW))).toEqual({
      idNumber: '公民身份号码校验不通过，请核对每一位数字',
      phone: '联系电话应为11位手机号码',
      eventDate: '发生日期不能晚于今天',
      'members.0.relation': '第1项请填写关系',
    });
    expect(formProblems(form, { ...values, members: [] }, NOW).get('members')).toBe('请至少添加一项家庭成员');
  });

  it('shows only the fields left so far, or all of them when asked', () => {
    const touched = new Set(['phone', 'members.0.relation']);
    expect([...shownErrors(form, values, touched, false, NOW).keys()]).toEqual([
      'phone',
      'members.0.relation',
    ]);
    expect(shownErrors(form, values, new Set(), false, NOW).size).toBe(0);
    expect(shownErrors(form, values, new Set(), true, NOW).size).toBe(4);
  });

  it('drops a message as soon as the value is fixed', () => {
    const fixed = { ...values, phone: '13800138000' };
    expect(shownErrors(form, fixed, new Set(['phone']), false, NOW).has('phone')).toBe(false);
  });
});

describe('form errors with a conditional field', () => {
  const elderCard = formSchema.parse({
    title: '老年人优待证申请表',
    fields: [
      {
        id: 'receiveWay',
        label: '领取方式',
        type: 'choice',
        required: true,
        options: ['窗口领取', '邮寄到家'],
      },
      {
        id: 'mailAddress',
        label: '邮寄地址',
        type: 'address',
        requiredWhen: { field: 'receiveWay', equals: '邮寄到家' },
      },
    ],
  });

  it('shows 请填写邮寄地址 only once 邮寄到家 is chosen', () => {
    expect(formProblems(elderCard, { receiveWay: '窗口领取', mailAddress: '' }, NOW).size).toBe(0);
    expect([...formProblems(elderCard, { receiveWay: '邮寄到家', mailAddress: '' }, NOW)]).toEqual([
      ['mailAddress', '请填写邮寄地址'],
    ]);
  });
});
