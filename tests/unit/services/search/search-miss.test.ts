import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { storableMissQuery } from '../../../../src-main/services/search/search-miss.privacy.js';
import { recordSearchMiss } from '../../../../src-main/services/search/search-help.service.js';
import { closestCategories } from '../../../../src-main/services/search/search-help.js';
import {
  buildCategories,
  itemsInCategory,
} from '../../../../src-main/services/catalog/catalog.categories.js';
import { openDatabase } from '../../../../src-main/store/database.js';
import { UsageRepository } from '../../../../src-main/store/usage.repository.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('which missed queries may be kept', () => {
  it('keeps everyday questions, cleaned', () => {
    expect(storableMissQuery('  户口迁移  怎么办 ')).toBe('户口迁移 怎么办');
    expect(storableMissQuery('ＱＩＡＮＹＩＨＵＫＯＵ')).toBe('qianyihukou');
    expect(storableMissQuery('sbkbb')).toBe('sbkbb');
  });

  it('never keeps an ID number, a phone number or a card number, however it is typed', () => {
    const id = fc.stringMatching(/^[1-6]\d{16}[\dX]$/);
    const phone = fc.stringMatching(/^1[3-9]\d{9}$/);
    const card = fc.stringMatching(/^62\d{14,17}$/);
    const around = fc.constantFrom('', '我的', '身份证', ' ', '查', '电话');
    fc.assert(
      fc.property(around, fc.oneof(id, phone, card), around, (a, n, b) => {
        expect(storableMissQuery(a + n + b)).toBeUndefined();
        // Spaced out or in full-width digits too.
        expect(storableMissQuery(n.split('').join(' '))).toBeUndefined();
        expect(
          storableMissQuery(n.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
        ).toBeUndefined();
      }),
    );
  });

  it('never keeps what reads as a personal name or an address with a number', () => {
    for (const q of [
      '张三',
      '王秀英',
      '欧阳娜娜',
      'zhangsan',
      'wang xiuying',
      '东河村3组',
      '昆仑路88号',
      'a@b.cn',
    ])
      expect(storableMissQuery(q), q).toBeUndefined();
  });

  it('keeps nothing empty, meaningless or long', () => {
    for (const q of ['', '   ', '😀', '\u0000', '低'.repeat(25)])
      expect(storableMissQuery(q)).toBeUndefined();
  });

  it('writes a kept query to the usage table and nothing at all for a refused one', () => {
    const t = tempDir('search-miss');
    cleanups.push(t.remove);
    const db = openDatabase(path.join(t.dir, 'k.db'));
    cleanups.unshift(() => db.close());
    const usage = new UsageRepository(db);
    expect(recordSearchMiss(usage, '户口迁移')).toEqual({ kept: true });
    expect(recordSearchMiss(usage, '户口迁移 ')).toEqual({ kept: true });
    expect(recordSearchMiss(usage, '370303199001011234')).toEqual({ kept: false });
    expect(recordSearchMiss(usage, '13812345678')).toEqual({ kept: false });
    expect(recordSearchMiss(usage, '李明')).toEqual({ kept: false });
    const misses = usage.searchMisses(new Date(Date.now() - 86_400_000), 10);
    expect(misses.map(({ query, count }) => ({ query, count }))).toEqual([{ query: '户口迁移', count: 2 }]);
    const rows = db.prepare('SELECT item_id FROM usage_events').all() as Array<{ item_id: string }>;
    expect(rows.map((r) => r.item_id)).toEqual(['户口迁移', '户口迁移']);
  });
});

describe('closest categories for a query that found nothing', () => {
  const items = loadDemoCatalog().items;
  const groups = buildCategories(items);
  const of = (id: string) => itemsInCategory(items, id);

  it('offers the categories sharing the rarest 汉字', () => {
    const names = closestCategories('残联的事', groups, of).map((c) => c.name);
    expect(names[0]).toContain('残');
    expect(names.length).toBeLessThanOrEqual(3);
  });

  it('offers nothing for a query without 汉字', () => {
    expect(closestCategories('xyz', groups, of)).toEqual([]);
  });
});
