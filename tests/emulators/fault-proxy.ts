/**
 * A TCP proxy that sits between the kiosk and the district server and misbehaves on request, like the
 * networks of village halls do: it can pass traffic, refuse connections, swallow them, delay answers,
 * cut a request or an answer part-way, answer garbage or a canned HTTP status — switchable at runtime
 * with setMode(). Decisions are taken per request chunk, so keep-alive connections change behaviour too.
 *
 * As a program: `npx tsx tests/emulators/fault-proxy.ts --listen 9000 --target 8787`, then type modes
 * on stdin: `pass`, `refuse`, `blackhole`, `delay 3000`, `cut-request 40`, `cut-response 0`, `garbage`,
 * `http 500`, `flaky 0.5`.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import net from 'node:net';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../helpers/seeded-random.js';

export type FaultMode =
  /** Bytes pass unchanged both ways. */
  | { kind: 'pass' }
  /** Every connection is reset at once (like a stopped server). */
  | { kind: 'refuse' }
  /** Requests are swallowed; nothing ever answers (the client's timeout fires). */
  | { kind: 'blackhole' }
  /** Each answer chunk is held back `ms` before it is passed on. */
  | { kind: 'delay'; ms: number }
  /** Only the first `afterBytes` of a request reach the server, then both sides are cut. */
  | { kind: 'cut-request'; afterBytes: number }
  /** The request reaches the server; its answer is cut after `afterBytes` (0: before the first byte). */
  | { kind: 'cut-response'; afterBytes: number }
  /** The server is not asked; the client gets random bytes and a closed connection. */
  | { kind: 'garbage' }
  /** The server is not asked; the client gets this HTTP status with a JSON error body (or `body`). */
  | { kind: 'http'; status: number; body?: string; headers?: Record<string, string> }
  /** Per request, with probability `p`: one of cut-request, cut-response (0), refuse; else pass. */
  | { kind: 'flaky'; p: number; seed?: number };

type Concrete = Exclude<FaultMode, { kind: 'flaky' }>;

export interface FaultProxyStats {
  connections: number;
  /** Request chunks seen from clients. */
  requests: number;
  /** Requests the proxy spoiled (cut, refused, garbage, canned answer, swallowed). */
  faults: number;
}

export interface FaultProxy {
  port: number;
  /** `http://127.0.0.1:PORT/` */
  url: string;
  readonly stats: FaultProxyStats;
  /** Emits 'connection' and 'request' (with the concrete mode used). */
  readonly events: EventEmitter;
  mode(): FaultMode;
  setMode(mode: FaultMode): void;
  /** Points the proxy at another server port (new connections). */
  setTarget(port: number, host?: string): void;
  /** Resets every open connection (e.g. after switching to 'refuse', so pooled ones die too). */
  dropAll(): void;
  /** Resolves when `count` more requests of any kind have been seen. */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

function cannedHttp(status: number, body?: string, headers: Record<string, string> = {}): Buffer {
  const text = body ?? JSON.stringify({ error: { code: 'INTERNAL', message: '代理模拟的错误' } });
  const bytes = Buffer.from(text, 'utf8');
  const extra = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return Buffer.concat([
    Buffer.from(
      `HTTP/1.1 ${status} Simulated\r\ncontent-type: application/json\r\ncontent-length: ${bytes.length}\r\n${extra}connection: close\r\n\r\n`,
      'latin1',
    ),
    bytes,
  ]);
}

export async function startFaultProxy(options: {
  targetPort: number;
  targetHost?: string;
  mode?: FaultMode;
  /** Listening port; 0 (default) picks a free one. */
  port?: number;
}): Promise<FaultProxy> {
  let current: FaultMode = options.mode ?? { kind: 'pass' };
  let target = { host: options.targetHost ?? '127.0.0.1', port: options.targetPort };
  let random = seededRandom(1);
  const stats: FaultProxyStats = { connections: 0, requests: 0, faults: 0 };
  const events = new EventEmitter();
  const sockets = new Set<net.Socket>();

  const concrete = (): Concrete => {
    if (current.kind !== 'flaky') return current;
    if (random() >= current.p) return { kind: 'pass' };
    const pick = Math.floor(random() * 3);
    if (pick === 0) return { kind: 'cut-request', afterBytes: 20 };
    if (pick === 1) return { kind: 'cut-response', afterBytes: 0 };
    return { kind: 'refuse' };
  };

  const server = net.createServer((client) => {
    stats.connections++;
    events.emit('connection');
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (current.kind === 'refuse') {
      stats.faults++;
      client.resetAndDestroy();
      return;
    }

    let upstream: net.Socket | undefined;
    /** The mode of the request in flight on this connection; governs its answer. */
    let requestMode: Concrete = { kind: 'pass' };
    let answered = 0;
    let delayChain = Promise.resolve();
    const kill = (): void => {
      client.resetAndDestroy();
      upstream?.destroy();
    };
    const connectUpstream = (): net.Socket => {
      if (upstream) return upstream;
      const up = net.connect(target.port, target.host);
      sockets.add(up);
      up.on('close', () => {
        sockets.delete(up);
        if (!client.destroyed) client.end();
      });
      up.on('error', () => {
        // The server is down: the client sees a reset, like a direct connection would.
        if (!client.destroyed) client.resetAndDestroy();
      });
      up.on('data', (chunk: Buffer) => {
        const mode = requestMode;
        if (mode.kind === 'cut-response') {
          const room = mode.afterBytes - answered;
          if (room > 0) client.write(chunk.subarray(0, room));
          answered += Math.min(chunk.length, Math.max(room, 0));
          if (answered >= mode.afterBytes) kill();
          return;
        }
        if (mode.kind === 'delay') {
          up.pause();
          delayChain = delayChain
            .then(() => new Promise<void>((resolve) => setTimeout(resolve, mode.ms)))
            .then(() => {
              if (!client.destroyed) client.write(chunk);
              up.resume();
            });
          return;
        }
        client.write(chunk);
      });
      upstream = up;
      return up;
    };

    client.on('data', (chunk: Buffer) => {
      stats.requests++;
      const mode = concrete();
      requestMode = mode;
      answered = 0;
      events.emit('request', mode);
      switch (mode.kind) {
        case 'pass':
        case 'delay':
          connectUpstream().write(chunk);
          return;
        case 'cut-response':
          stats.faults++;
          connectUpstream().write(chunk);
          return;
        case 'refuse':
          stats.faults++;
          kill();
          return;
        case 'blackhole':
          stats.faults++;
          return;
        case 'cut-request': {
          stats.faults++;
          const up = connectUpstream();
          up.write(chunk.subarray(0, mode.afterBytes), () => kill());
          return;
        }
        case 'garbage':
          stats.faults++;
          upstream?.destroy();
          client.end(randomBytes(64 + Math.floor(random() * 512)));
          return;
        case 'http':
          stats.faults++;
          upstream?.destroy();
          client.end(cannedHttp(mode.status, mode.body, mode.headers));
          return;
      }
    });
    client.on('close', () => upstream?.destroy());
  });

  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    stats,
    events,
    mode: () => current,
    setMode(mode) {
      current = mode;
      if (mode.kind === 'flaky') random = seededRandom(mode.seed ?? 1);
    },
    setTarget(newPort, host = '127.0.0.1') {
      target = { host, port: newPort };
    },
    dropAll() {
      for (const s of sockets) s.destroy();
    },
    waitForRequests(count) {
      const goal = stats.requests + count;
      return new Promise((resolve) => {
        const check = (): void => {
          if (stats.requests < goal) return;
          events.off('request', check);
          resolve();
        };
        events.on('request', check);
      });
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `delay 3000` → { kind: 'delay', ms: 3000 }, and so on; undefined for an unknown line. */
export function parseMode(line: string): FaultMode | undefined {
  const [word, arg] = line.trim().split(/\s+/);
  const n = Number(arg ?? '0');
  switch (word) {
    case 'pass':
    case 'refuse':
    case 'blackhole':
    case 'garbage':
      return { kind: word };
    case 'delay':
      return { kind: 'delay', ms: n };
    case 'cut-request':
    case 'cut-response':
      return { kind: word, afterBytes: n };
    case 'http':
      return { kind: 'http', status: n || 500 };
    case 'flaky':
      return { kind: 'flaky', p: n || 0.5 };
    default:
      return undefined;
  }
}

async function runAsProgram(argv: string[]): Promise<void> {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const proxy = await startFaultProxy({
    port: Number(value('listen') ?? '0'),
    targetPort: Number(value('target') ?? '8787'),
    targetHost: value('target-host') ?? '127.0.0.1',
  });
  console.log(
    `fault proxy on ${proxy.url} → ${value('target-host') ?? '127.0.0.1'}:${value('target') ?? '8787'}`,
  );
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    const mode = parseMode(line);
    if (!mode) {
      console.log(
        'modes: pass | refuse | blackhole | delay MS | cut-request N | cut-response N | garbage | http STATUS | flaky P',
      );
      return;
    }
    proxy.setMode(mode);
    if (mode.kind === 'refuse') proxy.dropAll();
    console.log(`mode: ${JSON.stringify(mode)}`);
  });
  rl.on('close', () => void proxy.close());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await runAsProgram(process.argv.slice(2));
