import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RejectedError } from '../../src-main/district/district.errors.js';
import { submissionAnswerSchema } from '../../src-main/district/protocol.types.js';
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
    it('creates a case (201) numbered ZC + China date + 6-digit sequence, with status 已提交', async () => {
      h.clock.now = new Date('2026-11-25T17:30:00.000Z'); // 2026-11-26 01:30 in China
      const res = await submit(declaration('key-0000000001'));
      expect(res.statusCode).toBe(201);
      const answer = submissionAnswerSchema.parse(res.json());
      expect(answer).toEqual({
        caseNumber: 'ZC20261126000001',
        status: '已提交',
        receivedAt: '2026-11-25T17:30:00.000Z',
      });
      const second = submissionAnswerSchema.parse((await submit(declaration('key-0000000002'))).json());
      expect(second.caseNumber).toBe('ZC20261126000002');
    });

    it('stores the payload as received', async () => {
      const body = declaration('key-0000000003');
      await submit(body);
      const [row] = await h.rows<{ payload: string; kind: string }>('SELECT payload, kind FROM submissions');
      expect(row?.kind).toBe('declaration');
      expect(JSON.parse(row?.payload ?? 'null')).toEqual(body.payload);
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
});
