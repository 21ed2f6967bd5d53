import { describe, expect, it } from 'vitest';
import type { ItemSummary } from '../../../../../src-main/contract/types.js';
import { groupDeclarable } from '../../../../../src-renderer/screens/declare/declare-groups.js';

const item = (id: string): ItemSummary => ({
  id,
  code: id,
  name: id,
  itemType: '公共服务',
  handlingType: '即办件',
  promisedTimeLimit: '即办',
  department: '民政',
  visits: 1,
  declarable: true,
});

describe('grouping the declarable items', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map(item);
  const themes = [
    { name: '社会救助', itemIds: new Set(['a', 'b', 'x']) },
    { name: '养老服务', itemIds: new Set(['b', 'c']) },
  ];

  it('puts the frequent ones first, then each item once under its first theme, the rest last', () => {
    const groups = groupDeclarable(items, themes, ['c', 'zz', 'a']);
    expect(groups.map((g) => [g.title, g.items.map((i) => i.id)])).toEqual([
      ['常办事项', ['c', 'a']],
      ['社会救助', ['a', 'b']],
      ['养老服务', ['c']],
      ['其他事项', ['d', 'e']],
    ]);
  });

  it('has no 常办事项 group when none of the frequent ones can be declared', () => {
    expect(groupDeclarable(items, themes, ['zz'])[0]?.title).toBe('社会救助');
  });
});
