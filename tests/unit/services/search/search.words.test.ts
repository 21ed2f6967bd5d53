import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { jiebaSegmenter } from '../../../../src-main/services/search/jieba.segmenter.js';
import { EMPTY_LEXICON } from '../../../../src-main/services/search/search.lexicon.js';
import { segmentMemo } from '../../../../src-main/services/search/search.segment-memo.js';
import { buildWordIndex, postingOf } from '../../../../src-main/services/search/search.words.js';

const base: ServiceItem = catalogSchema.parse(
  JSON.parse(fs.readFileSync('resources/catalog/demo-catalog.json', 'utf8')),
).items[0]!;

/**
 * `count` items whose only texts of their own are 俗称 made of `keys` and the item's number (`qx1a`):
 * words no other item has, each cut whole.
 */
function aliasCatalog(count: number, keys: readonly string[]) {
  const words = (n: number): string[] => keys.map((k) => `${k}${n.toString(36)}`);
  const items: ServiceItem[] = Array.from({ length: count }, (_, n) => ({
    ...base,
    id: `w-${n}`,
    aliases: words(n),
    materials: [],
    conditions: [],
    faq: [],
  }));
  return { items, words };
}

describe('the word index', () => {
  it('keeps every word of every item when the catalog has more words than its arrays first hold', () => {
    // Words of their own in each item's three 俗称: over 4,096 words, so the per-term arrays grow while
    // an item's words are being collected (after its first 俗称, or its second).
    const { items, words } = aliasCatalog(2000, ['qx', 'zv', 'jw']);
    const index = buildWordIndex(items, segmentMemo(jiebaSegmenter()), EMPTY_LEXICON);
    expect(index.terms.length).toBeGreaterThan(4096);
    const missing: string[] = [];
    for (let n = 0; n < items.length; n++)
      for (const w of words(n)) {
        const term = index.termId.get(w);
        if (term === undefined || postingOf(index, term, n) < 0) missing.push(`${w} in item ${n}`);
      }
    expect(missing).toEqual([]);
  });

  it('keeps every text of every item when the catalog has more texts than its flat arrays first hold', () => {
    // Twelve 俗称 of their own per item: some 18,000 texts, terms and item texts, past the first size of
    // each flat array of the build (entries, their terms, the items' lists of entries).
    const keys = ['qx', 'zv', 'jw', 'kq', 'xm', 'pb', 'fd', 'ht', 'lc', 'ry', 'sg', 'wn'];
    const { items, words } = aliasCatalog(1500, keys);
    const index = buildWordIndex(items, segmentMemo(jiebaSegmenter()), EMPTY_LEXICON);
    expect(index.terms.length).toBeGreaterThan(16384);
    const wrong: string[] = [];
    for (let n = 0; n < items.length; n++)
      for (const w of words(n)) {
        const term = index.termId.get(w);
        const at = term === undefined ? -1 : postingOf(index, term, n);
        // One item each, found as a 俗称.
        if (
          at < 0 ||
          index.postFirst[term! + 1]! - index.postFirst[term!]! !== 1 ||
          index.postField[at] !== 1
        )
          wrong.push(`${w} in item ${n}`);
      }
    expect(wrong).toEqual([]);
  });
});
