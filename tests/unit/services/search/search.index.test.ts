import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { jiebaSegmenter } from '../../../../src-main/services/search/jieba.segmenter.js';
import { buildIndex, type Tier } from '../../../../src-main/services/search/search.index.js';
import { normalizeChars } from '../../../../src-main/services/search/search.query.js';

const demo: ServiceItem[] = catalogSchema.parse(
  JSON.parse(fs.readFileSync('resources/catalog/demo-catalog.json', 'utf8')),
).items;

/** The units of text `x` of a tier, as laid out: code point, 汉字 read by pinyin, and what spells it. */
function unitsOf(tier: Tier, x: number): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (let g = tier.textFirst[x]!; g < tier.textEnd[x]!; g++)
    out.push([
      tier.lit[g]!,
      tier.han[g]!,
      String.fromCharCode(...tier.py.subarray(tier.pyOff[g], tier.pyOff[g + 1])),
    ]);
  return out;
}

describe('the phrase index', () => {
  it('lays out every text as a tier of that text alone would, when a tier outgrows its first arrays', () => {
    // 600 names of some 20 units each: past the first size of the drafts' units, texts and letters.
    const base = demo[0]!;
    const items = Array.from({ length: 600 }, (_, n) => ({
      ...base,
      id: `g-${n}`,
      name: `${demo[n % demo.length]!.name}第${n}号`,
      aliases: [],
    }));
    const segmenter = jiebaSegmenter();
    const tier = buildIndex(items, segmenter, 'names').tiers[0]!;
    expect(tier.lit.length).toBeGreaterThan(4096);
    expect(tier.py.length).toBeGreaterThan(16384);
    expect(tier.texts.map((t) => t.text)).toEqual(items.map((i) => i.name));
    for (let x = 0; x < items.length; x += 37) {
      const alone = buildIndex([items[x]!], segmenter, 'names').tiers[0]!;
      expect(unitsOf(tier, x), items[x]!.name).toEqual(unitsOf(alone, 0));
      expect(tier.texts[x]!.items).toEqual([x]);
    }
    // The posting lists point at the first unit of each text under its first character.
    for (let x = 0; x < items.length; x++)
      expect(tier.k1.get(tier.lit[tier.textFirst[x]!]!)).toContain(tier.textFirst[x]);
  });

  it('lays out a text read off as it stands and the same units cut from a decorated text alike', () => {
    // The first of each pair is plain (汉字, a-z, 0-9 only); the second has the same units once cut.
    const pairs = [
      ['养老保险待遇领取', '养老保险（待遇）领取'],
      ['重度残疾人护理补贴', '《重度残疾人》 护理补贴'],
      ['2寸照片a4', '２寸照片Ａ4'],
      ['银行卡', '银行·卡'],
      ['王𠮷申请', '王𠮷 申请'],
    ];
    const base = demo[0]!;
    const items = pairs.flat().map((name, i) => ({ ...base, id: `t-${i}`, name, aliases: [] }));
    const tier = buildIndex(items, jiebaSegmenter(), 'names').tiers[0]!;
    const byText = new Map(tier.texts.map((t, x) => [t.text, x]));
    for (const [plain, decorated] of pairs) {
      expect(normalizeChars(decorated!).join('')).toBe(normalizeChars(plain!).join(''));
      const a = unitsOf(tier, byText.get(plain!)!);
      expect(a).toHaveLength(normalizeChars(plain!).length);
      expect(unitsOf(tier, byText.get(decorated!)!), decorated).toEqual(a);
    }
    // 汉字 are spelled by their pinyin, an astral one (𠮷) by 0xffff and its low surrogate.
    const ji = unitsOf(tier, byText.get('王𠮷申请')!)[1]!;
    expect(ji[0]).toBe(0x20bb7);
    expect(ji[1] === 1 ? /^[a-z]+$/u.test(ji[2]) : ji[2] === '\uffff\udfb7').toBe(true);
    expect(unitsOf(tier, byText.get('银行卡')!).map((u) => u[2])).toEqual(['yin', 'hang', 'ka']);
  });
});
