import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../../src-main/contract/catalog.schema.js';
import { jiebaSegmenter } from '../../../../src-main/services/search/jieba.segmenter.js';
import { createKioskSearchIndex } from '../../../../src-main/services/search/kiosk-search.js';
import { createSearchIndex } from '../../../../src-main/services/search/search.service.js';
import { loadEvalSet, scoreEval } from '../../../../bench/search-eval.js';

const items = catalogSchema.parse(
  JSON.parse(fs.readFileSync('resources/catalog/demo-catalog.json', 'utf8')),
).items;
const set = loadEvalSet();

describe('the search evaluation set', () => {
  it('has at least 250 queries, each naming items of the demo catalog', () => {
    expect(set.length).toBeGreaterThanOrEqual(250);
    const ids = new Set(items.map((i) => i.id));
    for (const q of set) for (const id of q.expected) expect(ids.has(id), `${q.query} → ${id}`).toBe(true);
    expect(new Set(set.map((q) => q.query)).size).toBe(set.length);
  });

  it('is mostly multi-word phrases that are no substring of any name or 俗称', () => {
    const texts = items.flatMap((i) => [i.name, ...i.aliases]);
    const jieba = jiebaSegmenter();
    const phrases = set.filter(
      (q) =>
        !texts.some((t) => t.includes(q.query)) &&
        jieba.cut(q.query).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 2,
    );
    expect(phrases.length / set.length).toBeGreaterThanOrEqual(0.6);
  });
});

describe('search quality on the evaluation set', () => {
  const index = createKioskSearchIndex(items);
  const scores = scoreEval(set, (q) => index.search(q, 10).map((h) => h.id));

  it('puts the right item in the top 3 for at least 95 % of the queries', () => {
    expect(scores.hitAt3, JSON.stringify(scores.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('answers nothing to at most 2 % of the queries', () => {
    expect(scores.zeroResult).toBeLessThanOrEqual(0.02);
  });

  it('beats the phrase-only reading it replaces by a wide margin', () => {
    const phraseOnly = createSearchIndex(items);
    const before = scoreEval(set, (q) => phraseOnly.search(q, 10).map((h) => h.id));
    expect(scores.hitAt3 - before.hitAt3).toBeGreaterThan(0.5);
  });
});
