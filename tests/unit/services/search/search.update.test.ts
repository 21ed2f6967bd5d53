import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { createKioskSearchIndex } from '../../../../src-main/services/search/kiosk-search.js';
import { createSearchIndex } from '../../../../src-main/services/search/search.service.js';
import { loadEvalSet, scoreEval } from '../../../../bench/search-eval.js';

const demo: ServiceItem[] = catalogSchema.parse(
  JSON.parse(fs.readFileSync('resources/catalog/demo-catalog.json', 'utf8')),
).items;
const queries = [
  ...loadEvalSet().map((q) => q.query),
  '养老',
  'yanglao',
  'ylbx',
  'yangloa',
  '身份证',
  '新俗称',
  'xinsucheng',
  '护照',
  '宠物登记',
];
const answers = (index: ReturnType<typeof createKioskSearchIndex>) =>
  queries.map((q) => index.search(q, 10).map((h) => `${h.id} ${h.field} ${h.kind} ${h.matchedText}`));

/**
 * An updated index keeps the BM25 length averages of its last full build, so two near-equal word scores
 * may swap places against a fresh build; everything else is the same: the same hits, the same first hit,
 * and the same order for nearly every query.
 */
function expectSameAnswers(updated: string[][], fresh: string[][]): void {
  let reordered = 0;
  updated.forEach((hits, q) => {
    const label = queries[q] as string;
    expect([...hits].sort(), label).toEqual([...(fresh[q] as string[])].sort());
    expect(hits[0], label).toEqual(fresh[q]![0]);
    if (hits.join() !== fresh[q]!.join()) reordered++;
  });
  expect(reordered / queries.length).toBeLessThanOrEqual(0.01);
}

/** A delta the way the catalog service applies one: changed items in place, removed ones gone, new ones last. */
function delta(items: readonly ServiceItem[]): ServiceItem[] {
  const next: ServiceItem[] = [];
  items.forEach((item, i) => {
    if (i % 16 === 3) return; // withdrawn
    if (i % 16 === 5) next.push({ ...item, aliases: [...item.aliases, '新俗称'] });
    else if (i % 16 === 7) next.push({ ...item, name: `${item.name}（新）`, aliases: [] });
    else next.push(item);
  });
  const base = items[0] as ServiceItem;
  next.push({
    ...base,
    id: 'pet-register',
    code: '370302-NEW-000001',
    name: '宠物登记',
    aliases: ['养狗登记'],
  });
  return next;
}

describe('updating the index with a catalog change', () => {
  it('answers every query like an index built afresh on the changed catalog', () => {
    const index = createKioskSearchIndex(demo);
    const next = delta(demo);
    index.update(next);
    expect(index.size).toBe(next.length);
    expectSameAnswers(answers(index), answers(createKioskSearchIndex(next)));
    const scores = scoreEval(loadEvalSet(), (q) => index.search(q, 10).map((h) => h.id));
    const fresh = createKioskSearchIndex(next);
    expect(scores).toEqual(scoreEval(loadEvalSet(), (q) => fresh.search(q, 10).map((h) => h.id)));
    // And a second change on top of the first.
    const again = delta(next);
    index.update(again);
    expectSameAnswers(answers(index), answers(createKioskSearchIndex(again)));
  });

  it('no longer finds a withdrawn item, and finds a new one', () => {
    const index = createKioskSearchIndex(demo);
    const gone = demo[3] as ServiceItem;
    expect(index.search(gone.name, 5).map((h) => h.id)).toContain(gone.id);
    const next = delta(demo);
    index.update(next);
    expect(index.search(gone.name, 20).map((h) => h.id)).not.toContain(gone.id);
    expect(index.search('宠物登记', 5)[0]?.id).toBe('pet-register');
    expect(index.search('养狗', 5)[0]?.id).toBe('pet-register');
  });

  it('rebuilds when the catalog changed its order or most of its items', () => {
    const index = createKioskSearchIndex(demo);
    const reversed = [...demo].reverse();
    index.update(reversed);
    expect(answers(index)).toEqual(answers(createKioskSearchIndex(reversed)));
    const renamed = demo.map((item) => ({ ...item, aliases: [...item.aliases, '新俗称'] }));
    index.update(renamed);
    expect(answers(index)).toEqual(answers(createKioskSearchIndex(renamed)));
  });

  it('keeps the phrase-only index (no segmenter) in step too', () => {
    const index = createSearchIndex(demo);
    const next = delta(demo);
    index.update(next);
    expect(answers(index)).toEqual(answers(createSearchIndex(next)));
  });
});
