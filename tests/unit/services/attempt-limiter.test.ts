import { describe, expect, it } from 'vitest';
import { AttemptLimiter, memoryLimiterStore } from '../../../src-main/services/attempt-limiter.js';

const limiter = (now: () => number, store = memoryLimiterStore()): AttemptLimiter =>
  new AttemptLimiter({
    maxFailures: 3,
    lockMs: 60_000,
    lockedMessage: '请 {minutes} 分钟后再试',
    now,
    store,
  });

describe('AttemptLimiter', () => {
  it('counts a try when it begins: the third in flight locks before any is settled', () => {
    const l = limiter(() => 0);
    const tries = [l.begin('a'), l.begin('a'), l.begin('a')];
    expect(() => l.begin('a')).toThrow(/too many/);
    expect(tries.map((t) => t.fail())).toEqual([0, 0, 0]);
    expect(l.locked()).toBe(true);
  });

  it('a right try that started the lock lifts it and forgives its own target only', () => {
    const l = limiter(() => 0);
    l.begin('x').fail();
    const mine = (l.begin('y'), l.begin('y'));
    expect(l.locked()).toBe(true);
    mine.succeed();
    expect(l.locked()).toBe(false);
    // One x try still counts: two more x tries lock.
    expect(l.begin('x').fail()).toBe(1);
    expect(l.begin('x').fail()).toBe(0);
  });

  it('a lock ends after lockMs and its tries are forgotten', () => {
    let now = 0;
    const l = limiter(() => now);
    for (let i = 0; i < 3; i++) l.begin().fail();
    expect(() => l.check()).toThrow();
    now = 60_000;
    expect(() => l.check()).not.toThrow();
    expect(l.begin().fail()).toBe(2);
  });

  it('keeps its state in the store it is given (a new limiter on the same store is still locked)', () => {
    const store = memoryLimiterStore();
    const first = limiter(() => 0, store);
    for (let i = 0; i < 3; i++) first.begin().fail();
    expect(limiter(() => 1_000, store).locked()).toBe(true);
  });
});
