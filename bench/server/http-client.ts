/**
 * The load generator's HTTP: one undici Pool per server instance (keep-alive connections, no
 * pipelining), requests spread round-robin over the instances — what an nginx upstream with `keepalive`
 * does in front of them. undici costs the generator about half the CPU per request of node:http's
 * client (bench output: the generator's CPU share), leaving more of the shared cores to the server.
 * Bodies may come already serialised (a `Body`), so a body sent many times is encoded once.
 */
import { Pool } from 'undici';

export interface Answer {
  status: number;
  body: string;
}

/** A request body serialised once: the JSON bytes. */
export class Body {
  readonly bytes: Buffer;
  constructor(value: unknown) {
    this.bytes = Buffer.from(JSON.stringify(value));
  }
}

const JSON_TYPE = 'application/json';

export class LoadClient {
  private readonly pools: Pool[];
  private next = 0;

  constructor(baseUrls: readonly string[], socketsPerInstance: number) {
    this.pools = baseUrls.map(
      (u) =>
        new Pool(u, {
          connections: socketsPerInstance,
          pipelining: 1,
          keepAliveTimeout: 30_000,
          headersTimeout: 30_000,
          bodyTimeout: 30_000,
        }),
    );
  }

  async request(method: 'GET' | 'POST', path: string, token: string | null, body?: unknown): Promise<Answer> {
    const pool = this.pools[this.next++ % this.pools.length]!;
    const payload = body === undefined ? undefined : body instanceof Body ? body.bytes : new Body(body).bytes;
    const headers: Record<string, string> = {};
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (payload) {
      headers['content-type'] = JSON_TYPE;
      headers['content-length'] = String(payload.length);
    }
    const res = await pool.request({
      method,
      path,
      headers,
      ...(payload ? { body: payload } : {}),
    });
    return { status: res.statusCode, body: await res.body.text() };
  }

  async close(): Promise<void> {
    await Promise.all(this.pools.map((p) => p.destroy()));
  }
}
