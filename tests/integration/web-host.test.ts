/** The loopback web shell over real HTTP: session cookie, Host header, validation, events, static files. */
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { startWebHost, type WebHost } from '../../src-main/shell/web/host.js';
import { tempDir } from '../helpers/temp-dir.js';

let app: KioskApp;
let host: WebHost;
let removeData: () => void;

function request(
  method: string,
  urlPath: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method, path: urlPath, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, body: unknown, cookie = host.cookie) =>
  request('POST', `/api/${method}`, {
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  const data = tempDir('web-host');
  removeData = data.remove;
  app = createKioskApp({ dataDir: data.dir, log: silentLogger() });
  host = await startWebHost({
    dispatch: app.dispatch,
    bus: app.bus,
    log: app.log,
    rendererDir: path.resolve('dist/renderer'),
  });
});

afterAll(async () => {
  await host.close();
  app.close();
  removeData();
});

describe('web shell', () => {
  it('listens on loopback only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a valid call', async () => {
    const res = await api('app.info', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: true,
      value: { hallName: '淄川区昆仑镇便民服务中心', demo: true },
    });
  });

  it('refuses a request without the session cookie, or with a wrong one', async () => {
    const none = await request('POST', '/api/app.info', { body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await api('app.info', {}, `kiosk-session=${'x'.repeat(host.token.length)}`);
    expect(wrong.status).toBe(401);
    const header = await request('POST', '/api/app.info', {
      headers: { 'X-Kiosk-Token': host.token },
      body: '{}',
    });
    expect(header.status).toBe(401);
    const events = await request('GET', '/api/events');
    expect(events.status).toBe(401);
  });

  it('answers the preloaded first state by GET, to its own page only, and no other call', async () => {
    const page = { Cookie: host.cookie, 'Sec-Fetch-Site': 'same-origin' };
    const get = await request('GET', '/api/app.info', { headers: page });
    expect(get.status).toBe(200);
    expect(get.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(get.body)).toEqual(JSON.parse((await api('app.info', {})).body));
    expect((await request('GET', '/api/app.info')).status).toBe(401);
    const foreign = { Cookie: host.cookie, 'Sec-Fetch-Site': 'cross-site' };
    expect((await request('GET', '/api/app.info', { headers: foreign })).status).toBe(401);
    for (const method of ['catalog.list', 'session.end', 'admin.unlock']) {
      const other = await request('GET', `/api/${method}`, { headers: page });
      expect(other.status, method).toBe(405);
    }
    expect((await request('PUT', '/api/app.info', { headers: page, body: '{}' })).status).toBe(405);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await request('POST', '/api/app.info', {
      headers: { Host: 'evil.example:80', Cookie: host.cookie },
      body: '{}',
    });
    expect(res.status).toBe(421);
  });

  it('refuses an invalid payload with INPUT naming the field', async () => {
    const res = await api('catalog.list', { categoryId: 42 });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INPUT', field: 'categoryId' } });
    const bad = await api('catalog.item', '{not json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INPUT' } });
  });

  it('answers an unknown method with a typed error and keeps serving', async () => {
    const res = await api('catalog.nuke', {});
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const huge = await api('app.info', 'x'.repeat(2 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'INPUT', field: '(body)' } });
    expect(JSON.parse((await api('app.info', {})).body).ok).toBe(true);
  });

  it('pushes events over SSE', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: host.port, path: '/api/events', headers: { Cookie: host.cookie } },
        (res) => {
          let buffer = '';
          res.on('data', (chunk: Buffer) => {
            buffer += chunk.toString();
            if (buffer.includes('session.ended')) {
              req.destroy();
              resolve(buffer);
            }
          });
          res.once('data', () => app.session.end('exit'));
        },
      );
      req.on('error', reject);
    });
    expect(await received).toContain('event: session.ended\ndata: {"reason":"exit"}');
  });

  it('serves the renderer with a CSP, and never a file outside it', async () => {
    const index = await request('GET', '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<div id="root">');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    const escape = await request('GET', '/..%2f..%2fpackage.json');
    expect([403, 404]).toContain(escape.status);
    expect(escape.body).not.toContain('"name"');
  });
});
