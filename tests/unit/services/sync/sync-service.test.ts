/**
 * The sync service's timers and state with a fake server (a fetch answering from a table) and fake
 * timers: start only when provisioned, events on change, one global backoff while offline, a probe
 * first when coming back, 401 stops everything, stop() writes nothing afterwards.
 */
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../../src-main/contract/types.js';
import type { FetchLike } from '../../../../src-main/district/district.client.js';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { CatalogService } from '../../../../src-main/services/catalog/catalog.service.js';
import { ConfigService } from '../../../../src-main/services/config/config.service.js';
import { EnrollmentStore } from '../../../../src-main/services/sync/enrollment.store.js';
import { SyncService, type SyncTimings } from '../../../../src-main/services/sync/sync.service.js';
import { SyncStateStore } from '../../../../src-main/services/sync/sync-state.store.js';
import { CaseStatusRepository } from '../../../../src-main/store/case-status.repository.js';
import { CatalogRepository } from '../../../../src-main/store/catalog.repository.js';
import { openDatabase, type Db } from '../../../../src-main/store/database.js';
import { fileDeviceKey } from '../../../../src-main/store/device-key.js';
import { OutboxRepository } from '../../../../src-main/store/outbox.repository.js';
import { SettingsRepository } from '../../../../src-main/store/settings.repository.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { helpPayload, ratingPayload } from '../../../helpers/outbox-payloads.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.useRealTimers();
  cleanups.splice(0).forEach((c) => c());
});

type Mode = 'ok' | 'down' | 'unauthorized';

/** A district server in a table: answers by path, or fails the way `mode` says. */
function fakeServer() {
  const server = {
    mode: 'ok' as Mode,
    calls: [] as string[],
    at: [] as number[],
    /** When set, every answer waits for it. */
    gate: undefined as Promise<void> | undefined,
  };
  const json = (status: number, body: unknown): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch: FetchLike = async (input, init) => {
    await server.gate;
    return answer(input, typeof init.body === 'string' ? init.body : '');
  };
  const caseAnswer = () => ({
    caseNumber: `ZC20261125${String(server.calls.length).padStart(6, '0')}`,
    status: '已提交',
    receivedAt: new Date().toISOString(),
  });
  const answer = (input: string, body: string): Promise<Response> => {
    const path = new URL(input).pathname;
    server.calls.push(path);
    server.at.push(Date.now());
    if (server.mode === 'down')
      return Promise.reject(
        Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
      );
    if (server.mode === 'unauthorized')
      return Promise.resolve(json(401, { error: { code: 'UNAUTHORIZED', message: '设备未授权' } }));
    switch (path) {
      case '/v1/heartbeat':
        return Promise.resolve(json(200, { receivedAt: new Date().toISOString(), catalogVersion: 0 }));
      case '/v1/catalog':
        return Promise.resolve(
          json(404, { error: { code: 'NO_CATALOG', message: '区里还没有发布事项目录' } }),
        );
      case '/v1/submissions':
        return Promise.resolve(json(201, caseAnswer()));
      case '/v1/submissions/batch': {
        const { submissions } = JSON.parse(body) as { submissions: unknown[] };
        const results = submissions.map(() => ({ ok: true, created: true, answer: caseAnswer() }));
        return Promise.resolve(json(200, { results }));
      }
      case '/v1/cases':
        return Promise.resolve(json(200, { cases: [] }));
      default:
        return Promise.resolve(json(404, { error: { code: 'NOT_FOUND', message: '没有这个地址' } }));
    }
  };
  return { server, fetch };
}

function setup(options: { provisioned?: boolean; timings?: Partial<SyncTimings> } = {}) {
  const t = tempDir('sync-service');
  const db: Db = openDatabase(path.join(t.dir, 'kiosk.db'));
  cleanups.push(t.remove);
  cleanups.unshift(() => {
    if (db.open) db.close();
  });
  const settings = new SettingsRepository(db);
  const key = fileDeviceKey(t.dir);
  const enrollment = new EnrollmentStore(settings, key);
  if (options.provisioned !== false)
    enrollment.save({
      serverUrl: 'http://district.test/',
      deviceId: 'kiosk-1',
      token: 'token-token-token-token-token-token-1234567',
      catalogPublicKey: 'unused',
      hall: { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心', address: null, phone: null },
      enrolledAt: new Date().toISOString(),
    });
  const config = new ConfigService(settings);
  const outbox = new OutboxRepository(db, key, () => 'ZCKL01');
  const { server, fetch } = fakeServer();
  const events: SyncStatus[] = [];
  const sync = new SyncService({
    enrollment,
    state: new SyncStateStore(settings),
    catalog: new CatalogService(new CatalogRepository(db), silentLogger()),
    outbox,
    cases: new CaseStatusRepository(db),
    config,
    emit: (s) => events.push(s),
    log: silentLogger(),
    appVersion: '0.1.0',
    health: () => ({ printer: { state: 'ready' } }),
    fetch,
    random: () => 0.5,
    timings: {
      heartbeatMs: 60_000,
      outboxMs: 5_000,
      catalogMs: 3_600_000,
      casesMs: 600_000,
      offlineBackoff: { baseMs: 1_000, maxMs: 60_000 },
      ...options.timings,
    },
  });
  cleanups.unshift(() => sync.stop());
  return { sync, server, events, outbox, db, dir: t.dir };
}

/** Lets the fake server's promises and the rounds settle between timer steps. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('SyncService', () => {
  it('does not start without an enrollment and says so', async () => {
    const { sync, server } = setup({ provisioned: false });
    expect(sync.start()).toBe(false);
    expect(sync.status()).toMatchObject({ provisioned: false, online: false, catalogVersion: 0 });
    const round = await sync.syncNow();
    expect(round.provisioned).toBe(false);
    expect(server.calls).toEqual([]);
  });

  it('probes with a heartbeat first, then catalog, outbox and cases; emits the state once it changes', async () => {
    const { sync, server, events, outbox } = setup();
    outbox.enqueue({ kind: 'help', payload: helpPayload({ screen: 'home/老花镜' }), summary: {} });
    const summary = await sync.runRound();
    expect(server.calls).toEqual(['/v1/heartbeat', '/v1/catalog', '/v1/submissions/batch', '/v1/cases']);
    expect(summary).toMatchObject({ online: true, catalog: { kind: 'none' }, outbox: { sent: 1 } });
    expect(events.at(-1)).toMatchObject({ online: true, outbox: { pending: 0, sent: 1, dead: 0 } });
    expect(events.at(-1)!.lastSyncAt).not.toBeNull();
    const count = events.length;
    await sync.runRound(['heartbeat']);
    expect(events).toHaveLength(count); // nothing changed worth an event
  });

  it('while offline, waits on one growing backoff; back online it sends every row at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { sync, server, outbox } = setup();
    server.mode = 'down';
    outbox.enqueue({ kind: 'rating', payload: ratingPayload({ level: 4 }), summary: {} });
    expect(sync.start()).toBe(true);
    for (let i = 0; i < 7; i++) {
      await vi.advanceTimersToNextTimerAsync();
      await settle();
    }
    // Only the heartbeat probes the dead server; the delays double (random 0.5 → ¾ of the cap).
    expect(new Set(server.calls)).toEqual(new Set(['/v1/heartbeat']));
    const gaps = server.at.slice(1).map((t, i) => t - server.at[i]!);
    expect(gaps.slice(0, 5)).toEqual([750, 1500, 3000, 6000, 12_000]);
    expect(sync.status()).toMatchObject({ online: false, outbox: { pending: 1 } });

    server.mode = 'ok';
    await vi.advanceTimersToNextTimerAsync();
    await settle();
    expect(sync.status()).toMatchObject({ online: true, outbox: { pending: 0, sent: 1 } });
  });

  it('a 401 stops the timers and shows unauthorized; a later forced round that succeeds clears it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { sync, server, events } = setup();
    sync.start();
    await vi.advanceTimersToNextTimerAsync();
    await settle();
    expect(sync.status().online).toBe(true);
    server.mode = 'unauthorized';
    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(events.at(-1)).toMatchObject({ unauthorized: true });
    const calls = server.calls.length;
    sync.kick();
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    await settle();
    expect(server.calls).toHaveLength(calls);

    server.mode = 'ok';
    const status = await sync.syncNow();
    expect(status.unauthorized).toBe(false);
    expect(events.at(-1)).toMatchObject({ unauthorized: false });
  });

  it('stop() cuts the round in flight and nothing touches the database afterwards', async () => {
    const { sync, server, outbox, db, dir } = setup();
    const row = outbox.enqueue({ kind: 'help', payload: helpPayload({ screen: 'home/轮椅' }), summary: {} });
    let release = (): void => undefined;
    server.gate = new Promise((resolve) => (release = resolve));
    const round = sync.runRound(['outbox']);
    await settle(); // the submission is on its way
    sync.stop();
    db.close(); // what KioskApp.close() does right after
    release();
    await expect(round).resolves.toMatchObject({ provisioned: true });
    expect(server.calls).toEqual(['/v1/submissions/batch']); // answered, after the stop
    const reopened = openDatabase(path.join(dir, 'kiosk.db'));
    const after = new OutboxRepository(reopened, fileDeviceKey(dir), () => 'ZCKL01').get(row.id);
    reopened.close();
    expect(after).toMatchObject({ state: 'pending', attempts: 0 });
  });
});
