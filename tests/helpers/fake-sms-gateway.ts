/**
 * A fake SMS gateway on loopback (real HTTP): records every request's JSON body and bearer token and
 * answers with the status the test sets (`failWith(500)` until `recover()`). `received(n)` resolves when
 * the n-th request has been answered.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSmsGateway {
  url: string;
  requests: { body: Record<string, unknown>; auth: string | undefined; answered: number }[];
  failWith(status: number): void;
  recover(): void;
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSmsGateway(): Promise<FakeSmsGateway> {
  const requests: FakeSmsGateway['requests'] = [];
  let status = 200;
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(text) as Record<string, unknown>;
      } catch {
        body = { unreadable: text.length };
      }
      const answered = status;
      res.writeHead(answered, { 'content-type': 'application/json' }).end('{}', () => {
        requests.push({ body, auth: req.headers.authorization, answered });
        for (const w of waiters.filter((x) => requests.length >= x.count)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
    requests,
    failWith: (code) => (status = code),
    recover: () => (status = 200),
    received: (count) =>
      requests.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
