import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createLexicon,
  parseStopWords,
  parseThesaurus,
} from '../../../../src-main/services/search/search.lexicon.js';

const thesaurus = parseThesaurus(fs.readFileSync('resources/catalog/search-thesaurus.txt', 'utf8'));
const stop = parseStopWords(fs.readFileSync('resources/catalog/search-stopwords.txt', 'utf8'));

describe('the search data beside the catalog', () => {
  it('has at least 150 thesaurus groups of two words or more, 汉字 words of at most 12 characters', () => {
    expect(thesaurus.length).toBeGreaterThanOrEqual(150);
    for (const group of thesaurus) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const w of group) {
        expect(w, group.join(' ')).toMatch(/^[\p{Script=Han}0-9]{1,12}$/u);
      }
    }
  });

  it('never names the same group twice', () => {
    const keys = thesaurus.map((g) => [...g].sort().join(' '));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists the question tails and function words villagers add', () => {
    for (const w of ['办', '要', '什么', '怎么', '怎么办', '需要', '带', '吗', '有没有', '我想', '哪里'])
      expect(stop, w).toContain(w);
  });

  it('makes synonyms symmetric and keeps a word out of its own list', () => {
    const lex = createLexicon(
      [
        ['配偶', '媳妇', '老婆'],
        ['审批', '批'],
      ],
      ['吗'],
    );
    expect(lex.synonyms.get('媳妇')).toEqual(['配偶', '老婆']);
    expect(lex.synonyms.get('批')).toEqual(['审批']);
    expect(lex.synonyms.get('审批')).toEqual(['批']);
    expect(lex.heads.has('配偶')).toBe(true);
    expect(lex.stopWords.has('吗')).toBe(true);
  });

  it('reads comments and blank lines as nothing', () => {
    expect(parseThesaurus('# a comment\n\n低保 吃低保 # trailing\n')).toEqual([['低保', '吃低保']]);
    expect(parseStopWords('# x\n吗 呢\n')).toEqual(['吗', '呢']);
  });
});
