/**
 * The load generator's HTTP: node:http with keep-alive agents, one per server instance, requests spread
 * round-robin over the instances — what an nginx upstream with `keepalive` does in front of them.
 */
import http from 'node:http';

export interface Answer {
  status: number;
  body: string;
}

export class LoadClient {
  private readonly targets: Array<{ url: URL; agent: http.Agent }>;
  private next = 0;

  constructor(baseUrls: readonly string[], socketsPerInstance: number) {
    this.targets = baseUrls.map((u) => ({
      url: new URL(u),
      agent: new http.Agent({
        keepAlive: true,
        maxSockets: socketsPerInstance,
        maxFreeSockets: socketsPerInstance,
      }),
    }));
  }

  request(method: 'GET' | 'POST', path: string, token: string | null, body?: unknown): Promise<Answer> {
    const target = this.targets[this.next++ % this.targets.length]!;
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: target.url.hostname,
          port: target.url.port,
          method,
          path,
          agent: target.agent,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          },
          timeout: 30_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('request timed out')));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    for (const t of this.targets) t.agent.destroy();
  }
}
