import { describe, expect, it } from 'vitest';
import {
  allCandidates,
  candidates,
  convertAll,
  formatComposition,
  normalizeLetters,
  segment,
} from '../../../../src-renderer/keyboard/pinyin-engine.js';
import { SYLLABLES, charsOf } from '../../../../src-renderer/keyboard/pinyin-data.js';
import { LEVEL_ONE_CHARACTERS } from '../../../../src-renderer/keyboard/common-words.generated.js';
import { GIVEN_NAME_CHARACTERS, SURNAMES } from '../../../../src-renderer/keyboard/name-characters.js';

const texts = (pinyin: string, n = 40) =>
  allCandidates(pinyin)
    .slice(0, n)
    .map((c) => c.text);

describe('pinyin data (simple-keyboard-layouts chinese)', () => {
  it('loads the syllable table with characters in frequency order', () => {
    expect(SYLLABLES.size).toBeGreaterThan(390);
    expect(SYLLABLES.has('zhuang')).toBe(true);
    expect(SYLLABLES.has('lv')).toBe(true);
    expect(charsOf('cun')[0]).toBe('村');
    expect(charsOf('no-such-syllable')).toEqual([]);
  });
});

describe('segment', () => {
  it('splits multi-syllable pinyin into the fewest syllables, longer first', () => {
    expect(segment('hanhongying')?.parts).toEqual(['han', 'hong', 'ying']);
    expect(segment('kunlunzhen')?.parts).toEqual(['kun', 'lun', 'zhen']);
    expect(segment('xian')?.parts).toEqual(['xian']);
    expect(segment('fangan')?.parts).toEqual(['fang', 'an']);
  });

  it('allows an unfinished last syllable only', () => {
    expect(segment('kunl')).toEqual({ parts: ['kun', 'l'], partialTail: true });
    expect(segment('zh')).toEqual({ parts: ['zh'], partialTail: true });
    expect(segment('han')).toEqual({ parts: ['han'], partialTail: false });
    expect(segment('sfz')).toBeNull();
    expect(segment('v')).toBeNull();
  });

  it('shows the composition as spaced syllables', () => {
    expect(formatComposition('hanhongying')).toBe('han hong ying');
    expect(formatComposition('sfz')).toBe('sfz');
  });

  it('normalizes to lower-case letters, ü as v', () => {
    expect(normalizeLetters('LÜ 1-x')).toBe('lvx');
  });
});

describe('candidates', () => {
  it('"han" gives its characters in the library frequency order: 汉 before 韩 before 含', () => {
    const list = texts('han');
    const [han, hanSurname, hanContain] = [list.indexOf('汉'), list.indexOf('韩'), list.indexOf('含')];
    expect(han).toBeGreaterThanOrEqual(0);
    expect(han).toBeLessThan(hanSurname);
    expect(hanSurname).toBeLessThan(hanContain);
    // 韩 (a common surname) is on the first page of 8.
    expect(candidates('han', 0, 8).items.map((c) => c.text)).toContain('韩');
    expect(allCandidates('han').every((c) => c.consumed === 3)).toBe(true);
    // The table's order, but characters outside level 1 of the 通用规范汉字表 only after all others.
    const common = new Set(LEVEL_ONE_CHARACTERS);
    const all = allCandidates('han').map((c) => c.text);
    expect(all.filter((c) => common.has(c))).toEqual(charsOf('han').filter((c) => common.has(c)));
    const firstRare = all.findIndex(
      (c) => !common.has(c) && !SURNAMES.includes(c) && !GIVEN_NAME_CHARACTERS.includes(c),
    );
    expect(all.slice(firstRare).every((c) => !common.has(c))).toBe(true);
  });

  it('"hanhongying" offers the first syllable\'s characters, each using up only "han"', () => {
    const first = candidates('hanhongying', 0, 8).items;
    expect(first.map((c) => c.text)).toContain('韩');
    expect(first.find((c) => c.text === '韩')?.consumed).toBe(3);
  });

  it('offers a kiosk word for the whole composition before single characters', () => {
    const items = allCandidates('kunlunzhen');
    expect(items[0]).toEqual({ text: '昆仑镇', consumed: 10 });
    // A shorter word covering the start, then 昆 (kun) alone.
    expect(items).toContainEqual({ text: '昆仑', consumed: 6 });
    expect(items.findIndex((c) => c.text === '昆仑')).toBeLessThan(items.findIndex((c) => c.text === '昆'));
    expect(items.find((c) => c.text === '昆')?.consumed).toBe(3);
  });

  it('completes a word from its start once two syllables are typed', () => {
    expect(texts('kunl', 2)).toEqual(['昆仑', '昆仑镇']);
    expect(allCandidates('kunl')[0]?.consumed).toBe(4);
    // The everyday word typed whole first, then the kiosk words it starts.
    expect(texts('shenfen', 4)).toEqual(['身份', '身分', '身份证', '身份证号']);
    expect(texts('jiangjunlu', 2)).toEqual(['将军路', '将军路街道']);
    // One syllable alone gives characters, not every word starting with it.
    expect(texts('shen', 8)).not.toContain('身份证');
  });

  it('knows the place names of 淄川区', () => {
    const places: Array<[string, string]> = [
      ['zichuanqu', '淄川区'],
      ['luocunzhen', '罗村镇'],
      ['longquanzhen', '龙泉镇'],
      ['zhailizhen', '寨里镇'],
      ['lingzizhen', '岭子镇'],
      ['taihezhen', '太河镇'],
      ['xihezhen', '西河镇'],
      ['shuangyangzhen', '双杨镇'],
      ['hongshanzhen', '洪山镇'],
      ['banyanglujiedao', '般阳路街道'],
      ['songlinglujiedao', '松龄路街道'],
      ['jiangjunlujiedao', '将军路街道'],
      ['zhongloujiedao', '钟楼街道'],
      ['lutaidadao', '鲁泰大道'],
      ['ziboshi', '淄博市'],
      ['shandongsheng', '山东省'],
    ];
    for (const [pinyin, word] of places) expect(allCandidates(pinyin)[0]?.text, pinyin).toBe(word);
  });

  it('offers kiosk words typed at forms', () => {
    expect(texts('shequ', 1)).toEqual(['社区']);
    expect(texts('yanglao', 1)).toEqual(['养老']);
    expect(texts('dibao', 1)).toEqual(['低保']);
    expect(texts('canji', 1)).toEqual(['残疾']);
    expect(texts('shenfenzheng', 1)).toEqual(['身份证']);
  });

  it('matches a word by its initials (sfz → 身份证)', () => {
    expect(allCandidates('sfz')[0]).toEqual({ text: '身份证', consumed: 3 });
    expect(allCandidates('xq')[0]).toEqual({ text: '小区', consumed: 2 });
  });

  it('interleaves the characters of the syllables an unfinished one starts', () => {
    const items = allCandidates('zh');
    expect(items.length).toBeGreaterThan(100);
    expect(items.every((c) => c.consumed === 2)).toBe(true);
    expect(items.slice(0, 30).map((c) => c.text)).toEqual(expect.arrayContaining(['这', '中', '镇']));
  });

  it('has no candidates for letters that start no syllable, and none repeated', () => {
    expect(allCandidates('v')).toEqual([]);
    expect(allCandidates('')).toEqual([]);
    for (const p of ['han', 'kunlunzhen', 'zh', 'shenfen']) {
      const list = allCandidates(p).map((c) => c.text);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('pages through the full list without gaps or overlaps', () => {
    const all = allCandidates('han').map((c) => c.text);
    const seen: string[] = [];
    let page = 0;
    for (;;) {
      const result = candidates('han', page, 8);
      expect(result.hasPrev).toBe(page > 0);
      seen.push(...result.items.map((c) => c.text));
      if (!result.hasMore) break;
      expect(result.items).toHaveLength(8);
      page += 1;
    }
    expect(seen).toEqual(all);
    expect(page).toBe(Math.ceil(all.length / 8) - 1);
    expect(candidates('han', page + 5, 8)).toEqual({ items: [], hasMore: false, hasPrev: true });
    expect(candidates('han', 1, 8).items[0]?.text).toBe(all[8]);
  });

  it('converts a whole composition with the first candidate of each remaining part', () => {
    expect(convertAll('jiangjunlu')).toBe('将军路');
    expect(convertAll('kunlunzhencun')).toBe('昆仑镇村');
    expect(convertAll('')).toBe('');
    expect(convertAll('v')).toBe('v');
  });
});
