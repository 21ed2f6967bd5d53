import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema, type ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { jiebaSegmenter } from '../../../../src-main/services/search/jieba.segmenter.js';
import {
  buildIndex,
  key2,
  PhraseIndexer,
  type Tier,
} from '../../../../src-main/services/search/search.index.js';
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

  it('makes each key, at its first query, the list of units a pass over every unit gives', () => {
    const half = demo.slice(0, 40);
    const indexer = new PhraseIndexer(jiebaSegmenter(), 'all');
    const built = indexer.build(half);
    // Lists asked for before a change must not hide the units the change adds.
    expectListsOfEveryUnit(built.tiers);
    const grownIndex = indexer.update(
      demo,
      demo.map((_, i) => i).filter((i) => i >= half.length),
    );
    expectListsOfEveryUnit(grownIndex.tiers);
  });
});

/** What spells unit `g` of a tier (its pinyin for 汉字). */
const spelling = (tier: Tier, g: number): string =>
  String.fromCharCode(...tier.py.subarray(tier.pyOff[g], tier.pyOff[g + 1]));
const letter = (c: string | undefined): number =>
  c !== undefined && c >= 'a' && c <= 'z' ? c.charCodeAt(0) - 0x61 : -1;

/**
 * Every tier's k1 and k2 lists equal those of one pass over its units: k1 under the unit's code point and,
 * for 汉字, the first letter of its pinyin; k2 under its first two letters, and under its first letter with
 * the first letter of the next unit of its text.
 */
function expectListsOfEveryUnit(tiers: readonly Tier[]): void {
  for (const tier of tiers) {
    const k1 = new Map<number, Set<number>>();
    const k2 = new Map<number, Set<number>>();
    const put = (lists: Map<number, Set<number>>, key: number, g: number): void => {
      if (!lists.has(key)) lists.set(key, new Set());
      lists.get(key)!.add(g);
    };
    for (let g = 0; g < tier.lit.length; g++) {
      const spell = spelling(tier, g);
      put(k1, tier.lit[g]!, g);
      if (tier.han[g] === 1) put(k1, spell.charCodeAt(0), g);
      const a = letter(spell[0]);
      if (a < 0) continue;
      if (letter(spell[1]) >= 0) put(k2, key2(a, letter(spell[1])), g);
      const end = tier.textEnd[tier.unitText[g]!]!;
      if (g + 1 < end && letter(spelling(tier, g + 1)[0]) >= 0)
        put(k2, key2(a, letter(spelling(tier, g + 1)[0])), g);
    }
    expect(k1.size).toBeGreaterThan(26);
    for (const [key, units] of k1) expect([...tier.k1.get(key)!], `k1 ${key}`).toEqual([...units]);
    for (let key = 0; key < 26 * 26; key++)
      expect(tier.k2.get(key) && [...tier.k2.get(key)!], `k2 ${key}`).toEqual(
        k2.has(key) ? [...k2.get(key)!] : undefined,
      );
    // Keys no unit is under: none of these texts has them.
    for (const key of [0x1f600, 0x4e02, -1, 26 * 26 + 5]) {
      expect(tier.k1.get(key)).toBeUndefined();
      expect(tier.k2.get(key)).toBeUndefined();
    }
  }
}
