/**
 * The district server's answers under any input: whatever status and body a real HTTP server on
 * 127.0.0.1 sends (a broken server, a captive portal, a proxy's error page), each client method either
 * returns a value its answer schema accepts or throws one of the four typed errors the outbox acts on,
 * the one the status calls for, and no error message quotes the body.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfflineError, UnauthorizedError } from '../../../src-main/contract/errors.js';
import { DistrictClient } from '../../../src-main/district/district.client.js';
import { CursorGoneError, RejectedError } from '../../../src-main/district/district.errors.js';
import {
  casesAnswerSchema,
  catalogPageSchema,
  enrollAnswerSchema,
  heartbeatAnswerSchema,
  SERVER_ERROR_CODES,
  submissionAnswerSchema,
} from '../../../src-main/district/protocol.types.js';
import { loadDemoCatalog } from '../../helpers/demo-catalog.js';

/** Planted in bodies: must never come back in an error message (it is what a payload would hold). */
const SECRET = '370302199001010029';
const AT = '2026-11-25T08:00:00.000+08:00';

interface Call {
  name: string;
  schema: z.ZodType;
  valid: unknown;
  run(client: DistrictClient): Promise<unknown>;
}

const item = loadDemoCatalog().items[0]!;
const CALLS: Call[] = [
  {
    name: 'enroll',
    schema: enrollAnswerSchema,
    valid: {
      deviceId: 'dev-1',
      deviceToken: 't'.repeat(43),
      hall: { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心', address: null, phone: null },
      catalogPublicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n',
    },
    run: (c) => c.enroll('ABCD-EFGH', { appVersion: '0.1.0' }),
  },
  {
    name: 'catalogPage',
    schema: catalogPageSchema,
    valid: {
      manifest: {
        version: 3,
        displayVersion: '2026.3',
        publishedAt: AT,
        region: '淄川区',
        digest: 'a'.repeat(64),
      },
      signature: 'c2ln',
      full: true,
      since: 0,
      items: [item],
      removed: [],
      nextCursor: null,
    },
    run: (c) => c.catalogPage({ since: 2 }),
  },
  {
    name: 'submit',
    schema: submissionAnswerSchema,
    valid: { caseNumber: 'ZC20261125000042', status: '已提交', receivedAt: AT },
    run: (c) =>
      c.submit({ idempotencyKey: 'key-12345678', kind: 'declaration', payload: { idNumber: SECRET } }),
  },
  {
    name: 'cases',
    schema: casesAnswerSchema,
    valid: {
      cases: [{ caseNumber: 'ZC20261125000042', status: '已受理', history: [{ status: '已受理', at: AT }] }],
    },
    // cases() answers the list inside the answer.
    run: (c) => c.cases(['ZC20261125000042']).then((cases) => ({ cases })),
  },
  {
    name: 'heartbeat',
    schema: heartbeatAnswerSchema,
    valid: { receivedAt: AT, catalogVersion: 3 },
    run: (c) => c.heartbeat({ appVersion: '0.1.0', health: {}, outboxDepth: 0, catalogVersion: 2 }),
  },
];

interface Answer {
  status: number;
  contentType: string;
  body: Uint8Array;
}

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** A body: the right answer, the right answer with one key broken, an error body, or anything. */
function bodyFor(call: Call): fc.Arbitrary<Uint8Array> {
  const valid = call.valid as Record<string, unknown>;
  const withSecret = fc.oneof(fc.string(), fc.constant(SECRET), fc.constant(`用户 ${SECRET} 不存在`));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(json(valid)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...Object.keys(valid)), fc.oneof(fc.jsonValue(), withSecret))
        .map(([key, value]) => json({ ...valid, [key]: value })),
    },
    {
      weight: 3,
      arbitrary: fc
        .record(
          {
            code: fc.oneof(fc.constantFrom(...SERVER_ERROR_CODES), withSecret),
            message: withSecret,
            field: withSecret,
          },
          { requiredKeys: ['code', 'message'] },
        )
        .map((error) => json({ error })),
    },
    { weight: 1, arbitrary: fc.jsonValue().map(json) },
    { weight: 1, arbitrary: withSecret.map((s) => new TextEncoder().encode(s)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
    {
      weight: 1,
      arbitrary: fc.constant(new TextEncoder().encode(`<html><body>请登录 ${SECRET}</body></html>`)),
    },
  );
}

const status = fc.oneof(
  fc.constantFrom(200, 201, 204, 301, 302, 400, 401, 403, 404, 408, 409, 410, 413, 429, 500, 502, 503, 504),
  fc.integer({ min: 200, max: 599 }),
);

const byName = new Map(CALLS.map((c) => [c.name, c]));
const scenario = fc.constantFrom(...CALLS.map((c) => c.name)).chain((name) =>
  fc.tuple(
    fc.constant(name),
    fc.record({
      status,
      contentType: fc.constantFrom('application/json', 'text/html; charset=utf-8', 'text/plain'),
      body: bodyFor(byName.get(name)!),
    }),
  ),
);

function parsed(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return undefined;
  }
}

describe('district client answers (property)', () => {
  let server: http.Server;
  let baseUrl: string;
  let next: Answer = { status: 200, contentType: 'application/json', body: new Uint8Array() };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(next.status, { 'content-type': next.contentType });
        res.end(next.body);
      });
    });
    server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('returns a validated value or the typed error the status calls for', async () => {
    const reached = new Set<string>();
    const client = new DistrictClient({ baseUrl, token: 'device-token-abcdefghijklmnop', timeoutMs: 5000 });
    await fc.assert(
      fc.asyncProperty(scenario, async ([name, answer]) => {
        const call = byName.get(name)!;
        next = answer;
        const s = answer.status;
        const body = parsed(answer.body);
        const outcome = await call.run(client).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        const noBody = s === 204 || s === 205 || s === 304;
        if (outcome.ok) {
          reached.add('value');
          expect(s >= 200 && s < 300).toBe(true);
          expect(call.schema.safeParse(outcome.value).success).toBe(true);
          return;
        }
        const error = outcome.error as Error;
        expect(error.message).not.toContain(SECRET);
        const isErrorBody =
          typeof body === 'object' &&
          body !== null &&
          typeof (body as { error?: unknown }).error === 'object';
        const code = isErrorBody ? (body as { error: { code?: unknown } }).error.code : undefined;
        if (s >= 200 && s < 300) {
          expect(error).toBeInstanceOf(OfflineError);
          // Only a body the schema refuses (or none) makes a 2xx fail.
          expect(noBody || !call.schema.safeParse(body).success).toBe(true);
          reached.add('2xx-refused');
        } else if (s === 401) {
          expect(error).toBeInstanceOf(UnauthorizedError);
          reached.add('401');
        } else if (
          s === 410 &&
          code === 'CURSOR_GONE' &&
          typeof (body as { error: { message?: unknown } }).error.message === 'string'
        ) {
          expect(error).toBeInstanceOf(CursorGoneError);
          reached.add('cursor-gone');
        } else if (s >= 400 && s < 500 && s !== 407 && s !== 408 && s !== 429) {
          expect(error).toBeInstanceOf(RejectedError);
          expect((error as RejectedError).status).toBe(s);
          expect((error as RejectedError).userMessage).toMatch(/[\u4e00-\u9fff]/);
          reached.add('rejected');
        } else {
          // 408, 429, 5xx, 3xx — and 407, which fetch itself turns into a network error.
          expect(error).toBeInstanceOf(OfflineError);
          reached.add('offline');
        }
      }),
      { numRuns: 400 },
    );
    for (const r of ['value', '2xx-refused', '401', 'rejected', 'offline']) expect(reached).toContain(r);
  });
});
