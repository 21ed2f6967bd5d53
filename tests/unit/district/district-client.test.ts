import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskError, OfflineError, UnauthorizedError } from '../../../src-main/contract/errors.js';
import { DistrictClient } from '../../../src-main/district/district.client.js';
import { CursorGoneError, RejectedError } from '../../../src-main/district/district.errors.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

let server: http.Server;
let baseUrl: string;
let handler: Handler;
let seen: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: string }>;

beforeEach(async () => {
  seen = [];
  handler = (_req, res) => res.end('{}');
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json =
  (status: number, value: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };

const client = (options: { token?: string; timeoutMs?: number } = {}) =>
  new DistrictClient({ baseUrl, token: 'device-token-abcdefghijklmnop', timeoutMs: 2000, ...options });

const HEARTBEAT = { appVersion: '0.1.0', health: {}, outboxDepth: 0, catalogVersion: 0 };

async function failure(promise: Promise<unknown>): Promise<KioskError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KioskError);
  return error as KioskError;
}

describe('DistrictClient', () => {
  it('sends the bearer token and JSON body under /v1, keeping a base path', async () => {
    handler = json(200, { receivedAt: '2026-11-25T02:00:00.000Z', catalogVersion: 3 });
    const c = new DistrictClient({ baseUrl: `${baseUrl}/district`, token: 'tok-1234567890abcdef' });
    expect(await c.heartbeat(HEARTBEAT)).toEqual({
      receivedAt: '2026-11-25T02:00:00.000Z',
      catalogVersion: 3,
    });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/district/v1/heartbeat' });
    expect(seen[0]?.headers['authorization']).toBe('Bearer tok-1234567890abcdef');
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual(HEARTBEAT);
  });

  it('enrolls without a token and refuses other calls without one, sending nothing', async () => {
    const noToken = new DistrictClient({ baseUrl });
    const error = await failure(noToken.heartbeat(HEARTBEAT));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(seen).toHaveLength(0);
    handler = json(201, {
      deviceId: 'kiosk-1',
      deviceToken: 'x'.repeat(43),
      hall: { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心', address: null, phone: null },
      catalogPublicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n',
    });
    const answer = await noToken.enroll('ABCD-EFGH', { appVersion: '0.1.0' });
    expect(answer.deviceId).toBe('kiosk-1');
    expect(seen[0]?.headers['authorization']).toBeUndefined();
    expect(noToken.withToken('t'.repeat(43))).toBeInstanceOf(DistrictClient);
  });

  it('maps a refused connection to OfflineError', async () => {
    const closed = http.createServer();
    closed.listen(0, '127.0.0.1');
    await new Promise((resolve) => closed.once('listening', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const c = new DistrictClient({ baseUrl: `http://127.0.0.1:${port}`, token: 'tok-1234567890abcdef' });
    const error = await failure(c.heartbeat(HEARTBEAT));
    expect(error).toBeInstanceOf(OfflineError);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.userMessage).toMatch(/[\u4e00-\u9fff]/);
  });

  it('maps a reset connection to OfflineError', async () => {
    handler = (req) => req.socket.destroy();
    expect(await failure(client().heartbeat(HEARTBEAT))).toBeInstanceOf(OfflineError);
  });

  it('maps a server that never answers, or stalls mid-body, to OfflineError after the timeout', async () => {
    handler = () => undefined;
    const silent = await failure(client({ timeoutMs: 150 }).heartbeat(HEARTBEAT));
    expect(silent).toBeInstanceOf(OfflineError);
    expect(silent.message).toMatch(/timed out after 150 ms/);

    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"receivedAt":');
    };
    const stalled = await failure(client({ timeoutMs: 150 }).heartbeat(HEARTBEAT));
    expect(stalled).toBeInstanceOf(OfflineError);
    expect(stalled.message).toMatch(/timed out/);
  });

  it.each([
    ['500', json(500, { error: { code: 'INTERNAL', message: '服务器内部错误' } })],
    [
      '503 without a body',
      (_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(503).end(),
    ],
    ['429', json(429, { error: { code: 'SLOW_DOWN', message: '请稍后' } })],
    ['408', json(408, {})],
    [
      'a redirect (captive portal)',
      (_req: http.IncomingMessage, res: http.ServerResponse) =>
        res.writeHead(302, { location: 'http://example.invalid/login' }).end(),
    ],
    [
      'a garbage 200 body',
      (_req: http.IncomingMessage, res: http.ServerResponse) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html>欢迎使用 WiFi</html>'),
    ],
    ['a 200 JSON body of the wrong shape', json(200, { receivedAt: 'yesterday', catalogVersion: -1 })],
  ] as const)('maps %s to OfflineError (retryable)', async (_what, h) => {
    handler = h;
    const error = await failure(client().heartbeat(HEARTBEAT));
    expect(error).toBeInstanceOf(OfflineError);
    expect(error.code).toBe('OFFLINE');
    expect(seen).toHaveLength(1); // a redirect is not followed
  });

  it('maps 401 to UnauthorizedError', async () => {
    handler = json(401, { error: { code: 'UNAUTHORIZED', message: '设备未登记、凭证无效或已停用' } });
    const error = await failure(client().heartbeat(HEARTBEAT));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.code).toBe('UNAUTHORIZED');
  });

  it('maps 410 CURSOR_GONE to CursorGoneError (CONFLICT); another 410 is a RejectedError', async () => {
    handler = json(410, { error: { code: 'CURSOR_GONE', message: '目录版本已失效，请重新完整同步' } });
    const gone = await failure(client().catalogPage({ cursor: 'abc' }));
    expect(gone).toBeInstanceOf(CursorGoneError);
    expect(gone.code).toBe('CONFLICT');
    expect(seen[0]?.url).toBe('/v1/catalog?cursor=abc');

    handler = json(410, { error: { code: 'GONE', message: '已删除' } });
    const other = await failure(client().catalogPage({ since: 3, limit: 10 }));
    expect(other).toBeInstanceOf(RejectedError);
    expect(seen[1]?.url).toBe('/v1/catalog?since=3&limit=10');
  });

  it('maps 400 to RejectedError (INPUT) with the reason, field and status, never echoing the payload', async () => {
    handler = json(400, { error: { code: 'INVALID', message: 'kind：提交类型不对', field: 'kind' } });
    const error = await failure(
      client().submit({
        idempotencyKey: 'key-00000001',
        kind: 'help',
        payload: { name: '张三', idNumber: '370302199001011234' },
      }),
    );
    expect(error).toBeInstanceOf(RejectedError);
    expect(error).toMatchObject({
      code: 'INPUT',
      status: 400,
      serverCode: 'INVALID',
      field: 'kind',
      reason: 'kind：提交类型不对',
    });
    expect(`${error.message} ${error.userMessage ?? ''}`).not.toMatch(/张三|370302199001011234/);
  });

  it('maps a 4xx without an error body to RejectedError HTTP_<status>', async () => {
    handler = (_req, res) => res.writeHead(404).end('not here');
    const error = await failure(client().cases(['ZC20261125000001']));
    expect(error).toMatchObject({ status: 404, serverCode: 'HTTP_404' });
    expect(seen[0]?.url).toBe('/v1/cases?numbers=ZC20261125000001');
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const c = new DistrictClient({
      baseUrl: 'http://district.invalid/',
      token: 'tok-1234567890abcdef',
      fetch: (input) => {
        calls.push(input);
        return Promise.resolve(new Response(JSON.stringify({ cases: [] }), { status: 200 }));
      },
    });
    expect(await c.cases(['ZC20261125000001', 'ZC20261125000001'])).toEqual([]);
    expect(calls).toEqual(['http://district.invalid/v1/cases?numbers=ZC20261125000001']);
  });

  describe('submitBatch', () => {
    const items = [
      {
        idempotencyKey: 'key-00000001',
        kind: 'declaration' as const,
        payloadJson: '{"名":"韩红英","n":[1,2]}',
      },
      { idempotencyKey: 'key-00000002', kind: 'help' as const, payloadJson: '{}' },
      { idempotencyKey: 'key-00000003', kind: 'rating' as const, payloadJson: '{}' },
    ];
    const ok = { caseNumber: 'ZC20261125000001', status: '已提交', receivedAt: '2026-11-25T02:00:00.000Z' };

    it('posts the payload text inside the body as it is, and maps each item', async () => {
      handler = json(200, {
        results: [
          { ok: true, created: true, answer: ok },
          { ok: false, status: 409, error: { code: 'ALREADY_RATED', message: '已评价', field: 'payload' } },
          { ok: false, status: 500, error: { code: 'INTERNAL', message: '服务器内部错误' } },
        ],
      });
      const outcomes = await client().submitBatch(items);
      expect(seen[0]).toMatchObject({ method: 'POST', url: '/v1/submissions/batch' });
      expect(seen[0]!.headers['content-type']).toBe('application/json');
      expect(JSON.parse(seen[0]!.body)).toEqual({
        submissions: [
          { idempotencyKey: 'key-00000001', kind: 'declaration', payload: { 名: '韩红英', n: [1, 2] } },
          { idempotencyKey: 'key-00000002', kind: 'help', payload: {} },
          { idempotencyKey: 'key-00000003', kind: 'rating', payload: {} },
        ],
      });
      expect(outcomes[0]).toEqual({ ok: true, answer: ok });
      const [, refused, failed] = outcomes.map((o) => (o.ok ? undefined : o.error));
      expect(refused).toBeInstanceOf(RejectedError);
      expect(refused).toMatchObject({ status: 409, serverCode: 'ALREADY_RATED', field: 'payload' });
      expect(failed).toBeInstanceOf(OfflineError);
    });

    it('an answer with another number of results is garbage: OfflineError', async () => {
      handler = json(200, { results: [{ ok: true, created: true, answer: ok }] });
      expect(await failure(client().submitBatch(items))).toBeInstanceOf(OfflineError);
    });

    it('a server without the route: RejectedError 404', async () => {
      handler = json(404, { error: { code: 'NOT_FOUND', message: '没有这个接口' } });
      expect(await failure(client().submitBatch(items))).toMatchObject({
        status: 404,
        serverCode: 'NOT_FOUND',
      });
    });
  });
});
