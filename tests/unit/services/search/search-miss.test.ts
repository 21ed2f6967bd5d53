import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { storableMissQuery } from '../../../../src-main/services/search/search-miss.privacy.js';
import { recordSearchMiss } from '../../../../src-main/services/search/search-help.service.js';
import { jiebaTagger } from '../../../../src-main/services/search/jieba.segmenter.js';
import { closestCategories } from '../../../../src-main/services/search/search-help.js';
import {
  buildCategories,
  itemsInCategory,
} from '../../../../src-main/services/catalog/catalog.categories.js';
import { openDatabase } from '../../../../src-main/store/database.js';
import { UsageRepository } from '../../../../src-main/store/usage.repository.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';
import { seededRandom } from '../../../helpers/seeded-random.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
/** The kiosk's own tagger (jieba), as the handler passes it. */
const tag = jiebaTagger();

describe('which missed queries may be kept', () => {
  it('keeps everyday questions, cleaned', () => {
    expect(storableMissQuery('  户口迁移  怎么办 ', tag)).toBe('户口迁移 怎么办');
    expect(storableMissQuery('ＱＩＡＮＹＩＨＵＫＯＵ', tag)).toBe('qianyihukou');
    expect(storableMissQuery('sbkbb', tag)).toBe('sbkbb');
  });

  it('never keeps an ID number, a phone number or a card number, however it is typed', () => {
    const id = fc.stringMatching(/^[1-6]\d{16}[\dX]$/);
    const phone = fc.stringMatching(/^1[3-9]\d{9}$/);
    const card = fc.stringMatching(/^62\d{14,17}$/);
    const around = fc.constantFrom('', '我的', '身份证', ' ', '查', '电话');
    fc.assert(
      fc.property(around, fc.oneof(id, phone, card), around, (a, n, b) => {
        expect(storableMissQuery(a + n + b, tag)).toBeUndefined();
        // Spaced out or in full-width digits too.
        expect(storableMissQuery(n.split('').join(' '), tag)).toBeUndefined();
        expect(
          storableMissQuery(
            n.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
            tag,
          ),
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
      expect(storableMissQuery(q, tag), q).toBeUndefined();
  });

  it('never keeps a query that holds a name, wherever it stands in it', () => {
    for (const q of [
      '查韩红英',
      '韩红英 zhanghao',
      '韩红英的社保卡号',
      '帮我查一下韩红英的进度',
      '我叫韩红英',
      '张三丰家',
      '李建国的低保',
      '陈建华低保',
      '查韩大山的低保',
      '仝卫东',
      '乜小红',
      '东郭敏',
      '刘大爷',
      'john smith',
      '王秀英离婚',
      '张建国护照',
      'wangxiuying lihun',
      '查wangxiuying',
    ])
      expect(storableMissQuery(q, tag), q).toBeUndefined();
  });

  it('still keeps the everyday questions a hall wants to see', () => {
    for (const q of [
      '户口迁移 怎么办',
      '农村建房要批吗',
      '媳妇生孩子登记',
      '低保和五保',
      '五保户申请',
      '高龄补贴',
      '养劳金',
      '社保卡补办要多久',
      '宅基地',
      '老伴去世了',
      '林地确权',
      'shebaoka buban',
    ])
      expect(storableMissQuery(q, tag), q).toBe(q);
  });

  it('refuses names drawn at random inside everyday questions, and keeps the eval set’s questions', () => {
    // Common surnames and first-name characters, drawn independently of the lists the rule uses.
    const surnames = Array.from(
      '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋',
    );
    const given = Array.from('红英秀兰建国华明丽芳军伟强桂珍玉海平春梅德福志刚淑敏静凤霞云娟文林成大小');
    const templates = [
      '查{}',
      '{}的低保',
      '帮{}办社保卡',
      '{}家',
      '{}的进度',
      '我是{}',
      '{}养老金',
      '给{}预约',
    ];
    const random = seededRandom(14);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const kept: string[] = [];
    const n = 2000;
    for (let i = 0; i < n; i++) {
      const name = pick(surnames) + pick(given) + (random() < 0.6 ? pick(given) : '');
      const q = pick(templates).replace('{}', name);
      if (storableMissQuery(q, tag) !== undefined) kept.push(q);
    }
    // Measured 0.7 %: names that are also words of the dictionary (金志, 程志).
    expect(kept.length / n, kept.slice(0, 20).join(' ')).toBeLessThan(0.02);
    const questions = fs
      .readFileSync(path.resolve('tests/fixtures/search-eval.tsv'), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t')[0]!);
    const refused = questions.filter((q) => storableMissQuery(q, tag) === undefined);
    // Measured 2 of 326: 卖杨树要办采伐证 (杨树 is tagged a name), yanglaojin (read as a name's pinyin).
    expect(refused.length / questions.length, refused.join(' ')).toBeLessThan(0.01);
  });

  it('keeps nothing empty, meaningless or long', () => {
    for (const q of ['', '   ', '😀', '\u0000', '低'.repeat(25)])
      expect(storableMissQuery(q, tag)).toBeUndefined();
  });

  it('writes a kept query to the usage table and nothing at all for a refused one', () => {
    const t = tempDir('search-miss');
    cleanups.push(t.remove);
    const db = openDatabase(path.join(t.dir, 'k.db'));
    cleanups.unshift(() => db.close());
    const usage = new UsageRepository(db);
    expect(recordSearchMiss(usage, '户口迁移', tag)).toEqual({ kept: true });
    expect(recordSearchMiss(usage, '户口迁移 ', tag)).toEqual({ kept: true });
    expect(recordSearchMiss(usage, '370303199001011234', tag)).toEqual({ kept: false });
    expect(recordSearchMiss(usage, '13812345678', tag)).toEqual({ kept: false });
    expect(recordSearchMiss(usage, '李明', tag)).toEqual({ kept: false });
    const misses = usage.searchMisses(new Date(Date.now() - 86_400_000), 10);
    expect(misses.map(({ query, count }) => ({ query, count }))).toEqual([{ query: '户口迁移', count: 2 }]);
    const rows = db.prepare('SELECT item_id FROM usage_events').all() as Array<{ item_id: string }>;
    expect(rows.map((r) => r.item_id)).toEqual(['户口迁移', '户口迁移']);
    // Forgotten once old: only the misses, the other counts stay.
    usage.record('search.miss', '宅基地', new Date('2026-01-01T00:00:00Z'));
    usage.record('guide.view', 'dibao-confirm', new Date('2026-01-01T00:00:00Z'));
    expect(usage.forgetSearchMisses(new Date('2026-02-01T00:00:00Z'))).toBe(1);
    const left = db.prepare('SELECT kind, item_id FROM usage_events ORDER BY id').all();
    expect(left).toEqual([
      { kind: 'search.miss', item_id: '户口迁移' },
      { kind: 'search.miss', item_id: '户口迁移' },
      { kind: 'guide.view', item_id: 'dibao-confirm' },
    ]);
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
