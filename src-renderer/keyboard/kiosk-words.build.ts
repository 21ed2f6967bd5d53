/**
 * Builds the text of `kiosk-words.generated.ts` from the curated list. Pure: the pinyin converter is
 * handed in (the unit test passes pinyin-pro), so nothing here reaches the renderer bundle.
 */
import { SYLLABLES } from './pinyin-data.js';

/** Toneless syllables of a word, one per character, ü spelled `v`. */
export type ToSyllables = (word: string) => readonly string[];

export interface KioskWordEntry {
  readonly word: string;
  readonly syllables: readonly string[];
}

export function buildKioskWords(
  source: readonly string[],
  overrides: Readonly<Record<string, string>>,
  toSyllables: ToSyllables,
): KioskWordEntry[] {
  const seen = new Set<string>();
  const entries: KioskWordEntry[] = [];
  for (const word of source) {
    if (seen.has(word)) continue;
    seen.add(word);
    const override = Object.hasOwn(overrides, word) ? overrides[word] : undefined;
    const syllables = override !== undefined ? override.split(' ') : [...toSyllables(word)];
    const chars = [...word];
    if (chars.length < 2) throw new Error(`word list: "${word}" is a single character`);
    if (syllables.length !== chars.length)
      throw new Error(`word list: "${word}" has ${syllables.length} syllables`);
    for (const syllable of syllables) {
      if (!SYLLABLES.has(syllable))
        throw new Error(`word list: "${word}" has unknown syllable "${syllable}"`);
    }
    entries.push({ word, syllables });
  }
  return entries;
}

export function renderKioskWordsModule(entries: readonly KioskWordEntry[]): string {
  const lines = [
    '// Generated from kiosk-words.source.ts with pinyin-pro by tests/unit/renderer/keyboard/kiosk-words.test.ts.',
    '// Do not edit: change the source list, then run `npx vitest run tests/unit/renderer/keyboard -u`.',
    '',
    '/** [word, its toneless syllables separated by spaces], most useful first. */',
    'export const KIOSK_WORDS: ReadonlyArray<readonly [string, string]> = [',
    ...entries.map((e) => `  ['${e.word}', '${e.syllables.join(' ')}'],`),
    '];',
    '',
  ];
  return lines.join('\n');
}
