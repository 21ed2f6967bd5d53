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
    cache.set(key(1), 'a'.repeat(20));
    cache.set(key(2), 'b'.repeat(20));
    cache.set(key(3), 'c'.repeat(20));
    expect(cache.get(key(1))).toBeUndefined();
    expect(cache.get(key(2))).toBe('b'.repeat(20));
    expect(cache.get(key(3))).toBe('c'.repeat(20));
    cache.set(key(4), 'd'.repeat(60)); // larger than the whole cache: not kept
    expect(cache.get(key(4))).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});
