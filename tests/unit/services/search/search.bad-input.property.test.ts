import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../../src-main/contract/catalog.schema.js';
import { createKioskSearchIndex } from '../../../../src-main/services/search/kiosk-search.js';

const items = catalogSchema.parse(
  JSON.parse(fs.readFileSync('resources/catalog/demo-catalog.json', 'utf8')),
).items;
const index = createKioskSearchIndex(items);

/** Every hit is well formed: highlights inside the text it names, words explained. */
function wellFormed(query: string): void {
  const hits = index.search(query, 10);
  expect(hits.length).toBeLessThanOrEqual(10);
  for (const h of hits) {
    expect(typeof h.id).toBe('string');
    expect(Number.isFinite(h.score)).toBe(true);
    for (const [s, e] of h.highlights) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeGreaterThan(s);
      expect(e).toBeLessThanOrEqual(h.matchedText.length);
    }
  }
}

const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c));
const emoji = fc.constantFrom('😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '❤️', '\u{1F9D3}');
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const format = fc.constantFrom('\u200b', '\u200d', '\u202e', '\ufeff', '\u2028', '\ud800', '\udfff');
const piece = fc.oneof(han, emoji, control, format, fc.string({ unit: 'grapheme-ascii', maxLength: 4 }));

describe('bad input never breaks the search', () => {
  it('survives any mix of 汉字, emoji, control and format characters, of any length', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (parts) => wellFormed(parts.join(''))),
      { numRuns: 300 },
    );
  });

  it('survives arbitrary unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => wellFormed(q)),
      { numRuns: 300 },
    );
  });

  it('returns nothing for an empty, blank or meaningless query', () => {
    for (const q of ['', '   ', '\u3000', '\n\t', '😀😀', '？！。', '\u0000\u0007'])
      expect(index.search(q), JSON.stringify(q)).toEqual([]);
  });

  it('still answers a long question by its first 64 characters', () => {
    const long = '低保需要带什么材料'.padEnd(200, '啊');
    expect(index.search(long, 3)[0]?.id).toBe('dibao-confirm');
  });

  it('finds no item by an ID number or a phone number typed in', () => {
    const idNumber = fc
      .tuple(
        fc.stringMatching(/^[1-6][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])[0-2][0-9][0-9]{3}$/),
        fc.constantFrom('X', '1', '7'),
      )
      .map(([a, b]) => a + b);
    const phone = fc.stringMatching(/^1[3-9][0-9]{9}$/);
    fc.assert(
      fc.property(fc.oneof(idNumber, phone), (q) => {
        expect(index.search(q, 5)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
