/**
 * A bad network between kiosk and server, through the fault proxy: connections cut while uploading
 * (before the server has the request, and after it committed but before the kiosk heard), 500s,
 * answers slower than the timeout, garbage. Every submission arrives exactly once, with the server's
 * case number, and the rows carry their attempts and last error meanwhile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultMode } from '../emulators/fault-proxy.js';
import { deliveredExactlyOnce, startSyncRig, type SyncRig } from './sync-rig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** Provisions and syncs the catalog with a healthy network, then breaks it with `mode`. */
async function brokenWith(mode: FaultMode, timeoutMs?: number): Promise<SyncRig> {
  rig = await startSyncRig(timeoutMs ? { timings: { requestTimeoutMs: timeoutMs } } : {});
  await rig.provision();
  await rig.waitForStatus((s) => s.online && s.catalogVersion === 1);
  // Decisions are per request, so pooled keep-alive connections misbehave too.
  rig.proxy.setMode(mode);
  return rig;
}

async function healAndCheck(r: SyncRig, rows: ReturnType<SyncRig['enqueue']>): Promise<void> {
  r.proxy.setMode({ kind: 'pass' });
  const done = await r.waitForStatus((s) => s.online && s.outbox.pending === 0);
  expect(done.outbox).toMatchObject({ pending: 0, sent: rows.length, dead: 0 });
  deliveredExactlyOnce(r, rows);
}

describe('sync over a faulty network', () => {
  it('connections cut mid-upload, before the server has the request: retried, nothing lost', async () => {
    const r = await brokenWith({ kind: 'cut-request', afterBytes: 60 });
    const rows = r.enqueue(10);
    r.kiosk.sync.kick();
    await r.proxy.waitForRequests(4);
    expect(r.serverSubmissions()).toHaveLength(0);
    await healAndCheck(r, rows);
  });

  it('connections cut after the server committed, before the kiosk heard: repeats get the same case', async () => {
    const r = await brokenWith({ kind: 'pass' });
    const rows = r.enqueue(12);
    // The server stores each submission but the answer never reaches the kiosk.
    r.proxy.setMode({ kind: 'cut-response', afterBytes: 0 });
    await r.kiosk.sync.runRound(['outbox']);
    await r.proxy.waitForRequests(3);
    const committed = r.serverSubmissions().length;
    expect(committed).toBeGreaterThan(0);
    expect(r.kiosk.outbox.counts().sent).toBe(0);
    const retried = rows.map((row) => r.kiosk.outbox.get(row.id)!).filter((row) => row.attempts > 0);
    expect(retried.length).toBeGreaterThan(0);
    expect(retried[0]!.lastError).toMatch(/network error|timed out/);
    await healAndCheck(r, rows);
  });

  it('a flaky link (cuts and resets at random) still delivers every submission exactly once', async () => {
    const r = await brokenWith({ kind: 'flaky', p: 0.5, seed: 7 });
    const rows = r.enqueue(40);
    await r.kiosk.sync.runRound(['outbox']);
    await r.proxy.waitForRequests(30);
    await healAndCheck(r, rows);
  });

  it('500s: rows wait with their last error, the state goes offline, then everything is sent', async () => {
    const r = await brokenWith({ kind: 'http', status: 500 });
    const rows = r.enqueue(8);
    const offline = r.waitForStatus((s) => !s.online);
    await r.kiosk.sync.runRound(['outbox']);
    await offline;
    const first = r.kiosk.outbox.get(rows[0]!.id)!;
    expect(first).toMatchObject({ state: 'pending', attempts: 1 });
    expect(first.lastError).toMatch(/HTTP 500/);
    expect(r.serverSubmissions()).toHaveLength(0);
    await healAndCheck(r, rows);
  });

  it('answers slower than the timeout count as offline; the late commits are not duplicated', async () => {
    const r = await brokenWith({ kind: 'delay', ms: 800 }, 300);
    const rows = r.enqueue(6);
    await r.kiosk.sync.runRound(['outbox']);
    expect(r.kiosk.sync.status().online).toBe(false);
    const first = r.kiosk.outbox.get(rows[0]!.id)!;
    expect(first.lastError).toMatch(/timed out after 300 ms/);
    await healAndCheck(r, rows);
  });

  it('garbage instead of an answer is offline, not a crash', async () => {
    const r = await brokenWith({ kind: 'garbage' });
    const rows = r.enqueue(5);
    await r.kiosk.sync.runRound(['outbox']);
    expect(r.kiosk.sync.status().online).toBe(false);
    expect(r.kiosk.outbox.counts()).toMatchObject({ pending: 5, dead: 0 });
    await healAndCheck(r, rows);
  });
});
