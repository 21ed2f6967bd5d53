import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../../../src-main/services/search/search.match.js';
import {
  classifyQuery,
  isPinyinSequence,
  normalizeQuery,
  normalizeUnits,
} from '../../../../src-main/services/search/search.query.js';

describe('normalizeUnits', () => {
  it('drops spaces, punctuation and emoji, folds case and full width, and maps back to offsets', () => {
    const n = normalizeUnits('养老 (Ｙ-b)😀X，2寸');
    expect(n.chars).toEqual(['养', '老', 'y', 'b', 'x', '2', '寸']);
    expect(n.starts).toEqual([0, 1, 4, 6, 10, 12, 13]);
    expect(n.ends).toEqual([1, 2, 5, 7, 11, 13, 14]);
  });

  it('keeps a supplementary-plane 汉字 as one unit of two UTF-16 code units', () => {
    const n = normalizeUnits('王𠮷');
    expect(n.chars).toEqual(['王', '𠮷']);
    expect(n.ends).toEqual([1, 3]);
  });

  it('folds ü to v as pinyin keyboards type it', () => {
    expect(normalizeQuery('Lü')).toEqual(['l', 'v']);
  });
});

describe('classifyQuery', () => {
  it.each([
    ['', 'empty'],
    ['  ，', 'empty'],
    ['养老保险', 'hanzi'],
    ['yanglao baoxian', 'pinyin'],
    ['yanglaobaox', 'pinyin'],
    ['ylbx', 'initials'],
    ['dbsh', 'initials'],
    ['养老bx', 'mixed'],
    ['di保', 'mixed'],
    ['2024', 'other'],
  ])('%j is %s', (q, cls) => {
    expect(classifyQuery(normalizeQuery(q))).toBe(cls);
  });

  it('segments pinyin with an unfinished last syllable only', () => {
    expect(isPinyinSequence('zhongducanjiren')).toBe(true);
    expect(isPinyinSequence('canjir')).toBe(true);
    expect(isPinyinSequence('cjr')).toBe(false);
    expect(isPinyinSequence('')).toBe(false);
  });
});

describe('withinOneEdit', () => {
  const codes = (s: string): number[] => [...s].map((ch) => ch.codePointAt(0)!);
  const near = (a: string, b: string): boolean => withinOneEdit(codes(a), codes(`##${b}##`), 2, b.length);

  it.each([
    ['yanglao', 'yanglao', true],
    ['yangloa', 'yanglao', true],
    ['ayngloa', 'yanglao', false],
    ['yanlao', 'yanglao', true],
    ['yanglaoo', 'yanglao', true],
    ['yamglao', 'yanglao', true],
    ['xanglao', 'yanglao', true],
    ['anglao', 'yanglao', true],
    ['yangla', 'yanglao', true],
    ['ygnloa', 'yanglao', false],
    ['yanlo', 'yanglao', false],
    ['yanglaooo', 'yanglao', false],
    ['ab', 'ba', true],
    ['abc', 'bca', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(near(a, b)).toBe(expected);
  });
});
