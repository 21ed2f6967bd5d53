/**
 * Rate limits with 429 RATE_LIMITED and Retry-After: guesses (case lookups, appointment cancellations) per
 * device and per target, whichever devices ask; enrollment tries per address; every request per device.
 * Each refusal is one line in the district's log naming the limit and the device, never a citizen's data.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src-server/app.js';
import { baseNumber } from '../../src-server/core/case-number.js';
import { DEFAULT_RATE_LIMITS } from '../../src-server/routes/rate-limits.js';
import { bearer, startHarness, STORE_KINDS, type Harness } from '../server/server-harness.js';
import { book, CITIZEN, declare, enrollInOtherHall, openSlot, post } from './server-halls.js';

const { guesses, target, enroll } = DEFAULT_RATE_LIMITS;

function expectLimited(res: LightMyRequestResponse, windowMs: number): void {
  expect(res.statusCode, res.body).toBe(429);
  expect(res.json()).toEqual({ error: { code: 'RATE_LIMITED', message: '查询过于频繁，请稍后再试' } });
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowMs / 1000);
}

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let app: FastifyInstance;
  let logLines: string[];
  let own: string;
  let other: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z');
    logLines = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    app = await buildApp({ store: h.store, now: () => h.clock.now, logger: { level: 'info', stream } });
    own = (await h.enroll()).deviceToken;
    other = await enrollInOtherHall(h);
  });
  afterEach(async () => {
    await app.close();
    await h.close();
  });

  const logged = (msg: string) =>
    logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['msg'] === msg);

  it('a case number takes at most `target` lookups an hour from all kiosks together, check-part guesses included', async () => {
    const caseNumber = await declare(app, own);
    const base = baseNumber(caseNumber);
    for (let i = 0; i < target.max; i++) {
      // Guesses of the check part and of the digits, from two halls' kiosks.
      const guess = { caseNumber: `${base}${'ABCDEFGHJK'[i] ?? 'A'}QMP`, idLast4: '1234' };
      const res = await post(app, '/v1/cases/lookup', i % 2 ? own : other, guess);
      expect(res.statusCode).toBe(200);
    }
    // Now even the right number and digits wait.
    const right = await post(app, '/v1/cases/lookup', own, { caseNumber, idLast4: CITIZEN.last4 });
    expectLimited(right, target.windowMs);
    const [line] = logged('rate limited');
    expect(line).toMatchObject({ limit: 'target', target: base, hall: 'ZCKL01', route: '/v1/cases/lookup' });
  });

  it('a kiosk takes at most `guesses` lookups and cancellations in its window; other kiosks are not held up', async () => {
    for (let i = 0; i < guesses.max; i++) {
      const idNumber = `37030219900101${String(i).padStart(4, '0')}`;
      expect((await post(app, '/v1/cases/lookup', own, { idNumber })).statusCode).toBe(200);
    }
    expectLimited(await post(app, '/v1/cases/lookup', own, { idNumber: CITIZEN.idNumber }), guesses.windowMs);
    expectLimited(
      await post(app, '/v1/appointments/cancel', own, {
        appointmentNumber: 'YY20261125000001',
        idLast4: '0000',
      }),
      guesses.windowMs,
    );
    expect((await post(app, '/v1/cases/lookup', other, { idNumber: CITIZEN.idNumber })).statusCode).toBe(200);
    expect(logged('rate limited')[0]).toMatchObject({ limit: 'guesses', hall: 'ZCKL01' });
  });

  it('an appointment number takes at most `target` cancellation tries; the booking stays', async () => {
    await openSlot(h);
    const appointmentNumber = await book(app, own);
    for (let i = 0; i < target.max; i++) {
      const idLast4 = String(1000 + i);
      const res = await post(app, '/v1/appointments/cancel', own, { appointmentNumber, idLast4 });
      expect(res.statusCode).toBe(404);
    }
    const right = await post(app, '/v1/appointments/cancel', own, {
      appointmentNumber,
      idLast4: CITIZEN.last4,
    });
    expectLimited(right, target.windowMs);
    const [row] = await h.rows<{ cancelled_at: string | null }>(
      'SELECT cancelled_at FROM appointments WHERE number = ?',
      appointmentNumber,
    );
    expect(row?.cancelled_at).toBeNull();
    expect(logged('appointment cancel refused')).toHaveLength(target.max);
  });

  it('an address takes at most `enroll` enrollment tries in its window', async () => {
    const tryCode = (code: string) =>
      app.inject({ method: 'POST', url: '/v1/enroll', payload: { code, info: { appVersion: '0.1.0' } } });
    for (let i = 0; i < enroll.max; i++) expect((await tryCode('ABCD-EFGH')).statusCode).toBe(403);
    expectLimited(await tryCode(await h.issueCode()), enroll.windowMs);
    expect(logged('enrollment refused')).toHaveLength(enroll.max);
  });

  it('never logs a citizen’s ID number, its digits or name, whatever is refused', async () => {
    await openSlot(h);
    const appointmentNumber = await book(app, own);
    const caseNumber = await declare(app, own);
    for (let i = 0; i < target.max + 2; i++) {
      await post(app, '/v1/cases/lookup', own, { caseNumber, idLast4: CITIZEN.last4 });
      await post(app, '/v1/appointments/cancel', other, { appointmentNumber, idLast4: CITIZEN.last4 });
      await post(app, '/v1/cases/lookup', other, { idNumber: CITIZEN.idNumber });
    }
    expect(logged('rate limited').length).toBeGreaterThan(0);
    const all = logLines.join('\n');
    for (const secret of [CITIZEN.idNumber, CITIZEN.name, `"${CITIZEN.last4}"`, '13805331234'])
      expect(all).not.toContain(secret);
  });
});

describe('behind a reverse proxy', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('with DISTRICT_TRUST_PROXY, each kiosk address has its own enrollment limit', async () => {
    h = await startHarness();
    const app = await buildApp({
      store: h.store,
      now: () => h.clock.now,
      trustProxy: '127.0.0.1',
      rateLimits: { enroll: { max: 2, windowMs: 60_000 } },
    });
    try {
      const tryCode = (kiosk: string) =>
        app.inject({
          method: 'POST',
          url: '/v1/enroll',
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': kiosk },
          payload: { code: 'ABCD-EFGH', info: { appVersion: '0.1.0' } },
        });
      for (let i = 0; i < 2; i++) expect((await tryCode('10.1.0.7')).statusCode).toBe(403);
      expectLimited(await tryCode('10.1.0.7'), 60_000);
      expect((await tryCode('10.1.0.8')).statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });
});

describe('every request, per device', () => {
  let h: Harness;
  afterEach(() => h.close());

  /** A server allowing each device (or address) 5 requests a minute. */
  const startLimited = async (): Promise<FastifyInstance> => {
    h = await startHarness();
    return buildApp({
      store: h.store,
      now: () => h.clock.now,
      rateLimits: { device: { max: 5, windowMs: 60_000 } },
    });
  };
  const beat = (app: FastifyInstance, token: string) =>
    app.inject({
      method: 'POST',
      url: '/v1/heartbeat',
      headers: bearer(token),
      payload: { appVersion: '0.1.0', health: {}, outboxDepth: 0, catalogVersion: 0 },
    });

  it('a device over its request limit gets 429 with Retry-After; another device does not', async () => {
    const app = await startLimited();
    try {
      const [a, b] = [(await h.enroll()).deviceToken, (await h.enroll()).deviceToken];
      for (let i = 0; i < 5; i++) expect((await beat(app, a)).statusCode).toBe(200);
      expectLimited(await beat(app, a), 60_000);
      expect((await beat(app, b)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('a new junk token per request buys no fresh count: they share their address’s', async () => {
    const app = await startLimited();
    try {
      const junk = (i: number) =>
        app.inject({ method: 'GET', url: '/healthz', headers: bearer(`junk-token-${i}-${'x'.repeat(30)}`) });
      for (let i = 0; i < 5; i++) expect((await junk(i)).statusCode).not.toBe(429);
      expectLimited(await junk(5), 60_000);
      // A good device at the same address is not held up: it has its own count.
      const good = (await h.enroll()).deviceToken;
      expect((await beat(app, good)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
