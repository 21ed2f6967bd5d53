/**
 * The server refuses: a revoked device (401) stops syncing and shows 设备未授权; a submission the
 * server rejects for good (4xx) goes to the dead letters with the server's reason, the rest flows on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src-server/cli/cli.js';
import { deliveredExactlyOnce, startSyncRig, type SyncRig } from './sync-rig.js';
import { declarationPayload, ratingPayload } from '../helpers/outbox-payloads.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const quiet = { out: () => undefined, err: () => undefined };

describe('sync when the server refuses', () => {
  it('401 after the device is revoked: sync stops, the state says unauthorized, rows stay queued', async () => {
    rig = await startSyncRig();
    const { deviceId } = await rig.provision();
    await rig.waitForStatus((s) => s.online && s.catalogVersion === 1);

    expect(await runCli(['device', 'revoke', deviceId, '--db', rig.district.db], { io: quiet })).toBe(0);
    const rows = rig.enqueue(3);
    const unauthorized = rig.waitForStatus((s) => s.unauthorized);
    rig.kiosk.sync.kick();
    const state = await unauthorized;
    expect(state).toMatchObject({ provisioned: true, unauthorized: true, outbox: { pending: 3, sent: 0 } });
    for (const row of rows)
      expect(rig.kiosk.outbox.get(row.id)).toMatchObject({ state: 'pending', attempts: 0 });

    // Stopped: neither a kick nor time makes it ask again; only a forced round does (and fails again).
    const requests = rig.proxy.stats.requests;
    rig.kiosk.sync.kick();
    const forced = await rig.kiosk.sync.syncNow();
    expect(forced.unauthorized).toBe(true);
    expect(rig.proxy.stats.requests).toBe(requests + 1);
    const status = await rig.kiosk.dispatch('sync.status', {});
    expect(status).toMatchObject({ ok: true, value: { unauthorized: true } });
  });

  it('a 4xx answer dead-letters the row with the server reason; the others are delivered', async () => {
    rig = await startSyncRig();
    await rig.provision();
    await rig.waitForStatus((s) => s.online && s.catalogVersion === 1);
    const good = rig.enqueue(4);
    const tooBig = rig.kiosk.outbox.enqueue({
      kind: 'declaration',
      payload: declarationPayload({ attachment: 'x'.repeat(300 * 1024) }),
      summary: { itemName: '大附件' },
    });
    // Within the protocol's schema, refused by the district: nothing the kiosk can know of.
    const unknownCase = rig.kiosk.outbox.enqueue({
      kind: 'rating',
      payload: ratingPayload({ target: { caseNumber: 'ZC20261125000042KQMP' } }),
      summary: {},
    });
    const more = rig.enqueue(2);
    rig.kiosk.sync.kick();
    const done = await rig.waitForStatus((s) => s.outbox.pending === 0);
    expect(done.outbox).toEqual({ pending: 0, sent: 6, dead: 2 });
    deliveredExactlyOnce(
      rig,
      [...good, ...more].map((r) => rig!.kiosk.outbox.get(r.id)!),
    );

    const dead = rig.kiosk.outbox.get(tooBig.id)!;
    expect(dead.state).toBe('dead');
    expect(dead.lastError).toMatch(/^400 INVALID: payload：提交内容超过 256 KB$/);
    expect(dead.hasPayload).toBe(true); // kept for the hall admin to look at or retry
    expect(rig.kiosk.outbox.get(unknownCase.id)).toMatchObject({ state: 'dead', attempts: 1 });
    expect(rig.kiosk.outbox.get(unknownCase.id)!.lastError).toMatch(/^404 NOT_FOUND: /);
    expect(rig.serverSubmissions()).toHaveLength(6);
  });
});
