import { describe, expect, it } from 'vitest';
import { formSchema } from '../../../../src-main/contract/catalog.schema.js';
import type { FormValues } from '../../../../src-main/contract/form-values.js';
import {
  addEntry,
  entryPath,
  parsePath,
  pathAfterRemove,
  pathsAfterRemove,
  readScalar,
  removeEntry,
  writeScalar,
  type GroupFormField,
} from '../../../../src-renderer/form/form-paths.js';

const form = formSchema.parse({
  title: '测试表',
  fields: [
    { id: 'phone', label: '联系电话', type: 'phone' },
    {
      id: 'members',
      label: '家庭成员',
      type: 'group',
      maxItems: 2,
      fields: [
        { id: 'memberName', label: '姓名', type: 'name' },
        { id: 'relation', label: '关系', type: 'choice', options: ['配偶', '子女'] },
      ],
    },
  ],
});
const members = form.fields[1] as GroupFormField;

describe('paths', () => {
  it('parses field and entry paths', () => {
    expect(parsePath('phone')).toEqual({ kind: 'field', fieldId: 'phone' });
    expect(parsePath('members.10.relation')).toEqual({
      kind: 'entry',
      groupId: 'members',
      index: 10,
      fieldId: 'relation',
    });
    expect(entryPath('members', 0, 'relation')).toBe('members.0.relation');
  });

  it('reads and writes scalars at the top and inside entries, without mutating', () => {
    const start: FormValues = { phone: '', members: [{ memberName: '', relation: '' }] };
    const a = writeScalar(start, 'phone', '13800138000');
    const b = writeScalar(a, 'members.0.relation', '配偶');
    expect(readScalar(b, 'phone')).toBe('13800138000');
    expect(readScalar(b, 'members.0.relation')).toBe('配偶');
    expect(start).toEqual({ phone: '', members: [{ memberName: '', relation: '' }] });
    expect(writeScalar(b, 'members.5.relation', '子女')).toBe(b);
    expect(readScalar({}, 'members.0.relation')).toBe('');
    expect(readScalar({}, 'phone')).toBe('');
  });
});

describe('group entries', () => {
  it('adds empty entries up to maxItems', () => {
    const one = addEntry({ phone: '' }, members);
    expect(one.members).toEqual([{ memberName: '', relation: '' }]);
    const two = addEntry(one, members);
    expect(two.members).toHaveLength(2);
    expect(addEntry(two, members)).toBe(two);
  });

  it('removes one entry and moves the later ones up', () => {
    const values: FormValues = {
      members: [
        { memberName: '甲', relation: '' },
        { memberName: '乙', relation: '' },
        { memberName: '丙', relation: '' },
      ],
    };
    expect(removeEntry(values, 'members', 1).members).toEqual([
      { memberName: '甲', relation: '' },
      { memberName: '丙', relation: '' },
    ]);
    expect(removeEntry(values, 'members', 3)).toBe(values);
  });

  it('moves the paths of later entries up and drops those of the removed one', () => {
    expect(pathAfterRemove('members.0.relation', 'members', 1)).toBe('members.0.relation');
    expect(pathAfterRemove('members.1.relation', 'members', 1)).toBeNull();
    expect(pathAfterRemove('members.2.relation', 'members', 1)).toBe('members.1.relation');
    expect(pathAfterRemove('children.2.childName', 'members', 1)).toBe('children.2.childName');
    expect(pathAfterRemove('phone', 'members', 0)).toBe('phone');
    const moved = pathsAfterRemove(
      new Set(['phone', 'members', 'members.0.memberName', 'members.1.memberName', 'members.2.relation']),
      'members',
      1,
    );
    expect([...moved].sort()).toEqual(['members', 'members.0.memberName', 'members.1.relation', 'phone']);
  });
});
