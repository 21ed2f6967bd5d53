/**
 * Odd requests over real HTTP on loopback, on both stores, answered 4xx in the protocol's error shape,
 * never a 500 nor Fastify's own shape: JSON nested thousands of levels deep (a single submission, an item
 * of a batch, a heartbeat), a path that does not decode (`%ZZ`) or whose parameter is too long, and a slots
 * query starting years away from today (whose dates would not even be YYYY-MM-DD).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slotsAnswerSchema } from '../../src-main/district/protocol.types.js';
import { MAX_JSON_DEPTH, heartbeatRequestSchema, submissionRequestSchema } from '../../src-protocol/index.js';
import { bearer, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

/** `{"a":{"a":…1…}}`, `levels` objects deep, as JSON text. */
const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
/** A value `levels` objects deep. */
const deepValue = (levels: number): Record<string, unknown> => {
  let value: Record<string, unknown> = { a: 1 };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
};

describe('free-form objects of the protocol', () => {
  it('take MAX_JSON_DEPTH levels, and refuse deeper ones without overflowing the stack', () => {
    const request = (payload: unknown) => ({ idempotencyKey: 'deep-json-0001', kind: 'help', payload });
    expect(submissionRequestSchema.safeParse(request(deepValue(MAX_JSON_DEPTH))).success).toBe(true);
    for (const levels of [MAX_JSON_DEPTH + 1, 100_000]) {
      const parsed = submissionRequestSchema.safeParse(request(deepValue(levels)));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues).toEqual([
        expect.objectContaining({
          path: ['payload'],
          message: `提交内容嵌套太深（最多 ${MAX_JSON_DEPTH} 层）`,
        }),
      ]);
    }
    const health = heartbeatRequestSchema.safeParse({
      appVersion: '0.1.0',
      health: deepValue(100_000),
      outboxDepth: 0,
      catalogVersion: 0,
    });
    expect(health.error?.issues.map((i) => i.path)).toEqual([['health']]);
  });
});

describe.each(STORE_KINDS)('odd requests over HTTP (%s store)', (kind) => {
  let h: Harness;
  let base: string;
  let token: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    token = (await h.enroll()).deviceToken;
    base = await h.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(() => h.close());

  const send = async (path: string, body?: string): Promise<{ status: number; json: unknown }> => {
    const res = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...bearer(token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body }),
    });
    return { status: res.status, json: await res.json() };
  };
  const tooDeep = {
    code: 'INVALID',
    field: 'payload',
    message: `payload：提交内容嵌套太深（最多 ${MAX_JSON_DEPTH} 层）`,
  };

  it('answers JSON nested thousands of levels deep with 400 INVALID, never a 500', async () => {
    // 4,106 levels (about 35 KB) and 170,000 (about 1 MB, just under the body limit).
    for (const levels of [4_106, 170_000]) {
      const body = `{"idempotencyKey":"deep-json-${levels}","kind":"help","payload":${nested(levels)}}`;
      expect(await send('/v1/submissions', body)).toEqual({ status: 400, json: { error: tooDeep } });
    }
    const batch = await send(
      '/v1/submissions/batch',
      `{"submissions":[{"idempotencyKey":"deep-json-batch","kind":"help","payload":${nested(4_106)}},` +
        '{"idempotencyKey":"deep-json-other","kind":"help","payload":[]}]}',
    );
    expect(batch).toEqual({
      status: 200,
      json: {
        results: [
          { ok: false, status: 400, error: tooDeep },
          { ok: false, status: 400, error: expect.objectContaining({ code: 'INVALID', field: 'payload' }) },
        ],
      },
    });
    const heartbeat = await send(
      '/v1/heartbeat',
      `{"appVersion":"0.1.0","health":${nested(4_106)},"outboxDepth":0,"catalogVersion":0}`,
    );
    expect(heartbeat).toEqual({
      status: 400,
      json: {
        error: {
          code: 'INVALID',
          field: 'health',
          message: `health：设备状态嵌套太深（最多 ${MAX_JSON_DEPTH} 层）`,
        },
      },
    });
    expect(await h.count('submissions')).toBe(0);
  });

  it('answers a path that does not decode, or too long a parameter, in the protocol shape', async () => {
    expect(await send('/v1/help/%ZZ')).toEqual({
      status: 400,
      json: { error: { code: 'INVALID', message: '请求地址格式不对' } },
    });
    expect(await send('/console/api/ratings/%E0%A4%A/actions', '{}')).toEqual({
      status: 400,
      json: { error: { code: 'INVALID', message: '请求地址格式不对' } },
    });
    expect(await send(`/v1/help/${'a'.repeat(101)}`)).toEqual({
      status: 414,
      json: { error: { code: 'INVALID', message: '请求地址太长' } },
    });
  });

  it('answers slots from a year either side of today, and 400 further away', async () => {
    // Today is 25 November 2026 on the harness clock.
    const slots = (from: string) => send(`/v1/appointments/slots?itemId=pension-enroll&from=${from}&days=3`);
    for (const from of ['2025-11-24', '2027-11-26']) {
      const ok = await slots(from);
      expect(ok.status).toBe(200);
      expect(slotsAnswerSchema.parse(ok.json).dates.map((d) => d.date)[0]).toBe(from);
    }
    for (const from of ['2025-11-23', '2027-11-27', '9999-12-31', '0000-01-01']) {
      expect(await slots(from)).toEqual({
        status: 400,
        json: { error: { code: 'INVALID', field: 'from', message: 'from：开始日期应在今天前后一年之内' } },
      });
    }
  });
});
