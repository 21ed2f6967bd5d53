import { describe, expect, it } from 'vitest';
import type { Postings } from '../../../../src-main/services/search/search.postings.js';
import { TwoPassPostings } from '../../../../src-main/services/search/search.postings.js';

/** Builds lists from `(key, unit)` pairs in two passes, as the index does. */
function build(dense: number, pairs: Array<[number, number]>, from?: Postings): Postings {
  const lists = new TwoPassPostings(dense, from);
  for (const [key, unit] of pairs) lists.add(key, unit);
  lists.layOut();
  for (const [key, unit] of pairs) lists.add(key, unit);
  return lists.freeze();
}

const list = (p: Postings, key: number): number[] | undefined => {
  const l = p.get(key);
  return l === undefined ? undefined : [...l];
};

describe('posting lists built in two passes', () => {
  it('keeps each key its units in order, a unit repeated under a key once, dense and hashed keys alike', () => {
    const big = 0x4e00 * 0x110000 + 0x8001; // a key far above the dense range
    const p = build(10, [
      [3, 0],
      [3, 0],
      [big, 0],
      [7, 1],
      [3, 2],
      [big, 2],
      [big, 2],
      [-5, 3],
      [3, 4],
    ]);
    expect(list(p, 3)).toEqual([0, 2, 4]);
    expect(list(p, 7)).toEqual([1]);
    expect(list(p, big)).toEqual([0, 2]);
    expect(list(p, -5)).toEqual([3]);
    // A dense key nobody used has an empty list; a hashed one none at all.
    expect(list(p, 9)).toEqual([]);
    expect(list(p, 12345)).toBeUndefined();
    expect(p.size).toBe(12);
  });

  it('lays new units after the lists it goes on from, new keys included', () => {
    const old = build(4, [
      [1, 0],
      [100, 0],
      [1, 1],
    ]);
    const next = build(
      4,
      [
        [1, 2],
        [2, 2],
        [200, 3],
        [100, 3],
      ],
      old,
    );
    expect(list(next, 1)).toEqual([0, 1, 2]);
    expect(list(next, 2)).toEqual([2]);
    expect(list(next, 100)).toEqual([0, 3]);
    expect(list(next, 200)).toEqual([3]);
    // The lists it went on from are left as they were.
    expect(list(old, 1)).toEqual([0, 1]);
    expect(list(old, 200)).toBeUndefined();
  });

  it('makes room for many keys above the dense ones, unit 0 included, and after lists it goes on from', () => {
    const pairs: Array<[number, number]> = [];
    for (let k = 0; k < 300; k++) pairs.push([1000 + k, 0], [1000 + k, k + 1], [1000 + k, k + 1]);
    const p = build(4, pairs);
    expect(p.size).toBe(304);
    for (let k = 0; k < 300; k++) expect(list(p, 1000 + k)).toEqual([0, k + 1]);
    const next = build(
      4,
      [
        [5000, 400],
        [1000, 401],
      ],
      p,
    );
    expect(list(next, 1000)).toEqual([0, 1, 401]);
    expect(list(next, 1299)).toEqual([0, 300]);
    expect(list(next, 5000)).toEqual([400]);
  });

  it('refuses to go on from lists of another key space', () => {
    expect(() => new TwoPassPostings(8, build(4, []))).toThrow();
  });
});
