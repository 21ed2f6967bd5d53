/**
 * The district server is down for the whole run, then comes back: nothing is lost, everything queued
 * meanwhile is delivered once, the catalog is pulled and the state goes offline → online.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deliveredExactlyOnce, startSyncRig, type SyncRig } from './sync-rig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('sync through an outage', () => {
  it('queues while the server is down and delivers everything once it is back', async () => {
    rig = await startSyncRig();
    await rig.provision({ start: false });
    await rig.stopServer();
    const rows = rig.enqueue(30);

    const states: boolean[] = [];
    rig.kiosk.bus.on('sync.state', (s) => states.push(s.online));
    rig.kiosk.sync.start();
    // The kiosk keeps trying (refused connections through the proxy) with backoff.
    await new Promise<void>((resolve) => {
      const onConnection = (): void => {
        if (rig!.proxy.stats.connections < 6) return;
        rig!.proxy.events.off('connection', onConnection);
        resolve();
      };
      rig!.proxy.events.on('connection', onConnection);
    });
    const offline = rig.kiosk.sync.status();
    expect(offline).toMatchObject({ provisioned: true, online: false, outbox: { pending: 30, sent: 0 } });
    expect(rig.kiosk.catalog.meta()?.source).toBe('demo');
    expect(rig.serverSubmissions()).toHaveLength(0);
    // While the server is unreachable only the heartbeat probes it; the rows wait untouched.
    expect(rig.kiosk.outbox.get(rows[0]!.id)!.attempts).toBe(0);

    await rig.startServer();
    const done = await rig.waitForStatus((s) => s.outbox.sent === 30);
    expect(done).toMatchObject({ online: true, unauthorized: false, catalogVersion: 1 });
    expect(done.outbox).toEqual({ pending: 0, sent: 30, dead: 0 });
    expect(done.lastSyncAt).not.toBeNull();
    deliveredExactlyOnce(rig, rows);
    expect(rig.kiosk.catalog.meta()?.source).toBe('district');
    expect(states).toContain(true);
    // The server saw a heartbeat with this kiosk's catalog version.
    const [kiosk] = await rig.district.store.listKiosks();
    expect(kiosk?.heartbeatAt).not.toBeNull();
  });
});
