import { describe, expect, it } from 'vitest';
import type { FormSchema } from '../../../src-main/contract/catalog.schema.js';
import { formSchema } from '../../../src-main/contract/catalog.schema.js';
import {
  checkForm,
  isFormPath,
  isRequired,
  resolveRequired,
} from '../../../src-main/contract/form-values.js';

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

  it('refuses a list, a number or null where one answer belongs, even in a field that may stay empty', () => {
    const problems = checkForm(form, { ...good, birth: [], people: 3, grade: null, members: 'x' }, NOW);
    expect(problems).toEqual([
      { field: 'birth', message: '出生日期格式不对' },
      { field: 'people', message: '家庭人口格式不对' },
      { field: 'grade', message: '缴费档次格式不对' },
      { field: 'members', message: '家庭成员格式不对' },
    ]);
    // The same inside a group's row.
    expect(
      checkForm(form, { ...good, members: [{ name: ['韩大山'], idNumber: '370302199001010029' }] }, NOW),
    ).toEqual([{ field: 'members.0.name', message: '第1项姓名格式不对' }]);
    // A 样表 with a list where one answer belongs is refused with the catalog.
    const sample = { ...good, birth: [] };
    expect(formSchema.safeParse({ title: form.title, fields: form.fields, sample }).success).toBe(false);
  });

  it('tells the form’s own places from keys the client chose', () => {
    const paths = checkForm(form, { ...good, members: [{ name: '' }], '370302199001010021': 'x' }, NOW).map(
      (p) => p.field,
    );
    expect(paths).toEqual(['370302199001010021', 'members.0.name', 'members.0.idNumber']);
    expect(paths.map((p) => isFormPath(form, p))).toEqual([false, true, true]);
    expect(isFormPath(form, 'phone')).toBe(true);
    for (const chosen of [
      'members.0.370302199001010021',
      'members.x.name',
      'members.0.name.1',
      'phone.0.name',
    ])
      expect(isFormPath(form, chosen)).toBe(false);
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

describe('conditional required fields (requiredWhen)', () => {
  const receive = formSchema.parse({
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
      { id: 'farmerType', label: '投保人类型', type: 'choice', options: ['普通农户', '家庭农场', '合作社'] },
      {
        id: 'orgName',
        label: '农场或合作社名称',
        type: 'text',
        requiredWhen: { field: 'farmerType', equals: ['家庭农场', '合作社'] },
      },
      {
        id: 'members',
        label: '家庭成员',
        type: 'group',
        requiredWhen: { field: 'farmerType', equals: '家庭农场' },
        fields: [{ id: 'name', label: '姓名', type: 'name', required: true }],
      },
    ],
  });

  it('asks for the address only when 邮寄到家 was chosen', () => {
    expect(checkForm(receive, { receiveWay: '窗口领取' }, NOW)).toEqual([]);
    expect(checkForm(receive, { receiveWay: '邮寄到家' }, NOW)).toEqual([
      { field: 'mailAddress', message: '请填写邮寄地址' },
    ]);
    expect(checkForm(receive, { receiveWay: '邮寄到家', mailAddress: '  ' }, NOW)).toEqual([
      { field: 'mailAddress', message: '请填写邮寄地址' },
    ]);
    expect(checkForm(receive, { receiveWay: '邮寄到家', mailAddress: '昆仑镇昆仑村123号' }, NOW)).toEqual([]);
    // Still checked like any field when filled without being required.
    expect(checkForm(receive, { receiveWay: '窗口领取', mailAddress: '址'.repeat(121) }, NOW)).toEqual([
      { field: 'mailAddress', message: '邮寄地址不能超过120个字' },
    ]);
  });

  it('takes a list of answers, and applies to a repeatable group', () => {
    expect(checkForm(receive, { receiveWay: '窗口领取', farmerType: '普通农户' }, NOW)).toEqual([]);
    expect(checkForm(receive, { receiveWay: '窗口领取', farmerType: '合作社' }, NOW)).toEqual([
      { field: 'orgName', message: '请填写农场或合作社名称' },
    ]);
    expect(
      checkForm(receive, { receiveWay: '窗口领取', farmerType: '家庭农场', orgName: '洪山家庭农场' }, NOW),
    ).toEqual([{ field: 'members', message: '请至少添加一项家庭成员' }]);
  });

  it('resolves required for the screen, leaving a form without conditions as it is', () => {
    expect(resolveRequired(form, {})).toBe(form);
    const mail = (values: Record<string, unknown>) =>
      resolveRequired(receive, values).fields.find((f) => f.id === 'mailAddress')?.required;
    expect(mail({ receiveWay: '邮寄到家' })).toBe(true);
    expect(mail({ receiveWay: '窗口领取' })).toBe(false);
    expect(mail({})).toBe(false);
    expect(isRequired(receive.fields[0]!, {})).toBe(true);
  });

  it('refuses a condition on an unknown, group or own field, an answer not among the options, and required: true besides', () => {
    const problems = (fields: unknown[]) => {
      const parsed = formSchema.safeParse({ title: '表', fields });
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    const choice = { id: 'way', label: '方式', type: 'choice', options: ['甲', '乙'] };
    expect(
      problems([
        choice,
        { id: 'a', label: 'A', type: 'text', requiredWhen: { field: 'nope', equals: '甲' } },
      ]),
    ).toEqual(['fields.1.requiredWhen.field: requiredWhen 所依据的字段"nope"应为本表单中另一个非分组字段']);
    expect(
      problems([choice, { id: 'a', label: 'A', type: 'text', requiredWhen: { field: 'a', equals: '甲' } }]),
    ).toHaveLength(1);
    expect(
      problems([choice, { id: 'a', label: 'A', type: 'text', requiredWhen: { field: 'way', equals: '丙' } }]),
    ).toEqual(['fields.1.requiredWhen.equals: "丙"不是"方式"的选项']);
    expect(
      problems([
        choice,
        { id: 'a', label: 'A', type: 'text', required: true, requiredWhen: { field: 'way', equals: '甲' } },
      ]),
    ).toEqual(['fields.1.requiredWhen: 已设 required: true 的字段不能再设 requiredWhen']);
    expect(
      problems([
        choice,
        {
          id: 'g',
          label: 'G',
          type: 'group',
          fields: [{ id: 'x', label: 'X', type: 'text', requiredWhen: { field: 'way', equals: '甲' } }],
        },
      ]),
    ).toEqual(['fields.1.fields.0.requiredWhen: 分组内的字段不能使用 requiredWhen']);
    const group = { id: 'g', label: 'G', type: 'group', fields: [{ id: 'x', label: 'X', type: 'text' }] };
    expect(
      problems([group, { id: 'a', label: 'A', type: 'text', requiredWhen: { field: 'g', equals: '甲' } }]),
    ).toHaveLength(1);
  });
});
