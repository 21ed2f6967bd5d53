import { describe, expect, it } from 'vitest';
import { LazyPostings, MAX_LISTS } from '../../../../src-main/services/search/search.postings.js';

/** Lists whose units are the key's multiples below 20, counting each time a list is made. */
function multiples(): { postings: LazyPostings; made: number[] } {
  const made: number[] = [];
  const postings = new LazyPostings((key) => {
    made.push(key);
    const units: number[] = [];
    for (let g = 0; key > 0 && g < 20; g++) if (g % key === 0) units.push(g);
    return Int32Array.from(units);
  });
  return { postings, made };
}

describe('posting lists made at first query', () => {
  it('makes a key its list at its first query, then answers from what it made', () => {
    const { postings, made } = multiples();
    expect([...postings.get(7)!]).toEqual([0, 7, 14]);
    expect([...postings.get(7)!]).toEqual([0, 7, 14]);
    expect([...postings.get(5)!]).toEqual([0, 5, 10, 15]);
    expect(made).toEqual([7, 5]);
    expect(postings.made).toBe(2);
  });

  it('answers undefined for a key with no units, and does not look again', () => {
    const { postings, made } = multiples();
    expect(postings.get(0)).toBeUndefined();
    expect(postings.get(0)).toBeUndefined();
    expect(made).toEqual([0]);
  });

  it('starts afresh past its most lists, so odd input cannot make it grow without end', () => {
    const { postings, made } = multiples();
    for (let key = 1; key <= MAX_LISTS; key++) postings.get(key);
    expect(postings.made).toBe(MAX_LISTS);
    postings.get(MAX_LISTS + 1);
    expect(postings.made).toBe(1);
    postings.get(3);
    expect(made.filter((k) => k === 3)).toHaveLength(2);
  });
});
