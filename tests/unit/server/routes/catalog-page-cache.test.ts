import { describe, expect, it } from 'vitest';
import { CatalogPageCache } from '../../../../src-server/routes/catalog-page-cache.js';

const key = (version: number, since = 1, afterId = '', limit = 200) => ({ version, since, afterId, limit });

describe('CatalogPageCache', () => {
  it('answers only the exact version, since, cursor and limit it was given', () => {
    const cache = new CatalogPageCache();
    cache.set(key(2), 'v2 since 1');
    expect(cache.get(key(2))).toBe('v2 since 1');
    expect(cache.get(key(3))).toBeUndefined();
    expect(cache.get(key(2, 0))).toBeUndefined();
    expect(cache.get(key(2, 1, 'item-9'))).toBeUndefined();
    expect(cache.get(key(2, 1, '', 10))).toBeUndefined();
  });

  it('keeps within its size, dropping the oldest entries first', () => {
    const cache = new CatalogPageCache(100); // bytes: 50 UTF-16 units
    cache.set(key(5, 1), 'a'.repeat(20));
    cache.set(key(5, 2), 'b'.repeat(20));
    cache.set(key(5, 3), 'c'.repeat(20));
    expect(cache.get(key(5, 1))).toBeUndefined();
    expect(cache.get(key(5, 2))).toBe('b'.repeat(20));
    expect(cache.get(key(5, 3))).toBe('c'.repeat(20));
    cache.set(key(5, 4), 'd'.repeat(60)); // larger than the whole cache: not kept
    expect(cache.get(key(5, 4))).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('keeps only the newest version: its first page drops the older ones, a late older page is not kept', () => {
    const cache = new CatalogPageCache();
    for (let since = 0; since < 3; since++) cache.set(key(7, since), `v7 since ${since}`);
    expect(cache.size).toBe(3);
    cache.set(key(8, 7), 'v8 since 7');
    expect(cache.size).toBe(1);
    expect(cache.get(key(7, 0))).toBeUndefined();
    expect(cache.get(key(8, 7))).toBe('v8 since 7');
    // A request that read version 7 before the publish answers after it: its page is not kept.
    cache.set(key(7, 5), 'v7 since 5');
    expect(cache.get(key(7, 5))).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('holds one version’s pages however many versions were published (a year of daily deltas)', () => {
    const cache = new CatalogPageCache();
    for (let version = 1; version <= 365; version++)
      for (const since of [0, version - 1]) cache.set(key(version, since), 'x'.repeat(1000));
    expect(cache.size).toBe(2);
  });
});
