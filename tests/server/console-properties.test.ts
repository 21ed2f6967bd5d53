/**
 * Property tests of every console route (and the kiosk's help-status route): whatever arrives — odd JSON,
 * wrong types, strange query strings, path segments of any characters — the answer is a 2xx or a 4xx
 * with a Chinese message, never a 5xx.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleHarness, type ConsoleHarness, type Staff } from './console-fixture.js';
import { HALL } from './server-harness.js';

let h: ConsoleHarness;
let staff: Staff;
let district: Staff;
let kioskToken = '';
let caseNumber = '';

beforeAll(async () => {
  h = await startConsoleHarness('sqlite');
  await h.createUser('zhanzhang', 'hall', HALL.code);
  await h.createUser('quzhang', 'district');
  staff = await h.login('zhanzhang');
  district = await h.login('quzhang');
  const kiosk = await h.kiosk();
  kioskToken = kiosk.token;
  caseNumber = await h.declare(kiosk.token);
});
afterAll(async () => h?.close());

const CHINESE = /[\u4e00-\u9fff]/;

function expectCalm(res: LightMyRequestResponse, what: string): void {
  if (res.statusCode >= 500) throw new Error(`${what} → ${res.statusCode} ${res.body}`);
  if (res.statusCode >= 400) {
    const message = res.json<{ error?: { message?: string } }>().error?.message ?? '';
    if (!CHINESE.test(message))
      throw new Error(`${what} → ${res.statusCode} without a Chinese message: ${res.body}`);
  }
}

const json = fc.jsonValue({ maxDepth: 3 });
const segment = fc.string({ unit: 'binary', maxLength: 80 }).map((s) => encodeURIComponent(s));
const queryValue = fc.oneof(fc.string({ maxLength: 40 }), fc.integer().map(String), fc.constant(''));
const query = fc
  .dictionary(
    fc.constantFrom(
      'hall',
      'status',
      'item',
      'from',
      'to',
      'page',
      'before',
      'wait',
      'date',
      'x',
      '__proto__',
    ),
    queryValue,
    { maxKeys: 4 },
  )
  .map((q) => new URLSearchParams(q).toString());

describe('console routes under bad input', () => {
  it('login', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(json, fc.record({ name: json, password: json })), async (body) => {
        const res = await h.app.inject({
          method: 'POST',
          url: '/console/api/login',
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
        expectCalm(res, `login ${JSON.stringify(body)}`);
      }),
      { numRuns: 25 },
    );
    const raw = await h.app.inject({
      method: 'POST',
      url: '/console/api/login',
      payload: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(raw.statusCode).toBe(400);
    expectCalm(raw, 'login with broken JSON');
  });

  it('lists with any query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'cases',
          'help',
          'halls',
          'audit',
          'session',
          'help/nope',
          'ratings',
          'complaints',
          'bookings',
          'notices',
        ),
        query,
        async (route, q) => {
          for (const who of [staff, district])
            expectCalm(await who.get(`/console/api/${route}?${q}`), `${route}?${q}`);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a case, its status, a call’s 接单, with any path and body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(segment, fc.constant(caseNumber)), json, async (id, body) => {
        expectCalm(await staff.get(`/console/api/cases/${id}`), `case ${id}`);
        expectCalm(
          await staff.post(`/console/api/cases/${id}/status`, body),
          `status ${id} ${JSON.stringify(body)}`,
        );
        expectCalm(await staff.post(`/console/api/help/${id}/accept`, body), `accept ${id}`);
      }),
      { numRuns: 120 },
    );
    for (const body of [
      { status: '已办结', note: 'x'.repeat(201) },
      { status: '已提交' },
      { status: '已受理', extra: 1 },
      'text',
      null,
      [],
    ]) {
      const res = await staff.post(`/console/api/cases/${caseNumber}/status`, body);
      expect([400, 415], `${JSON.stringify(body)} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      expectCalm(res, JSON.stringify(body));
    }
  });

  it('a case’s material pages with any case, page and query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(segment, fc.constant(caseNumber)),
        fc.oneof(segment, fc.integer().map(String)),
        query,
        async (id, pageNo, q) => {
          for (const who of [staff, district]) {
            expectCalm(await who.get(`/console/api/cases/${id}/pages?${q}`), `pages ${id}?${q}`);
            expectCalm(
              await who.get(`/console/api/cases/${id}/pages/${pageNo}?${q}`),
              `page ${id}/${pageNo}?${q}`,
            );
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('好差评 records, complaint replies, slots, holidays and catalog uploads with any path and body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(segment, fc.constant(caseNumber)), json, async (id, body) => {
        for (const who of [staff, district]) {
          expectCalm(await who.post(`/console/api/ratings/${id}/actions`, body), `rating action ${id}`);
          expectCalm(await who.post(`/console/api/complaints/${id}/reply`, body), `reply ${id}`);
          expectCalm(await who.post(`/console/api/notices/${id}/retry`, body), `notice retry ${id}`);
          expectCalm(
            await who.post('/console/api/bookings/schedule', body),
            `schedule ${JSON.stringify(body)}`,
          );
          expectCalm(
            await who.post('/console/api/bookings/holidays', body),
            `holiday ${JSON.stringify(body)}`,
          );
          expectCalm(await who.post('/console/api/catalog/preview', body), `preview ${JSON.stringify(body)}`);
          expectCalm(await who.post('/console/api/catalog/publish', body), `publish ${JSON.stringify(body)}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the kiosk’s complaint lookup with any body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(json, fc.record({ number: json })), async (body) => {
        const res = await h.app.inject({
          method: 'POST',
          url: '/v1/complaints/lookup',
          headers: { authorization: `Bearer ${kioskToken}`, 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expectCalm(res, `complaint lookup ${JSON.stringify(body)}`);
      }),
      { numRuns: 100 },
    );
  });

  it('the kiosk’s help status with any id and wait', async () => {
    await fc.assert(
      fc.asyncProperty(segment, query, async (id, q) => {
        const res = await h.app.inject({
          method: 'GET',
          url: `/v1/help/${id}?${q}`,
          headers: { authorization: `Bearer ${kioskToken}` },
        });
        expectCalm(res, `help status ${id}?${q}`);
      }),
      { numRuns: 100 },
    );
  });
});
