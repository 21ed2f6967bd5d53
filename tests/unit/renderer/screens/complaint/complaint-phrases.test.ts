import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPLAINT_CATEGORIES, COMPLAINT_TEXT_MAX } from '../../../../../src-main/contract/feedback.js';
import {
  addPhrase,
  COMPLAINT_PHRASES,
  hasPhrase,
  removePhrase,
} from '../../../../../src-renderer/screens/complaint/complaint-phrases.js';

describe('complaint phrases', () => {
  it('every category offers a few short phrases, none repeated, none inside another', () => {
    for (const category of COMPLAINT_CATEGORIES) {
      const phrases = COMPLAINT_PHRASES[category];
      expect(phrases.length, category).toBeGreaterThanOrEqual(3);
      expect(phrases.length, category).toBeLessThanOrEqual(6);
      expect(new Set(phrases).size).toBe(phrases.length);
      for (const p of phrases) {
        expect(p.length, p).toBeLessThanOrEqual(12);
        for (const q of phrases) if (q !== p) expect(q.includes(p), `${p} in ${q}`).toBe(false);
      }
    }
  });

  it('adds a phrase as its own clause: alone, after a comma, or straight after a clause that ended', () => {
    expect(addPhrase('', '排队等了很久', 100)).toBe('排队等了很久');
    expect(addPhrase('昨天上午', '排队等了很久', 100)).toBe('昨天上午，排队等了很久');
    expect(addPhrase('昨天上午。', '排队等了很久', 100)).toBe('昨天上午。排队等了很久');
    expect(addPhrase('昨天上午，', '排队等了很久', 100)).toBe('昨天上午，排队等了很久');
  });

  it('leaves the text as it is when the phrase would pass the limit', () => {
    const full = '很'.repeat(COMPLAINT_TEXT_MAX - 3);
    expect(addPhrase(full, '排队等了很久', COMPLAINT_TEXT_MAX)).toBe(full);
  });

  it('takes a phrase out with the comma that joined it, wherever it stands', () => {
    expect(removePhrase('排队等了很久', '排队等了很久')).toBe('');
    expect(removePhrase('排队等了很久，窗口开得太少', '排队等了很久')).toBe('窗口开得太少');
    expect(removePhrase('排队等了很久，窗口开得太少', '窗口开得太少')).toBe('排队等了很久');
    expect(removePhrase('上午，排队等了很久，三号窗口', '排队等了很久')).toBe('上午，三号窗口');
    expect(removePhrase('别的事', '排队等了很久')).toBe('别的事');
  });

  it('a second tap undoes the first, whatever was typed before', () => {
    const phrases = Object.values(COMPLAINT_PHRASES).flat();
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...phrases), (typed, phrase) => {
        fc.pre(!typed.includes(phrase) && !typed.endsWith('，'));
        const added = addPhrase(typed, phrase, COMPLAINT_TEXT_MAX);
        expect(hasPhrase(added, phrase)).toBe(true);
        expect(removePhrase(added, phrase)).toBe(typed);
      }),
    );
  });
});
