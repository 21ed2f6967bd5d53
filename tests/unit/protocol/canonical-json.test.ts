import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonByField } from '../../../src-protocol/catalog-signature.js';

/** What the field-by-field definition answers, or the error it throws. */
function byField(value: unknown): string | { error: string } {
  try {
    return canonicalJsonByField(value);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function fast(value: unknown): string | { error: string } {
  try {
    return canonicalJson(value);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('canonicalJson (native stringify with sorted keys)', () => {
  it('writes exactly what the field-by-field definition writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(fast(value)).toEqual(byField(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('agrees on values with undefined, array-index keys, -0 and unsorted keys', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withObjectString: false,
          withBoxedValues: false,
          withMap: false,
          withSet: false,
          withDate: false,
          withTypedArray: false,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (value) => {
          expect(fast(value)).toEqual(byField(value));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('puts array-index keys in code-unit order, not first as JSON.stringify does', () => {
    const value = { b: 1, '10': 2, '9': 3, a: { '2': true, '1': false } };
    expect(canonicalJson(value)).toBe('{"10":2,"9":3,"a":{"1":false,"2":true},"b":1}');
    expect(JSON.stringify(value)).not.toBe(canonicalJson(value));
  });

  it('treats a Date, a boxed value and a toJSON object as the definition does', () => {
    for (const value of [
      { at: new Date(0) },
      [new Date(0)],
      { n: Object(1) as unknown },
      { s: Object('x') as unknown },
      { custom: { toJSON: () => 'y', k: 1 } },
    ])
      expect(fast(value)).toEqual(byField(value));
    expect(canonicalJson({ at: new Date(0) })).toBe('{"at":{}}');
  });

  it('refuses what the definition refuses, with the same message', () => {
    for (const value of [
      undefined,
      NaN,
      { x: Infinity },
      [1, -Infinity],
      { f: () => 1 },
      [Symbol('s')],
      { b: 1n },
      () => 1,
    ]) {
      const expected = byField(value);
      expect(expected).toHaveProperty('error');
      expect(fast(value)).toEqual(expected);
    }
  });

  it('writes the demo catalog byte for byte as the definition does', () => {
    const catalog = JSON.parse(fs.readFileSync('resources/catalog/demo-catalog.json', 'utf8')) as {
      items: unknown[];
    };
    for (const item of catalog.items) expect(canonicalJson(item)).toBe(canonicalJsonByField(item));
  });
});
