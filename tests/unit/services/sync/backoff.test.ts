import { describe, expect, it } from 'vitest';
import { backoffDelay, OFFLINE_BACKOFF, ROW_BACKOFF } from '../../../../src-main/services/sync/backoff.js';

describe('backoffDelay', () => {
  const opts = { baseMs: 1000, maxMs: 60_000 };

  it('doubles per attempt, between half the cap and the cap', () => {
    expect(backoffDelay(1, opts, () => 0)).toBe(500);
    expect(backoffDelay(1, opts, () => 0.999999)).toBe(1000);
    expect(backoffDelay(2, opts, () => 0)).toBe(1000);
    expect(backoffDelay(4, opts, () => 0.5)).toBe(6000);
  });

  it('never exceeds the cap, even for huge attempt counts', () => {
    for (const attempt of [7, 20, 1000, Number.MAX_SAFE_INTEGER])
      expect(backoffDelay(attempt, opts, () => 0.999999)).toBeLessThanOrEqual(60_000);
    expect(backoffDelay(1000, opts, () => 0)).toBe(30_000);
  });

  it('spreads retries: different random draws give different delays', () => {
    let seed = 1;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(5, ROW_BACKOFF, random)));
    expect(delays.size).toBeGreaterThan(40);
  });

  it('treats attempt 0 or less like the first, and clamps a bad random', () => {
    expect(backoffDelay(0, OFFLINE_BACKOFF, () => 0)).toBe(500);
    expect(backoffDelay(-3, OFFLINE_BACKOFF, () => 2)).toBe(1000);
  });
});
