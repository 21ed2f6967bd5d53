import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHan, normalizeChars, normalizeUnits } from '../../../../src-main/services/search/search.query.js';

const HAN = /^\p{Script=Han}$/u;
const KEEP = /^[\p{L}\p{N}]$/u;

/** Every unit as the index first cut them: NFKC, lower case, letters and digits only, ü as v. */
function slowUnits(text: string): string[] {
  const out: string[] = [];
  for (const cp of text)
    for (const folded of cp.normalize('NFKC').toLowerCase())
      if (KEEP.test(folded)) out.push(folded === 'ü' ? 'v' : folded);
  return out;
}

const textOf = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '养',
        '老',
        '保',
        '险',
        'Ａ',
        'b',
        'Ü',
        'ü',
        '（',
        '１',
        ' ',
        '😀',
        '𠀀',
        '々',
        '〇',
        '⺁',
      ),
    )
    .map((a) => a.join('')),
);

describe('text units', () => {
  it('isHan agrees with the Han script on every code point', () => {
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (isHan(ch) !== HAN.test(ch)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it('isHan is false for more than one character', () => {
    expect(isHan('养老')).toBe(false);
    expect(isHan('')).toBe(false);
    expect(isHan('a养')).toBe(false);
  });

  it('cuts the units of any text as the plain definition does, with one offset pair per unit', () => {
    fc.assert(
      fc.property(textOf, (text) => {
        const units = normalizeUnits(text);
        expect(units.chars).toEqual(slowUnits(text));
        expect(normalizeChars(text)).toEqual(units.chars);
        expect(units.starts).toHaveLength(units.chars.length);
        expect(units.ends).toHaveLength(units.chars.length);
        units.starts.forEach((s, i) => {
          const source = text.slice(s, units.ends[i]);
          expect(Array.from(source)).toHaveLength(1);
          expect(slowUnits(source)).toContain(units.chars[i]);
        });
      }),
      { numRuns: 500 },
    );
  });
});
