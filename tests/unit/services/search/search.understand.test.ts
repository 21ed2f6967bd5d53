import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { jiebaSegmenter } from '../../../../src-main/services/search/jieba.segmenter.js';
import { createKioskSearchIndex } from '../../../../src-main/services/search/kiosk-search.js';
import { loadLexicon } from '../../../../src-main/services/search/search-lexicon.load.js';
import { understand } from '../../../../src-main/services/search/search.understand.js';
import { addCatalogVocabulary, buildWordIndex } from '../../../../src-main/services/search/search.words.js';

const items: ServiceItem[] = catalogSchema.parse(
  JSON.parse(fs.readFileSync('resources/catalog/demo-catalog.json', 'utf8')),
).items;
const segmenter = jiebaSegmenter();
const lexicon = loadLexicon();
addCatalogVocabulary(items, segmenter, lexicon);
const vocab = buildWordIndex(items, segmenter, lexicon);
const read = (q: string) => understand(q, segmenter, vocab, lexicon);
const alternatives = (q: string, concept = 0) =>
  read(q).concepts[concept]?.alternatives.map((a) => `${a.word}:${a.via}`) ?? [];
const index = createKioskSearchIndex(items);

describe('query understanding', () => {
  it('drops function words and question tails', () => {
    const u = read('低保需要带什么材料');
    for (const w of ['需要', '带', '什么', '材料']) expect(u.dropped.join(' ')).toContain(w);
    expect(u.concepts.map((c) => c.query)).toEqual(['低保']);
  });

  it('knows the catalog vocabulary as whole words', () => {
    expect(read('办残疾证带什么').concepts.map((c) => c.query)).toEqual(['办残疾证']);
    expect(read('五保户申请').concepts[0]!.query).toBe('五保户');
  });

  it('expands everyday words through the thesaurus', () => {
    expect(alternatives('媳妇生孩子登记', 1)).toEqual(expect.arrayContaining(['生育:synonym']));
    expect(read('媳妇生孩子登记').concepts[1]!.query).toBe('生孩子');
    expect(alternatives('农村建房要批吗', 1)).toEqual(expect.arrayContaining(['审批:synonym']));
    expect(alternatives('老人去世了')).toEqual(expect.arrayContaining(['老年人:synonym']));
    expect(alternatives('老人去世了', 1)).toEqual(expect.arrayContaining(['死亡:synonym']));
  });

  it('reads a 汉字 slip by its sound, and full pinyin as words', () => {
    expect(alternatives('养劳金')[0]).toBe('养老金:homophone');
    expect(alternatives('社宝卡补办')).toEqual(expect.arrayContaining(['社保卡:homophone']));
    expect(alternatives('shebaoka diule')).toEqual(expect.arrayContaining(['社保卡丢了:pinyin']));
    expect(alternatives('shebaoka buban')).toEqual(expect.arrayContaining(['社保卡:pinyin']));
    expect(alternatives('yanglaojin')).toEqual(expect.arrayContaining(['养老金:pinyin']));
  });

  it('never takes a right word for a slip of another', () => {
    expect(alternatives('养老金')).toEqual(expect.arrayContaining(['养老金:word']));
    expect(alternatives('养老金').some((a) => a.endsWith(':homophone'))).toBe(false);
  });
});

describe('ranking', () => {
  it('ranks the right 汉字 above the same word reached through its sound', () => {
    const [right] = index.search('养老金', 1);
    const [slip] = index.search('养劳金', 1);
    expect(right!.id).toBe(slip!.id);
    expect(right!.score).toBeGreaterThan(slip!.score);
  });

  it('puts a whole-phrase match in a name or 俗称 first', () => {
    const hits = index.search('吃低保', 3);
    expect(hits[0]).toMatchObject({ id: 'dibao-confirm', field: 'alias', matchedText: '吃低保' });
    expect(hits[0]!.words).toBeUndefined();
  });

  it('explains each word hit: the words that matched, highlighted in the text shown', () => {
    const [hit] = index.search('养劳金怎么领', 1);
    expect(hit!.id).toBe('pension-benefit');
    expect(hit!.words).toEqual(
      expect.arrayContaining([expect.objectContaining({ query: '养劳金', via: 'homophone' })]),
    );
    const marked = hit!.highlights.map(([s, e]) => hit!.matchedText.slice(s, e));
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked)
      expect(hit!.words!.some((w) => w.matched.includes(m) || m.includes(w.matched))).toBe(true);
  });

  it('breaks ties by how often items were viewed at this kiosk', () => {
    const twins = [items[0]!, { ...items[0]!, id: 'twin', code: 'TWIN-1' }];
    const plain = createKioskSearchIndex(twins).search('我想交养老保险 参保', 2);
    expect(plain.map((h) => h.id)).toEqual([items[0]!.id, 'twin']);
    const viewed = createKioskSearchIndex(twins, (id) => (id === 'twin' ? 5 : 0)).search(
      '我想交养老保险 参保',
      2,
    );
    expect(viewed.map((h) => h.id)).toEqual(['twin', items[0]!.id]);
  });
});
