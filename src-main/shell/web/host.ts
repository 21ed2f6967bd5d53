/**
 * The loopback web shell: serves the built renderer and the contract over HTTP on 127.0.0.1
 * only. The browser is opened with a one-time launch code that buys an HttpOnly session cookie
 * (launch-session.ts); every API request and the event stream must carry that cookie and come from
 * the shell's own origin. The Host header must name this loopback address, against DNS rebinding.
 */
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../api/dispatch.js';
import type { Logger } from '../../log/logger.js';
import { stackFrames } from '../../log/stack-frames.js';
import type { EventBus } from '../../services/event-bus.js';
import { PRELOADED_METHOD } from '../../contract/method-names.js';
import { startupMark } from '../../core/startup-marks.js';
import { SECURITY_HEADERS } from '../security-headers.js';
import {
  BROWSER_LAUNCH_TTL_MS,
  fromOwnOrigin,
  LaunchCodes,
  sameSecret,
  sessionCookieHeader,
  sessionFromCookies,
  SESSION_COOKIE,
} from './launch-session.js';
import { serveStatic, wellFormedPath } from './static-files.js';

export interface WebHostOptions {
  dispatch: Dispatch;
  bus: Pick<EventBus, 'onAny'>;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  rendererDir: string;
  port?: number;
  /** Fixed session secret for tests; random per launch otherwise. */
  token?: string;
  /** Monotonic milliseconds for launch-code expiry (tests move it); `performance.now` otherwise. */
  now?: () => number;
}

export interface WebHost {
  url: string;
  /**
   * A URL for one browser to open: it carries a new one-time launch code, valid once within `ttlMs`
   * (default two minutes), which the first request exchanges for the session cookie.
   */
  launchUrl(ttlMs?: number): string;
  /** The per-launch session secret (the cookie's value); never put in a URL. */
  token: string;
  /** A `Cookie` header value carrying the session, for in-process clients such as tests. */
  cookie: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

class BodyTooLarge extends Error {}

/**
 * The request body as text; rejects with BodyTooLarge past MAX_BODY. The rest is read and dropped, so
 * the answer reaches the client (only a token holder gets this far).
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () =>
      size > MAX_BODY ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { dispatch, bus, log } = options;
  const launchCodes = new LaunchCodes(options.now);
  const authorized = (req: IncomingMessage): boolean =>
    sameSecret(sessionFromCookies(req.headers.cookie), token) && fromOwnOrigin(req);
  const streams = new Set<ServerResponse>();
  let allowedHosts: Set<string> = new Set();

  const unsubscribe = bus.onAny((event, data) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of streams) res.write(frame);
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    startupMark('firstRequest');
    if (!allowedHosts.has(req.headers.host ?? '')) {
      log.warn({ host: (req.headers.host ?? '').slice(0, 80) }, 'rejected host header');
      sendJson(res, 421, { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝访问。' } });
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      url = new URL('http://127.0.0.1/%00');
    }
    if (!wellFormedPath(url.pathname)) {
      sendJson(res, 400, { ok: false, error: { code: 'INPUT', message: '请求地址格式不对。' } });
      return;
    }
    if (url.searchParams.has('launch')) {
      exchangeLaunchCode(req, res, url, launchCodes, token, log);
      return;
    }
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET' || !authorized(req)) {
        sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝访问。' } });
        return;
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (!authorized(req)) {
        sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝访问。' } });
        return;
      }
      const method = url.pathname.slice('/api/'.length);
      // The page preloads its first state with a GET (index.html); every other call is a POST.
      const preload = req.method === 'GET' && method === PRELOADED_METHOD;
      if (req.method !== 'POST' && !preload) {
        sendJson(res, 405, { ok: false, error: { code: 'INPUT', message: '请求方式不对。' } });
        return;
      }
      let input: unknown = {};
      try {
        const raw = preload ? '' : await readBody(req);
        input = raw.trim() === '' ? {} : (JSON.parse(raw) as unknown);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          sendJson(res, 413, {
            ok: false,
            error: { code: 'INPUT', field: '(body)', message: '请求内容太大。' },
          });
          return;
        }
        sendJson(res, 400, {
          ok: false,
          error: { code: 'INPUT', field: '(body)', message: '请求内容格式不对。' },
        });
        return;
      }
      startupMark('firstApiRequest');
      const result = await dispatch(method, input);
      sendJson(res, 200, result);
      if (method === 'app.info') startupMark('stateAnswered');
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    if (url.pathname === '/') startupMark('pageRequested');
    serveStatic(options.rendererDir, url.pathname, res, SECURITY_HEADERS);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error(
        { err: { type: (error as Error)?.name, frames: stackFrames(error as Error) } },
        'web host error',
      );
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '系统繁忙。' } });
      else res.end();
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}`;
  log.info({ port }, 'web shell listening on loopback');

  return {
    url,
    launchUrl: (ttlMs = BROWSER_LAUNCH_TTL_MS) => `${url}/?launch=${launchCodes.issue(ttlMs)}`,
    token,
    cookie: `${SESSION_COOKIE}=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const LAUNCH_REFUSED_PAGE =
  '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>启动链接已失效</title>' +
  '<body style="font-size:32px;font-family:sans-serif;padding:48px">' +
  '<p>这个启动链接已经用过或已过期，不能再打开终端。</p>' +
  '<p>请重新启动终端，或请工作人员处理。</p></body></html>';

/**
 * `GET /?launch=CODE`: a good code sets the session cookie and redirects to the clean URL (so neither
 * the code nor the secret stays in the address bar); a spent, expired or unknown code is refused.
 */
function exchangeLaunchCode(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  codes: LaunchCodes,
  token: string,
  log: Pick<Logger, 'info' | 'warn'>,
): void {
  const code = url.searchParams.get('launch') ?? '';
  if (req.method !== 'GET' || url.pathname !== '/' || !codes.redeem(code)) {
    log.warn({ method: req.method, path: url.pathname.slice(0, 80) }, 'launch code refused');
    res.writeHead(403, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(LAUNCH_REFUSED_PAGE);
    return;
  }
  log.info({}, 'launch code exchanged for a session cookie');
  res.writeHead(303, {
    ...SECURITY_HEADERS,
    Location: '/',
    'Set-Cookie': sessionCookieHeader(token),
    'Cache-Control': 'no-store',
  });
  res.end();
}
