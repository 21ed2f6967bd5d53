import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RejectedError } from '../../src-main/district/district.errors.js';
import {
  MAX_BATCH_SUBMISSIONS,
  submissionAnswerSchema,
  submissionBatchAnswerSchema,
} from '../../src-main/district/protocol.types.js';
import { bearer, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    token = (await h.enroll()).deviceToken;
  });
  afterEach(() => h.close());

  const submit = (body: unknown, auth = token) =>
    h.app.inject({ method: 'POST', url: '/v1/submissions', headers: bearer(auth), payload: body as object });

  const declaration = (key: string) => ({
    idempotencyKey: key,
    kind: 'declaration',
    payload: {
      itemId: 'pension-enroll',
      fields: { name: '张三', note: '测试 "引号" 与 \\ 反斜杠' },
      list: [1, 2.5, null],
    },
  });

  const caseCount = (): Promise<number> => h.count('submissions');

  describe('POST /v1/submissions', () => {
    it('creates a case (201) numbered ZC + China date + 6-digit sequence + check part, with status 已提交', async () => {
      h.clock.now = new Date('2026-11-25T17:30:00.000Z'); // 2026-11-26 01:30 in China
      const res = await submit(declaration('key-0000000001'));
      expect(res.statusCode).toBe(201);
      const answer = submissionAnswerSchema.parse(res.json());
      expect(answer).toEqual({
        caseNumber: expect.stringMatching(/^ZC20261126000001[A-Z]{4}$/),
        status: '已提交',
        receivedAt: '2026-11-25T17:30:00.000Z',
      });
      const second = submissionAnswerSchema.parse((await submit(declaration('key-0000000002'))).json());
      expect(second.caseNumber).toMatch(/^ZC20261126000002[A-Z]{4}$/);
    });

    it('stores the payload as received', async () => {
      const body = declaration('key-0000000003');
      await submit(body);
      const [row] = await h.rows<{ payload: string; kind: string }>('SELECT payload, kind FROM submissions');
      expect(row?.kind).toBe('declaration');
      expect(JSON.parse(row?.payload ?? 'null')).toEqual(body.payload);
    });

    it('stores both kiosk clocks (version 1) as UTC times, and still takes a submission without them or with an unknown stamp', async () => {
      const stamped = {
        ...declaration('key-clocks-01'),
        clocks: { v: 1, kioskLocal: '2023-11-24T10:00:00+08:00', kioskTime: '2026-11-25T02:00:00.000Z' },
      };
      expect((await submit(stamped)).statusCode).toBe(201);
      expect((await submit(declaration('key-clocks-02'))).statusCode).toBe(201);
      for (const [n, clocks] of [
        { v: 2, kioskLocal: 'x' },
        'yesterday',
        { v: 1, kioskLocal: 'soon' },
        { v: 1, kioskLocal: '2026-11-25T02:00:00.000Z', kioskTime: 'later' },
      ].entries())
        expect((await submit({ ...declaration(`key-clocks-1${n}`), clocks })).statusCode).toBe(201);
      // A repeat of the key with another stamp keeps the first submission's clocks.
      const again = await submit({
        ...stamped,
        clocks: { v: 1, kioskLocal: '2026-11-25T03:00:00.000Z', kioskTime: '2026-11-25T03:00:00.000Z' },
      });
      expect(again.statusCode).toBe(200);
      const stored = await h.rows<{ key: string; local: string | null; time: string | null }>(
        `SELECT idempotency_key AS key, kiosk_local_at AS local, kiosk_time_at AS time
           FROM submissions ORDER BY idempotency_key`,
      );
      expect(stored).toEqual([
        { key: 'key-clocks-01', local: '2023-11-24T02:00:00.000Z', time: '2026-11-25T02:00:00.000Z' },
        { key: 'key-clocks-02', local: null, time: null },
        { key: 'key-clocks-10', local: null, time: null },
        { key: 'key-clocks-11', local: null, time: null },
        { key: 'key-clocks-12', local: null, time: null },
        { key: 'key-clocks-13', local: null, time: null },
      ]);
      // The stamp is no part of the payload, which is stored as received.
      const rows = await h.rows<{ payload: string }>('SELECT payload FROM submissions');
      for (const row of rows) expect(JSON.parse(row.payload)).toEqual(declaration('x').payload);
    });

    it('stores the clocks of each item of a batch', async () => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/v1/submissions/batch',
        headers: bearer(token),
        payload: {
          submissions: [
            {
              ...declaration('key-batch-clk-1'),
              clocks: { v: 1, kioskLocal: '2026-11-24T02:00:00.000Z', kioskTime: '2026-11-25T01:00:00.000Z' },
            },
            declaration('key-batch-clk-2'),
          ],
        },
      });
      expect(res.statusCode).toBe(200);
      const stored = await h.rows<{ local: string | null; time: string | null }>(
        `SELECT kiosk_local_at AS local, kiosk_time_at AS time FROM submissions ORDER BY idempotency_key`,
      );
      expect(stored).toEqual([
        { local: '2026-11-24T02:00:00.000Z', time: '2026-11-25T01:00:00.000Z' },
        { local: null, time: null },
      ]);
    });

    it('returns the first answer (200, same case) for a repeat of the key', async () => {
      const first = await submit(declaration('key-repeat-01'));
      h.clock.now = new Date(h.clock.now.getTime() + 60_000);
      const again = await submit(declaration('key-repeat-01'));
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(await caseCount()).toBe(1);
    });

    it('20 concurrent submissions with the same key make exactly one case', async () => {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => submit(declaration('key-concurrent'))),
      );
      const numbers = new Set(answers.map((a) => a.json<{ caseNumber: string }>().caseNumber));
      expect(numbers.size).toBe(1);
      expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1);
      expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(19);
      expect(await caseCount()).toBe(1);
    });

    it('scopes keys per device: another device with the same key gets its own case', async () => {
      const other = (await h.enroll()).deviceToken;
      const a = (await submit(declaration('key-shared-01'))).json<{ caseNumber: string }>();
      const b = (await submit(declaration('key-shared-01'), other)).json<{ caseNumber: string }>();
      expect(a.caseNumber).not.toBe(b.caseNumber);
    });

    it.each([
      ['a missing key', { kind: 'help', payload: {} }, 'idempotencyKey'],
      ['a short key', { idempotencyKey: 'abc', kind: 'help', payload: {} }, 'idempotencyKey'],
      ['an unknown kind', { idempotencyKey: 'key-00000001', kind: 'tax', payload: {} }, 'kind'],
      ['an array payload', { idempotencyKey: 'key-00000001', kind: 'rating', payload: [1] }, 'payload'],
      ['a null payload', { idempotencyKey: 'key-00000001', kind: 'rating', payload: null }, 'payload'],
      [
        'a payload over 256 KB',
        { idempotencyKey: 'key-00000001', kind: 'complaint', payload: { text: '诉'.repeat(90_000) } },
        'payload',
      ],
    ])('answers 400 INVALID with the field for %s', async (_what, body, field) => {
      const res = await submit(body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'INVALID', field } });
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await caseCount()).toBe(0);
    });

    it('accepts a payload just under 256 KB and refuses a body over the limit with 413', async () => {
      const ok = await submit({
        idempotencyKey: 'key-big-00001',
        kind: 'declaration',
        payload: { t: 'a'.repeat(250_000) },
      });
      expect(ok.statusCode).toBe(201);
      const huge = await submit({
        idempotencyKey: 'key-big-00002',
        kind: 'declaration',
        payload: { t: 'a'.repeat(1_100_000) },
      });
      expect(huge.statusCode).toBe(413);
      expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('the client maps a 400 to RejectedError carrying the reason and status', async () => {
      const error = await h
        .client(token)
        .submit({ idempotencyKey: 'key-00000001', kind: 'nope' as never, payload: {} })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RejectedError);
      expect(error).toMatchObject({ status: 400, serverCode: 'INVALID', field: 'kind', code: 'INPUT' });
      expect((error as RejectedError).reason).toMatch(/提交类型/);
    });
  });

  describe('POST /v1/submissions/batch', () => {
    const batch = (submissions: unknown[], auth = token) =>
      h.app.inject({
        method: 'POST',
        url: '/v1/submissions/batch',
        headers: bearer(auth),
        payload: { submissions },
      });
    const rating = (key: string, caseNumber: string) => ({
      idempotencyKey: key,
      kind: 'rating',
      payload: { target: { caseNumber }, level: 5 },
    });

    it('answers each item in order, like single POSTs, and stores them in one go', async () => {
      const res = await batch([declaration('key-batch-001'), declaration('key-batch-002')]);
      expect(res.statusCode).toBe(200);
      const { results } = submissionBatchAnswerSchema.parse(res.json());
      // Answers come back in the batch's order. Which item takes the day's first sequence is the store's
      // business: PostgreSQL runs the items on several pool connections at once.
      const answer = {
        ok: true,
        created: true,
        answer: {
          caseNumber: expect.stringMatching(/^ZC2026112500000[12][A-Z]{4}$/),
          status: '已提交',
          receivedAt: h.clock.now.toISOString(),
        },
      };
      expect(results).toEqual([answer, answer]);
      const numbers = results.map((r) => (r.ok ? r.answer.caseNumber.slice(0, 16) : ''));
      expect(numbers.sort()).toEqual(['ZC20261125000001', 'ZC20261125000002']);
      expect(await caseCount()).toBe(2);
    });

    it('is idempotent per key across single POSTs, batches, and within one batch', async () => {
      const single = (await submit(declaration('key-batch-010'))).json<{ caseNumber: string }>();
      const res = await batch([
        declaration('key-batch-010'),
        declaration('key-batch-011'),
        declaration('key-batch-011'),
      ]);
      const { results } = submissionBatchAnswerSchema.parse(res.json());
      expect(results.map((r) => r.ok && r.created)).toEqual([false, true, false]);
      const numbers = results.map((r) => (r.ok ? r.answer.caseNumber : ''));
      expect(numbers[0]).toBe(single.caseNumber);
      expect(numbers[2]).toBe(numbers[1]);
      expect(await caseCount()).toBe(2);
      // And the whole batch again: the same answers, nothing new.
      const again = submissionBatchAnswerSchema.parse((await batch([declaration('key-batch-011')])).json());
      expect(again.results).toEqual([
        { ok: true, created: false, answer: results[1]!.ok && results[1]!.answer },
      ]);
      expect(await caseCount()).toBe(2);
    });

    it('gives a bad item its own error (the status a single POST gets) and keeps the others', async () => {
      const first = (await submit(declaration('key-batch-020'))).json<{ caseNumber: string }>();
      await submit(rating('key-batch-021', first.caseNumber));
      const res = await batch([
        { idempotencyKey: 'abc', kind: 'declaration', payload: {} },
        declaration('key-batch-022'),
        rating('key-batch-023', first.caseNumber), // the case was rated already
        {
          idempotencyKey: 'key-batch-024',
          kind: 'rating',
          payload: { target: { hallVisit: true }, level: 1 },
        },
      ]);
      expect(res.statusCode).toBe(200);
      const { results } = submissionBatchAnswerSchema.parse(res.json());
      expect(results[0]).toMatchObject({
        ok: false,
        status: 400,
        error: { code: 'INVALID', field: 'idempotencyKey' },
      });
      expect(results[1]).toMatchObject({ ok: true, created: true });
      expect(results[2]).toMatchObject({
        ok: false,
        status: 409,
        error: { code: 'ALREADY_RATED', field: 'payload.target.caseNumber' },
      });
      expect(results[3]).toMatchObject({
        ok: false,
        status: 400,
        error: { code: 'INVALID', field: 'payload.reasons' },
      });
      expect(await caseCount()).toBe(3);
    });

    it.each([
      ['an empty list', { submissions: [] }],
      ['no list', { items: [declaration('key-batch-030')] }],
      [
        'more than the most items',
        {
          submissions: Array.from({ length: MAX_BATCH_SUBMISSIONS + 1 }, (_, i) =>
            declaration(`key-batch-1${String(i).padStart(4, '0')}`),
          ),
        },
      ],
    ])('refuses %s as a whole with 400 INVALID', async (_what, body) => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/v1/submissions/batch',
        headers: bearer(token),
        payload: body,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'INVALID' } });
      expect(await caseCount()).toBe(0);
    });

    it('needs a device token', async () => {
      const res = await batch([declaration('key-batch-040')], 'not-a-token');
      expect(res.statusCode).toBe(401);
      expect(await caseCount()).toBe(0);
    });

    it('the client maps item errors to RejectedError / OfflineError and sends payload text as it is', async () => {
      const outcomes = await h.client(token).submitBatch([
        {
          idempotencyKey: 'key-batch-050',
          kind: 'declaration',
          payloadJson: JSON.stringify({ 名: '韩红英' }),
        },
        { idempotencyKey: 'key-batch-051', kind: 'declaration', payloadJson: '[1,2]' },
      ]);
      expect(outcomes[0]).toMatchObject({ ok: true, answer: { status: '已提交' } });
      expect(outcomes[1]!.ok).toBe(false);
      const error = !outcomes[1]!.ok && outcomes[1]!.error;
      expect(error).toBeInstanceOf(RejectedError);
      expect(error).toMatchObject({ status: 400, serverCode: 'INVALID', field: 'payload' });
      const [row] = await h.rows<{ payload: string }>(
        "SELECT payload FROM submissions WHERE idempotency_key = 'key-batch-050'",
      );
      expect(JSON.parse(row!.payload)).toEqual({ 名: '韩红英' });
    });
  });
});
