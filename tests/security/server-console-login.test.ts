/**
 * The console's login door under parallel tries, over real HTTP on loopback (a real SQLite file, and
 * PostgreSQL): a try is counted before its scrypt check, so however many arrive at once at most five are
 * verified per lock window, and a right password sent after them is refused; an unknown name answers and
 * locks like a real one; one address gets at most `login` tries in its window (429 with Retry-After), and
 * at most SCRYPT_SLOTS password checks run at once, a few more wait, the rest answer 503 at once.
 *
 * Password checks are held at a gate (the mocked verifyPassword, or crypto.scrypt itself) until every
 * request has been answered or reached its check, so the interleaving is the same on every run.
 */
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Passwords from '../../src-server/console/passwords.js';
import { SCRYPT_QUEUE, SCRYPT_SLOTS } from '../../src-server/console/passwords.js';
import { LOCK_MS, MAX_FAILED_LOGINS } from '../../src-server/console/staff.service.js';
import { DEFAULT_RATE_LIMITS } from '../../src-server/routes/rate-limits.js';
import { PASSWORD, startConsoleHarness, type ConsoleHarness } from '../server/console-fixture.js';
import { HALL, STORE_KINDS } from '../server/server-harness.js';

/** The verifyPassword gate: calls counted, and held while `closed`. */
const gate = vi.hoisted(() => ({ closed: false, calls: 0, held: [] as Array<() => void> }));
const changes = new EventEmitter();
const changed = (): boolean => changes.emit('change');

vi.mock('../../src-server/console/passwords.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Passwords>();
  return {
    ...actual,
    verifyPassword: async (password: string, stored: string): Promise<boolean> => {
      gate.calls++;
      changed();
      if (gate.closed) await new Promise<void>((resolve) => gate.held.push(resolve));
      return actual.verifyPassword(password, stored);
    },
  };
});

/** Resolves once `condition` holds, checked at every counted step of the test (no timers). */
function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (!condition()) return;
      changes.off('change', check);
      resolve();
    };
    changes.on('change', check);
    check();
  });
}

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { error?: { code: string; message: string } };
}

let answered = 0;

/** One login on its own connection from `from` (any 127.0.0.0/8 address is this host). */
function login(port: number, name: string, password: string, from = '127.0.0.1'): Promise<Answer> {
  const payload = JSON.stringify({ name, password });
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        agent: false,
        method: 'POST',
        path: '/console/api/login',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const retryAfter = response.headers['retry-after'];
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'],
          });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  }).finally(() => {
    answered++;
    changed();
  });
}

const count = (answers: Answer[], status: number): number =>
  answers.filter((a) => a.status === status).length;

let h: ConsoleHarness | undefined;
afterEach(async () => {
  gate.closed = false;
  for (const release of gate.held.splice(0)) release();
  vi.restoreAllMocks();
  await h?.close();
  h = undefined;
});

async function start(kind: (typeof STORE_KINDS)[number]): Promise<{ h: ConsoleHarness; port: number }> {
  h = await startConsoleHarness(kind);
  await h.createUser('zhanzhang', 'hall', HALL.code);
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  gate.calls = 0;
  answered = 0;
  return { h, port: (h.app.server.address() as AddressInfo).port };
}

describe.each(STORE_KINDS)('console login (%s)', (kind) => {
  it('59 parallel wrong passwords get five checks, and the right one sent after them is refused', async () => {
    const { h, port } = await start(kind);
    gate.closed = true;
    // From four addresses, each under the per-address limit: the lock is the account's.
    const wrong = Array.from({ length: 59 }, (_, i) =>
      login(port, 'zhanzhang', `wrong-password-${i}`, `127.0.0.${10 + (i % 4)}`),
    );
    // Every wrong try has been refused or has reached its check.
    await until(() => gate.calls + answered === wrong.length);
    const right = login(port, 'zhanzhang', PASSWORD, '127.0.0.20');
    await until(() => gate.calls + answered === wrong.length + 1);
    gate.closed = false;
    for (const release of gate.held.splice(0)) release();

    const answers = await Promise.all(wrong);
    const rightAnswer = await right;
    expect(rightAnswer.status, JSON.stringify(rightAnswer.body)).toBe(423);
    expect(gate.calls).toBe(MAX_FAILED_LOGINS);
    expect(count(answers, 401)).toBe(MAX_FAILED_LOGINS - 1);
    expect(count(answers, 423)).toBe(answers.length - (MAX_FAILED_LOGINS - 1));
    expect(answers.every((a) => a.status === 401 || a.status === 423)).toBe(true);

    // The lock ends after LOCK_MS; then the right password gets in.
    h.clock.now = new Date(h.clock.now.getTime() + LOCK_MS + 1000);
    expect((await login(port, 'zhanzhang', PASSWORD, '127.0.0.20')).status).toBe(200);
  });

  it('an unknown name answers, costs and locks exactly like a wrong password for a real one', async () => {
    const { h, port } = await start(kind);
    const tries = async (name: string): Promise<{ statuses: number[]; checks: number }> => {
      const before = gate.calls;
      const statuses: number[] = [];
      for (let i = 0; i < MAX_FAILED_LOGINS + 1; i++)
        statuses.push((await login(port, name, 'wrong-password')).status);
      return { statuses, checks: gate.calls - before };
    };
    const real = await tries('zhanzhang');
    const unknown = await tries('nobody');
    expect(real).toEqual({ statuses: [401, 401, 401, 401, 423, 423], checks: MAX_FAILED_LOGINS });
    expect(unknown).toEqual(real);

    h.clock.now = new Date(h.clock.now.getTime() + LOCK_MS + 1000);
    expect((await login(port, 'nobody', 'wrong-password')).status).toBe(401);
    expect((await login(port, 'zhanzhang', PASSWORD)).status).toBe(200);
    // No attempted name is stored, only its hash.
    expect(await h.dump()).not.toContain('nobody');
  });

  it('a login flood from one address gets 429s and at most SCRYPT_SLOTS scrypt runs; staff elsewhere get in', async () => {
    const { port } = await start(kind);
    const { login: limit } = DEFAULT_RATE_LIMITS;
    // scrypt held until released: `running` counts the calls begun and not yet finished.
    const realScrypt = crypto.scrypt as unknown as (...args: unknown[]) => void;
    let held: Array<() => void> | null = [];
    let running = 0;
    let peak = 0;
    vi.spyOn(crypto, 'scrypt').mockImplementation((...args: unknown[]) => {
      const callback = args.pop() as (error: Error | null, key: Buffer) => void;
      running++;
      peak = Math.max(peak, running);
      const run = (): void =>
        realScrypt(...args, (error: Error | null, key: Buffer) => {
          running--;
          callback(error, key);
          changed();
        });
      if (held) held.push(run);
      else run();
      changed();
    });

    const flood = 100;
    const answers = Array.from({ length: flood }, (_, i) => login(port, `guess${i}`, 'wrong-password'));
    const verified = SCRYPT_SLOTS + SCRYPT_QUEUE;
    await until(() => running > SCRYPT_SLOTS || answered >= flood - verified);
    expect(peak).toBeLessThanOrEqual(SCRYPT_SLOTS);
    const released = held;
    held = null;
    for (const run of released) run();
    const all = await Promise.all(answers);

    const limited = all.filter((a) => a.status === 429);
    expect(limited).toHaveLength(flood - limit.max);
    for (const a of limited) {
      expect(a.body).toEqual({ error: { code: 'RATE_LIMITED', message: '登录尝试过于频繁，请稍后再试' } });
      const retryAfter = Number(a.retryAfter);
      expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= limit.windowMs / 1000).toBe(
        true,
      );
    }
    // Of the tries the address may make, SCRYPT_SLOTS are checked at once and SCRYPT_QUEUE wait; the
    // rest are told to come back in a second.
    const busy = all.filter((a) => a.status === 503);
    expect(busy).toHaveLength(limit.max - verified);
    for (const a of busy) {
      expect(a.body).toEqual({ error: { code: 'RATE_LIMITED', message: '现在登录的人较多，请稍后再试' } });
      expect(a.retryAfter).toBe('1');
    }
    expect(count(all, 401)).toBe(verified);
    expect(peak).toBe(SCRYPT_SLOTS);

    // Staff at another address sign in; the flooding address is refused even with the right password.
    expect((await login(port, 'zhanzhang', PASSWORD, '127.0.0.2')).status).toBe(200);
    expect((await login(port, 'zhanzhang', PASSWORD)).status).toBe(429);
  });
});
