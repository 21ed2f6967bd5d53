/**
 * The fuzzer over every route of the district server (fast-check, at least 50 cases a route, on SQLite and
 * PostgreSQL): near-valid requests with one field replaced by anything, arbitrary JSON, broken JSON, odd
 * query strings and tokens. Whatever arrives, the server answers below 500, every refusal in the protocol's
 * error shape with a known code, every success in the route's answer schema, and a kiosk of another hall
 * never gets this hall's citizen's cases or appointments.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  SERVER_ERROR_CODES,
  cancelAnswerSchema,
  caseLookupAnswerSchema,
  casesAnswerSchema,
  catalogPageSchema,
  enrollAnswerSchema,
  errorAnswerSchema,
  heartbeatAnswerSchema,
  slotsAnswerSchema,
  submissionAnswerSchema,
  submissionBatchAnswerSchema,
  bookingAnswerSchema,
} from '../../src-main/district/protocol.types.js';
import { phoneClaimAnswerSchema, phoneLinkAnswerSchema } from '../../src-protocol/phone-links.js';
import { buildApp } from '../../src-server/app.js';
import { catalogV1, startHarness, STORE_KINDS, type Harness } from '../server/server-harness.js';
import { book, CITIZEN, declare, enrollInOtherHall, openSlot } from './server-halls.js';

const RUNS = 50;
const UNLIMITED = { max: 1_000_000, windowMs: 60_000 };

interface Route {
  method: 'GET' | 'POST';
  path: string;
  /** Query strings to try (GET). */
  query?: fc.Arbitrary<string>;
  /** A valid body, whose fields the fuzzer replaces one at a time (POST). */
  valid?: () => Record<string, unknown>;
  answer: z.ZodType;
  /** Ask without a token. */
  open?: boolean;
}

let serial = 0;
const key = (): string => `fuzz-key-${String(++serial).padStart(8, '0')}`;

const ROUTES: Route[] = [
  {
    method: 'POST',
    path: '/v1/enroll',
    open: true,
    valid: () => ({ code: 'ABCD-EFGH', info: { appVersion: '0.1.0', hostname: 'k' } }),
    answer: enrollAnswerSchema,
  },
  {
    method: 'GET',
    path: '/v1/catalog',
    query: fc.oneof(
      fc.constant(''),
      fc.nat({ max: 5 }).map((n) => `since=${n}`),
      fc
        .tuple(fc.string(), fc.string())
        .map(([c, l]) => `cursor=${encodeURIComponent(c)}&limit=${encodeURIComponent(l)}`),
      fc.string().map((s) => `since=${encodeURIComponent(s)}`),
    ),
    answer: catalogPageSchema,
  },
  {
    method: 'POST',
    path: '/v1/submissions',
    valid: () => ({
      idempotencyKey: key(),
      kind: 'declaration',
      payload: { itemName: '临时救助', applicant: { name: '韩红英', idNumber: CITIZEN.idNumber } },
    }),
    answer: submissionAnswerSchema,
  },
  {
    method: 'POST',
    path: '/v1/submissions',
    valid: () => ({
      idempotencyKey: key(),
      kind: 'rating',
      payload: { target: { hallVisit: true }, level: 2, reasons: ['服务态度'] },
    }),
    answer: submissionAnswerSchema,
  },
  {
    method: 'POST',
    path: '/v1/submissions/batch',
    valid: () => ({
      submissions: [
        { idempotencyKey: key(), kind: 'complaint', payload: { category: '其他', text: '建议' } },
        {
          idempotencyKey: key(),
          kind: 'rating',
          payload: { target: { caseNumber: 'ZC20261125000001' }, level: 5 },
        },
      ],
    }),
    answer: submissionBatchAnswerSchema,
  },
  {
    method: 'GET',
    path: '/v1/cases',
    query: fc.oneof(
      fc
        .array(fc.stringMatching(/^[A-Z0-9]{4,20}$/), { maxLength: 120 })
        .map((n) => `numbers=${n.join(',')}`),
      fc.string().map((s) => `numbers=${encodeURIComponent(s)}`),
      fc.constant(''),
    ),
    answer: casesAnswerSchema,
  },
  {
    method: 'POST',
    path: '/v1/cases/lookup',
    valid: () => ({ caseNumber: 'ZC20261125000001KQMP', idLast4: CITIZEN.last4 }),
    answer: caseLookupAnswerSchema,
  },
  {
    method: 'POST',
    path: '/v1/cases/lookup',
    valid: () => ({ idNumber: CITIZEN.idNumber }),
    answer: caseLookupAnswerSchema,
  },
  {
    method: 'POST',
    path: '/v1/heartbeat',
    valid: () => ({ appVersion: '0.1.0', health: { printer: 'ok' }, outboxDepth: 0, catalogVersion: 1 }),
    answer: heartbeatAnswerSchema,
  },
  {
    method: 'GET',
    path: '/v1/appointments/slots',
    query: fc.oneof(
      fc
        .tuple(fc.constantFrom('pension-enroll', 'x', ''), fc.integer({ min: -3, max: 40 }))
        .map(([i, d]) => `itemId=${i}&days=${d}`),
      fc.string().map((s) => `itemId=pension-enroll&from=${encodeURIComponent(s)}`),
    ),
    answer: slotsAnswerSchema,
  },
  {
    method: 'POST',
    path: '/v1/appointments',
    valid: () => ({
      idempotencyKey: key(),
      itemId: 'pension-enroll',
      slotDate: '2026-11-26',
      slotTime: '09:00',
      name: '韩红英',
      idNumber: CITIZEN.idNumber,
      phone: '13805331234',
    }),
    answer: bookingAnswerSchema,
  },
  {
    method: 'POST',
    path: '/v1/appointments/cancel',
    valid: () => ({ appointmentNumber: 'YY20261125000001KQMP', idLast4: CITIZEN.last4 }),
    answer: cancelAnswerSchema,
  },
  {
    method: 'GET',
    path: '/healthz',
    open: true,
    query: fc.string().map(encodeURIComponent),
    answer: z.object({ ok: z.literal(true), catalogVersion: z.number().int() }),
  },
  {
    method: 'POST',
    path: '/v1/phone-links',
    valid: () => ({ sessionId: '6f1c7a52-3a3e-4b8e-9a53-1d2f0c1e2b3a', materialName: '户口簿' }),
    answer: phoneLinkAnswerSchema,
  },
  {
    method: 'POST',
    path: '/v1/phone/claim',
    open: true,
    valid: () => ({ token: 'A'.repeat(43) }),
    answer: phoneClaimAnswerSchema,
  },
];

/** A body: the valid one, one field replaced by anything, any JSON, or text that is not JSON. */
function bodyFor(valid: () => Record<string, unknown>): fc.Arbitrary<string> {
  const replaced = fc
    .tuple(fc.constantFrom(...Object.keys(valid())), fc.oneof(fc.jsonValue(), fc.string(), fc.constant(null)))
    .map(([field, value]) => JSON.stringify({ ...valid(), [field]: value }));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(null).map(() => JSON.stringify(valid())) },
    { weight: 4, arbitrary: replaced },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.constant('{"__proto__":{"admin":true},"constructor":{"prototype":{}}}') },
  );
}

const KNOWN_CODES = new Set<string>(SERVER_ERROR_CODES);

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let app: FastifyInstance;
  let own: string;
  let other: string;
  let ownCase: string;
  let ownAppointment: string;
  beforeAll(async () => {
    h = await startHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z');
    await h.publish(catalogV1());
    app = await buildApp({
      store: h.store,
      now: () => h.clock.now,
      rateLimits: { device: UNLIMITED, guesses: UNLIMITED, target: UNLIMITED, enroll: UNLIMITED },
      phoneUpload: { links: UNLIMITED, claims: UNLIMITED, uploads: UNLIMITED },
    });
    own = (await h.enroll()).deviceToken;
    other = await enrollInOtherHall(h);
    await openSlot(h);
    ownCase = await declare(app, own);
    ownAppointment = await book(app, own);
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  for (const route of ROUTES) {
    const name = `${route.method} ${route.path}${route.valid ? ` (${Object.keys(route.valid()).join(', ')})` : ''}`;
    it(`${name}: ${RUNS} fuzzed requests, never a 5xx, refusals and answers in the protocol's shapes`, async () => {
      const token = fc.oneof(
        { weight: 6, arbitrary: fc.constant(own) },
        { weight: 2, arbitrary: fc.constant(other) },
        { weight: 1, arbitrary: fc.string().map((s) => `Bearer ${s}`) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      );
      const request = fc.record({
        token,
        query: route.query ?? fc.constant(''),
        body: route.valid ? bodyFor(route.valid) : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ token: t, query, body }) => {
          const authorization = t === undefined ? undefined : t.startsWith('Bearer ') ? t : `Bearer ${t}`;
          const res = await app.inject({
            method: route.method,
            url: query ? `${route.path}?${query}` : route.path,
            headers: {
              ...(authorization && !route.open ? { authorization } : {}),
              ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            },
            ...(body !== undefined ? { payload: body } : {}),
          });
          expect(res.statusCode, res.body).toBeLessThan(500);
          if (res.statusCode >= 400) {
            const error = errorAnswerSchema.parse(res.json()).error;
            expect(KNOWN_CODES.has(error.code), error.code).toBe(true);
            return;
          }
          route.answer.parse(res.json());
          // Another hall's kiosk never sees this hall's citizen: not by card, not by a number it lacks.
          if (t === other && route.path === '/v1/cases/lookup') {
            const cases = caseLookupAnswerSchema.parse(res.json()).cases;
            expect(cases.map((c) => c.caseNumber)).not.toContain(ownCase);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('after the fuzzing, the hall’s own appointment is still booked and its case unrated', async () => {
    const [booking] = await h.rows<{ cancelled_at: string | null }>(
      'SELECT cancelled_at FROM appointments WHERE number = ?',
      ownAppointment,
    );
    expect(booking?.cancelled_at).toBeNull();
    expect(await h.rows('SELECT 1 FROM ratings WHERE target_case = ?', ownCase)).toEqual([]);
  });
});
