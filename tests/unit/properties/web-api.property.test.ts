/**
 * The web shell's API door under any request: whatever path, body bytes and headers a page (or any
 * local process) sends to the real loopback host, it answers a JSON result envelope — 200 with the
 * dispatch's answer, 400 for a body that is not JSON, 413 past 1 MB, 401 without the token — never a
 * 500, a reset connection or a hang, and it keeps serving. The dispatch's own property (any JSON → envelope) is dispatch.property.test.ts.
 */
import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Handlers } from '../../../src-main/api/dispatch.js';
import { METHOD_NAMES } from '../../../src-main/contract/methods.js';
import { silentLogger } from '../../../src-main/log/logger.js';
import { EventBus } from '../../../src-main/services/event-bus.js';
import { startWebHost, type WebHost } from '../../../src-main/shell/web/host.js';
import { tempDir } from '../../helpers/temp-dir.js';

const handlers = Object.fromEntries(
  METHOD_NAMES.map((m) => [m, () => ({ answered: m })]),
) as unknown as Handlers;

interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
}

function send(host: WebHost, path: string, body: Uint8Array, cookie: string | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'],
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const method = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<string>(...METHOD_NAMES) },
  // `..` is left as it is by encodeURIComponent, and /api/.. is the page's own path: not an API call (below).
  {
    weight: 1,
    arbitrary: fc
      .string({ maxLength: 30 })
      .map(encodeURIComponent)
      .filter((name) => name !== '..'),
  },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', '%E0%A4%A', '..%2fapp.info', 'a/b') },
);

/** A body, or the size of a JSON string body around the 1 MB limit (built in the test: shorter reports). */
const body = fc.oneof(
  fc.jsonValue().map((v) => encode(JSON.stringify(v))),
  fc.constant(encode('')),
  fc.constant(encode('{"__proto__":{"polluted":true}}')),
  fc.string({ maxLength: 60 }).map(encode),
  fc.uint8Array({ maxLength: 200 }),
  fc.integer({ min: 1024 * 1024 - 16, max: 1024 * 1024 + 64 }),
);

describe('web shell API (property)', () => {
  let host: WebHost;
  let remove: () => void;

  beforeAll(async () => {
    const t = tempDir('web-api');
    remove = t.remove;
    host = await startWebHost({
      dispatch: createDispatch(handlers, silentLogger()),
      bus: new EventBus(),
      log: silentLogger(),
      rendererDir: t.dir,
    });
  });

  afterAll(async () => {
    await host.close();
    remove();
  });

  it('answers any request with a JSON envelope, and keeps serving', async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(method, body, fc.boolean(), async (name, sent, withSession) => {
        const bytes = typeof sent === 'number' ? encode(`"${'x'.repeat(sent - 2)}"`) : sent;
        const answer = await send(host, `/api/${name}`, bytes, withSession ? host.cookie : undefined);
        statuses.add(answer.status);
        expect([200, 400, 401, 413]).toContain(answer.status);
        if (answer.status === 413) expect(bytes.length).toBeGreaterThan(1024 * 1024);
        expect(answer.contentType).toBe('application/json; charset=utf-8');
        const envelope = JSON.parse(answer.body) as {
          ok: boolean;
          value?: unknown;
          error?: { code: string };
        };
        // Without the session nothing is answered; a malformed path is refused (400) before the session is asked.
        if (!withSession)
          expect(envelope).toMatchObject(
            answer.status === 400
              ? { ok: false, error: { code: 'INPUT' } }
              : { ok: false, error: { code: 'UNAUTHORIZED' } },
          );
        if (answer.status === 400 || answer.status === 413)
          expect(envelope).toMatchObject({ ok: false, error: { code: 'INPUT' } });
        if (envelope.ok) expect(envelope.value).toEqual({ answered: decodeURIComponent(name) });
        expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      }),
      { numRuns: 250 },
    );
    expect(statuses).toEqual(new Set([200, 400, 401, 413]));
    const still = await send(host, '/api/app.info', encode('{}'), host.cookie);
    expect(JSON.parse(still.body)).toEqual({ ok: true, value: { answered: 'app.info' } });
  });

  it('takes /api/.. for the page’s own path, which answers no POST and dispatches nothing', async () => {
    const up = await send(host, '/api/..', encode('{}'), host.cookie);
    expect(up.status).toBe(405);
    expect(up.body).toBe('');
  });
});
