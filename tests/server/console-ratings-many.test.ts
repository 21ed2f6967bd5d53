/**
 * 好差评 with tens of thousands of 差评, on both stores, over real HTTP on loopback: more than one SQL
 * statement may bind (SQLite 32,766 variables, PostgreSQL 65,535 parameters). The console's page answers
 * 200 with one page of 差评 — overdue ones first, then the other open ones, oldest first, rectified ones
 * last — the counts of all of them, and the 回访/整改 recorded against the rows of that page. Overdue is
 * decided in SQL by each hall's calendar, as the rows themselves show it.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RatingsAnswer } from '../../src-server/console/feedback-api.types.js';
import { storeSql } from '../../src-server/store/store-sql.js';
import { HALL_B, PASSWORD, startConsoleHarness, type ConsoleHarness } from './console-fixture.js';
import { bearer, HALL, STORE_KINDS } from './server-harness.js';

let h: ConsoleHarness;
afterEach(async () => h?.close());

/** Past each store's limit of bound values for one statement. */
const POOR = { sqlite: 33_000, postgres: 66_000 } as const;
/** 差评 a page of the console. */
const RATINGS_PAGE_SIZE = 50;
/** The oldest ones are rectified long ago: off the list. */
const RECTIFIED_LONG_AGO = 100;

interface Session {
  get(path: string): Promise<{ status: number; body: string }>;
  post(path: string, body: unknown): Promise<{ status: number; body: string }>;
}

async function login(base: string, name: string): Promise<Session> {
  const res = await fetch(`${base}/console/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrf } = (await res.json()) as { csrf: string };
  const answer = async (r: Response) => ({ status: r.status, body: await r.text() });
  return {
    get: async (path) => answer(await fetch(`${base}${path}`, { headers: { cookie } })),
    post: async (path, body) =>
      answer(
        await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
  };
}

describe.each(STORE_KINDS)('好差评 with many 差评 (%s)', (kind) => {
  it('answers one page of 差评 with the counts of all of them', async () => {
    h = await startConsoleHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z'); // Wednesday 25 November in China
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const { deviceId } = await h.enroll();
    const rate = (i: number, receivedAt: string, callbackDue: string, level = 1 + (i % 2)): Promise<string> =>
      h.store
        .submit({
          deviceId,
          idempotencyKey: `poor-rating-${i}`,
          kind: 'rating',
          payloadJson: JSON.stringify({ target: { hallVisit: true }, level, reasons: ['窗口服务'] }),
          receivedAt,
          casePrefix: `ZC${receivedAt.slice(0, 10).replaceAll('-', '')}`,
          rating: {
            targetCase: null,
            level,
            followUp: { hallCode: HALL.code, dueDate: callbackDue },
          },
        })
        .then((outcome) => outcome.caseNumber);

    // One a minute from 2 March on: every one of them overdue by 25 November.
    const count = POOR[kind];
    const start = Date.parse('2026-03-02T00:00:00.000Z');
    const old: string[] = [];
    for (let i = 0; i < count; i += 2_000) {
      const chunk = Array.from({ length: Math.min(2_000, count - i) }, (_, j) =>
        rate(i + j, new Date(start + (i + j) * 60_000).toISOString(), '2026-03-20'),
      );
      old.push(...(await Promise.all(chunk)));
    }
    const sql = storeSql(h.store);
    for (const number of old.slice(0, RECTIFIED_LONG_AGO))
      await sql.run(
        "INSERT INTO followup_actions (case_number, kind, note, at, user_name) VALUES (?, '整改', '已整改', ?, 'zhanzhang')",
        [number, '2026-04-01T02:00:00.000Z'],
      );
    // Four of today: three open (not yet due), one rectified.
    const today = await Promise.all(
      [0, 1, 2, 3].map((j) => rate(count + j, `2026-11-25T01:0${j}:00.000Z`, '2026-12-02')),
    );

    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    const staff = await login(base, 'zhanzhang');
    const firstOpen = old[RECTIFIED_LONG_AGO] ?? '';
    const done = today[3] ?? '';
    expect(
      (await staff.post(`/console/api/ratings/${firstOpen}/actions`, { kind: '回访', note: '已致电' }))
        .status,
    ).toBe(200);
    expect(
      (await staff.post(`/console/api/ratings/${done}/actions`, { kind: '整改', note: '已整改' })).status,
    ).toBe(200);

    const listed = count - RECTIFIED_LONG_AGO + today.length;
    const res = await staff.get('/console/api/ratings');
    expect(res.status, res.body).toBe(200);
    const first = JSON.parse(res.body) as RatingsAnswer;
    expect(first).toMatchObject({
      from: '2026-08-28',
      to: '2026-11-25',
      total: 4,
      poorTotal: listed,
      poorOpen: listed - 1,
      poorOverdue: count - RECTIFIED_LONG_AGO,
      page: 1,
      pageSize: RATINGS_PAGE_SIZE,
    });
    expect(first.byMonth).toEqual([{ key: '2026-11', counts: [2, 2, 0, 0, 0], total: 4, satisfied: 0 }]);
    expect(first.poor.map((p) => p.ratingNumber)).toEqual(
      old.slice(RECTIFIED_LONG_AGO, RECTIFIED_LONG_AGO + RATINGS_PAGE_SIZE),
    );
    expect(first.poor.every((p) => p.overdue && p.rectifyDone === null)).toBe(true);
    expect(first.poor[0]).toMatchObject({
      ratingNumber: firstOpen,
      reasons: ['窗口服务'],
      callbackDone: expect.any(String),
    });
    expect(first.poor[0]?.actions.map((a) => [a.kind, a.note, a.user])).toEqual([
      ['回访', '已致电', 'zhanzhang'],
    ]);

    // The last page: today's open ones, then the rectified one.
    const last = Math.ceil(listed / RATINGS_PAGE_SIZE);
    const end = JSON.parse((await staff.get(`/console/api/ratings?page=${last}`)).body) as RatingsAnswer;
    expect(end.page).toBe(last);
    expect(end.poor.map((p) => p.ratingNumber)).toEqual(today);
    expect(end.poor.map((p) => [p.overdue, p.rectifyDone !== null])).toEqual([
      [false, false],
      [false, false],
      [false, false],
      [false, true],
    ]);
    expect(JSON.parse((await staff.get(`/console/api/ratings?page=${last + 1}`)).body)).toMatchObject({
      poor: [],
      poorTotal: listed,
    });
    expect((await staff.get('/console/api/ratings?page=0')).status).toBe(400);
  });
});

describe.each(STORE_KINDS)("好差评 counted by each hall's calendar (%s)", (kind) => {
  it('counts and orders overdue 差评 as their rows show them', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    await h.createUser('quzhang', 'district');
    await h.store.addHoliday(HALL.code, '2026-12-01');
    const here = await h.kiosk();
    const there = await h.kiosk(HALL_B.code);
    const rate = async (token: string, at: string): Promise<string> => {
      h.clock.now = new Date(at);
      const res = await h.app.inject({
        method: 'POST',
        url: '/v1/submissions',
        headers: bearer(token),
        payload: {
          idempotencyKey: randomUUID(),
          kind: 'rating',
          payload: { target: { hallVisit: true }, level: 1, reasons: ['办事程序是否便利'] },
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ caseNumber: string }>().caseNumber;
    };
    // 整改 due 15 working days later: 16 December for 24 November here (1 December a holiday), 17 December
    // for 25 November; 16 December for 25 November in the other hall. 回访 due 3 and 2 December.
    const older = await rate(here.token, '2026-11-24T02:00:00.000Z');
    const mine = await rate(here.token, '2026-11-25T02:00:00.000Z');
    const theirs = await rate(there.token, '2026-11-25T02:05:00.000Z');

    h.clock.now = new Date('2026-12-17T02:00:00.000Z');
    const district = await h.login('quzhang');
    const hall = await h.login('zhanzhang');
    const report = async (staff: typeof hall) => {
      const res = await staff.get('/console/api/ratings');
      expect(res.statusCode, res.body).toBe(200);
      const answer = res.json<RatingsAnswer>();
      return {
        poorTotal: answer.poorTotal,
        poorOpen: answer.poorOpen,
        poorOverdue: answer.poorOverdue,
        rows: answer.poor.map((p) => [p.ratingNumber, p.overdue, p.rectifyDue]),
      };
    };
    // Not called back: every one overdue.
    expect(await report(district)).toEqual({
      poorTotal: 3,
      poorOpen: 3,
      poorOverdue: 3,
      rows: [
        [older, true, '2026-12-16'],
        [mine, true, '2026-12-17'],
        [theirs, true, '2026-12-16'],
      ],
    });
    // Called back: due for 整改 only today, so no longer overdue; the others are.
    expect(
      (await hall.post(`/console/api/ratings/${mine}/actions`, { kind: '回访', note: '已致电' })).statusCode,
    ).toBe(200);
    expect(await report(district)).toEqual({
      poorTotal: 3,
      poorOpen: 3,
      poorOverdue: 2,
      rows: [
        [older, true, '2026-12-16'],
        [theirs, true, '2026-12-16'],
        [mine, false, '2026-12-17'],
      ],
    });
    expect(await report(hall)).toEqual({
      poorTotal: 2,
      poorOpen: 2,
      poorOverdue: 1,
      rows: [
        [older, true, '2026-12-16'],
        [mine, false, '2026-12-17'],
      ],
    });
  });
});
