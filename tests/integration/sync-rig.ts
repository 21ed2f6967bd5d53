/**
 * A kiosk and the reference district server on 127.0.0.1 with the fault proxy between them, for the
 * sync integration tests: the server is the real Fastify app on a SQLite file (it can be stopped and
 * started again on the same port), the kiosk the real createKioskApp with its sync service.
 */
import type net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import type { SyncStatus } from '../../src-main/contract/types.js';
import { silentLogger, type Logger } from '../../src-main/log/logger.js';
import type { Enrollment } from '../../src-main/services/sync/enrollment.store.js';
import type { SyncTimings } from '../../src-main/services/sync/sync.service.js';
import type { OutboxRow } from '../../src-main/store/outbox.repository.js';
import { buildApp } from '../../src-server/app.js';
import type { SqliteDistrictStore } from '../../src-server/store/sqlite.store.js';
import { startFaultProxy, type FaultProxy } from '../emulators/fault-proxy.js';
import { mixedSubmission } from '../helpers/mixed-submissions.js';
import { tempDir } from '../helpers/temp-dir.js';
import { catalogV1, startHarness, type Harness } from '../server/server-harness.js';
import { declarationPayload } from '../helpers/outbox-payloads.js';

/** Timings that make a test's rounds, backoffs and timeouts short. */
export const FAST_TIMINGS: Partial<SyncTimings> = {
  heartbeatMs: 2_000,
  outboxMs: 100,
  catalogMs: 60_000,
  casesMs: 60_000,
  // Long enough for an enrollment (scrypt on the server) on a loaded 2-core machine; stall tests set their own.
  requestTimeoutMs: 4_000,
  offlineBackoff: { baseMs: 20, maxMs: 200 },
  rowBackoff: { baseMs: 20, maxMs: 300 },
  concurrency: 4,
  // Small batches: a few rows make several requests, so faults hit batches and rows in between.
  maxBatch: 4,
};

export interface ServerSubmission {
  idempotencyKey: string;
  caseNumber: string;
  payload: unknown;
}

export interface SyncRig {
  district: Harness<SqliteDistrictStore>;
  serverPort: number;
  proxy: FaultProxy;
  kiosk: KioskApp;
  dataDir: string;
  /** Starts the server (again) on serverPort. */
  startServer(): Promise<void>;
  /** Stops the server: connections to its port are refused. */
  stopServer(): Promise<void>;
  /** Enrolls the kiosk through the proxy; starts its sync unless told not to. */
  provision(options?: { start?: boolean }): Promise<Enrollment>;
  /**
   * Queues `n` submissions the way the kiosk does (through OutboxRepository): declarations, ratings and
   * complaints in turn, or declarations with the given payloads.
   */
  enqueue(n: number, payload?: (i: number) => object): OutboxRow[];
  /** Resolves with the first sync status (now or emitted) that satisfies `predicate`. */
  waitForStatus(predicate: (s: SyncStatus) => boolean, timeoutMs?: number): Promise<SyncStatus>;
  /** What the server holds, by idempotency key. */
  serverSubmissions(): ServerSubmission[];
  close(): Promise<void>;
}

export async function startSyncRig(
  options: { timings?: Partial<SyncTimings>; publish?: boolean; log?: Logger } = {},
): Promise<SyncRig> {
  const district = await startHarness();
  if (options.publish !== false) await district.publish(catalogV1());
  // The server takes its port first (port 0: the system's pick) and keeps it: a port found free and
  // bound later could be taken meanwhile by another test's connection (EADDRINUSE).
  let server: FastifyInstance | undefined = await buildApp({
    store: district.store,
    now: () => district.clock.now,
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const serverPort = (server.server.address() as net.AddressInfo).port;
  const proxy = await startFaultProxy({ targetPort: serverPort });
  const data = tempDir('sync');
  const kiosk = createKioskApp({
    dataDir: data.dir,
    log: options.log ?? silentLogger(),
    sync: { timings: { ...FAST_TIMINGS, ...options.timings } },
  });
  const rig: SyncRig = {
    district,
    serverPort,
    proxy,
    kiosk,
    dataDir: data.dir,
    async startServer() {
      if (server) return;
      server = await buildApp({ store: district.store, now: () => district.clock.now });
      await server.listen({ host: '127.0.0.1', port: serverPort });
    },
    async stopServer() {
      const s = server;
      server = undefined;
      proxy.dropAll();
      await s?.close();
    },
    async provision({ start = true } = {}) {
      const enrollment = await kiosk.sync.provision(proxy.url, await district.issueCode());
      if (start) kiosk.sync.start();
      return enrollment;
    },
    enqueue(n, payload) {
      return Array.from({ length: n }, (_, i) =>
        payload
          ? kiosk.outbox.enqueue({
              kind: 'declaration',
              itemId: 'dibao-confirm',
              payload: declarationPayload(payload(i)),
              summary: { itemName: '最低生活保障审核确认' },
            })
          : kiosk.outbox.enqueue({ ...mixedSubmission(i), summary: {} }),
      );
    },
    waitForStatus(predicate, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        let last = kiosk.sync.status();
        if (predicate(last)) {
          resolve(last);
          return;
        }
        const timer = setTimeout(() => {
          off();
          reject(new Error(`sync status not reached in ${timeoutMs} ms; last: ${JSON.stringify(last)}`));
        }, timeoutMs);
        const off = kiosk.bus.on('sync.state', (status) => {
          last = status;
          if (!predicate(status)) return;
          clearTimeout(timer);
          off();
          resolve(status);
        });
      });
    },
    serverSubmissions() {
      return district.store.database
        .prepare<[], { idempotency_key: string; case_number: string; payload: string }>(
          'SELECT idempotency_key, case_number, payload FROM submissions ORDER BY case_number',
        )
        .all()
        .map((r) => ({
          idempotencyKey: r.idempotency_key,
          caseNumber: r.case_number,
          payload: JSON.parse(r.payload) as unknown,
        }));
    },
    async close() {
      await kiosk.sync.stopAndWait();
      kiosk.close();
      await proxy.close();
      await server?.close();
      await district.close();
      data.remove();
    },
  };
  return rig;
}

/** Every outbox row is sent with the case number the server holds for its key; no key twice. */
export function deliveredExactlyOnce(rig: SyncRig, rows: readonly OutboxRow[]): void {
  const server = rig.serverSubmissions();
  const byKey = new Map<string, ServerSubmission[]>();
  for (const s of server) byKey.set(s.idempotencyKey, [...(byKey.get(s.idempotencyKey) ?? []), s]);
  const problems: string[] = [];
  for (const row of rows) {
    const local = rig.kiosk.outbox.get(row.id);
    const remote = byKey.get(row.idempotencyKey) ?? [];
    if (remote.length !== 1) problems.push(`${row.localNumber}: server holds ${remote.length}`);
    if (local?.state !== 'sent') problems.push(`${row.localNumber}: local state ${local?.state}`);
    if (local?.caseNumber !== remote[0]?.caseNumber)
      problems.push(`${row.localNumber}: case ${local?.caseNumber} vs server ${remote[0]?.caseNumber}`);
    if (local?.hasPayload) problems.push(`${row.localNumber}: payload still held after ack`);
  }
  if (server.length !== rows.length)
    problems.push(`server holds ${server.length}, kiosk queued ${rows.length}`);
  if (problems.length > 0) throw new Error(`delivery problems:\n${problems.slice(0, 20).join('\n')}`);
}
