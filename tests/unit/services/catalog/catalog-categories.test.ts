/**
 * The 办事指南 categories: by theme, by 服务对象 and by the hall department that handles an item, with
 * counts that agree with the lists behind them.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { methods } from '../../../../src-main/contract/methods.js';
import {
  buildCategories,
  categoryId,
  itemsInCategory,
} from '../../../../src-main/services/catalog/catalog.categories.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';

const demo = loadDemoCatalog().items;
const base: ServiceItem = demo[0]!;

function item(id: string, fields: Partial<ServiceItem>): ServiceItem {
  return { ...base, id, ...fields };
}

const small: ServiceItem[] = [
  item('dibao', { themes: ['社会救助'], target: '个人', department: '镇民政办', authority: '淄川区民政局' }),
  item('linshi', {
    themes: ['社会救助', '医疗保障'],
    target: '个人',
    department: '镇民政办',
    authority: '淄川区昆仑镇人民政府',
  }),
  item('getihu', {
    themes: ['市场主体'],
    target: '个人及法人',
    department: '镇市场监管所',
    authority: '淄博市淄川区行政审批服务局',
  }),
  item('qiye', {
    themes: ['市场主体'],
    target: '法人',
    department: '镇市场监管所',
    authority: '淄川区市场监管局',
  }),
];

function counts(kind: 'theme' | 'target' | 'department', items: ServiceItem[]): Record<string, number> {
  const group = buildCategories(items).find((g) => g.kind === kind);
  return Object.fromEntries((group?.categories ?? []).map((c) => [c.name, c.count]));
}

describe('catalog categories', () => {
  it('groups by theme, then 服务对象, then department, with Chinese titles', () => {
    expect(buildCategories(small).map((g) => [g.kind, g.title])).toEqual([
      ['theme', '按主题'],
      ['target', '按服务对象'],
      ['department', '按办理部门'],
    ]);
  });

  it('puts an item under each of its themes', () => {
    expect(counts('theme', small)).toEqual({ 社会救助: 2, 医疗保障: 1, 市场主体: 2 });
    expect(itemsInCategory(small, 'theme:医疗保障').map((i) => i.id)).toEqual(['linshi']);
  });

  it('lists a 个人及法人 item under both 个人 and 法人', () => {
    expect(counts('target', small)).toEqual({ 个人: 3, 法人: 2 });
    expect(itemsInCategory(small, 'target:个人').map((i) => i.id)).toEqual(['dibao', 'linshi', 'getihu']);
    expect(itemsInCategory(small, 'target:法人').map((i) => i.id)).toEqual(['getihu', 'qiye']);
    expect(itemsInCategory(small, 'target:个人及法人')).toEqual([]);
  });

  it('groups by the department that handles the item in the hall, not by 实施主体', () => {
    // Two items of 镇民政办 whose 实施主体 differ (区民政局 / 镇政府) are one department category.
    expect(counts('department', small)).toEqual({ 镇民政办: 2, 镇市场监管所: 2 });
    expect(itemsInCategory(small, categoryId('department', '镇民政办')).map((i) => i.id)).toEqual([
      'dibao',
      'linshi',
    ]);
  });

  it('gives ids the contract accepts, and nothing for an unknown category', () => {
    const input = methods['catalog.list'].input;
    for (const c of buildCategories(small).flatMap((g) => g.categories)) {
      expect(c.id).toBe(`${c.kind}:${c.name}`);
      expect(input.safeParse({ categoryId: c.id }).success).toBe(true);
    }
    expect(itemsInCategory(small, 'theme:殡葬服务')).toEqual([]);
    expect(itemsInCategory(small, 'department:淄川区民政局')).toEqual([]);
  });

  it('on the demo catalog: every count matches its list, every item is reachable in every grouping', () => {
    const groups = buildCategories(demo);
    for (const group of groups) {
      const reached = new Set<string>();
      for (const c of group.categories) {
        const listed = itemsInCategory(demo, c.id);
        expect(listed.length, c.id).toBe(c.count);
        expect(c.count, c.id).toBeGreaterThan(0);
        for (const i of listed) reached.add(i.id);
      }
      expect(reached.size, group.kind).toBe(demo.length);
    }
    const departments = groups.find((g) => g.kind === 'department')?.categories ?? [];
    expect(departments.reduce((n, c) => n + c.count, 0)).toBe(demo.length);
    const both = demo.filter((i) => i.target === '个人及法人').length;
    const targets = groups.find((g) => g.kind === 'target')?.categories ?? [];
    expect(targets.reduce((n, c) => n + c.count, 0)).toBe(demo.length + both);
    for (const c of targets) expect(['个人', '法人']).toContain(c.name);
  });
});
