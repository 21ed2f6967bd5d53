import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import {
  buildKioskWords,
  renderKioskWordsModule,
} from '../../../../src-renderer/keyboard/kiosk-words.build.js';
import { KIOSK_WORDS } from '../../../../src-renderer/keyboard/kiosk-words.generated.js';
import {
  KIOSK_WORD_PINYIN_OVERRIDES,
  KIOSK_WORD_SOURCE,
} from '../../../../src-renderer/keyboard/kiosk-words.source.js';

const toSyllables = (word: string) => pinyin(word, { toneType: 'none', type: 'array', v: true });

describe('kiosk word list', () => {
  it('the generated file is the source list run through pinyin-pro (update: vitest -u)', async () => {
    const entries = buildKioskWords(KIOSK_WORD_SOURCE, KIOSK_WORD_PINYIN_OVERRIDES, toSyllables);
    await expect(renderKioskWordsModule(entries)).toMatchFileSnapshot(
      '../../../../src-renderer/keyboard/kiosk-words.generated.ts',
    );
  });

  it('reads polyphonic place names right', () => {
    const map = new Map(KIOSK_WORDS);
    expect(map.get('将军路街道')).toBe('jiang jun lu jie dao');
    expect(map.get('般阳路')).toBe('ban yang lu');
    expect(map.get('单元')).toBe('dan yuan');
    expect(map.get('独生子女')).toBe('du sheng zi nv');
  });

  it('rejects a word with a syllable the character table does not know, or a single character', () => {
    expect(() => buildKioskWords(['村委'], {}, () => ['cun', 'wex'])).toThrow(/unknown syllable/);
    expect(() => buildKioskWords(['村'], {}, () => ['cun'])).toThrow(/single character/);
    expect(buildKioskWords(['社区', '社区'], { 社区: 'she qu' }, () => [])).toEqual([
      { word: '社区', syllables: ['she', 'qu'] },
    ]);
  });
});
