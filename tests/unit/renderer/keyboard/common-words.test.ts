import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { levelOneCharacters } from '../../../../scripts/handwriting-model.js';
import {
  buildCommonWords,
  renderCommonWordsModule,
} from '../../../../src-renderer/keyboard/common-words.build.js';
import { COMMON_WORDS } from '../../../../src-renderer/keyboard/common-words.generated.js';

const require = createRequire(import.meta.url);
const toSyllables = (word: string) => pinyin(word, { toneType: 'none', type: 'array', v: true });
/** Words the keyboard offers; enough for everyday phrases, small enough for the renderer bundle. */
const WORD_COUNT = 12_000;

describe('common word list', () => {
  it('the generated file is jieba’s most frequent level-1 words through pinyin-pro (update: vitest -u)', async () => {
    const dict = fs.readFileSync(
      path.join(path.dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'),
      'utf8',
    );
    const level = levelOneCharacters();
    const words = buildCommonWords(dict, new Set(level), toSyllables, WORD_COUNT);
    await expect(renderCommonWordsModule(words, level.join(''))).toMatchFileSnapshot(
      '../../../../src-renderer/keyboard/common-words.generated.ts',
    );
  });

  it('has the everyday words a citizen types, with their readings', () => {
    const lines = new Map(
      COMMON_WORDS.split('\n').map((l) => [l.split(' ')[0], l.split(' ').slice(1).join(' ')]),
    );
    expect(lines.get('什么')).toBe('shen me');
    expect(lines.get('怀孕')).toBe('huai yun');
    expect(lines.get('上午')).toBe('shang wu');
  });
});
