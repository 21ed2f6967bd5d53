/** The console's screens keep only the newest request's answer. */
import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../src-console/latest-only.js';

/** A promise settled by hand. */
function later<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('latestOnly', () => {
  it('drops an older answer that arrives after a newer one', async () => {
    const latest = latestOnly();
    const shown: string[] = [];
    const today = later<string>();
    const tomorrow = later<string>();
    void latest(today.promise).then((v) => shown.push(v));
    void latest(tomorrow.promise).then((v) => shown.push(v));
    tomorrow.resolve('2026-12-08');
    await flush();
    today.resolve('2026-12-07');
    await flush();
    expect(shown).toEqual(['2026-12-08']);
  });

  it('drops an older failure too, and passes the newest one on', async () => {
    const latest = latestOnly();
    const errors: string[] = [];
    const first = later<string>();
    const second = later<string>();
    void latest(first.promise).catch((e: Error) => errors.push(e.message));
    void latest(second.promise).catch((e: Error) => errors.push(e.message));
    first.reject(new Error('old'));
    second.reject(new Error('new'));
    await flush();
    expect(errors).toEqual(['new']);
  });

  it('settles a single request as it is', async () => {
    const latest = latestOnly();
    await expect(latest(Promise.resolve(7))).resolves.toBe(7);
  });
});
