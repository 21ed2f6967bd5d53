/**
 * Catalog rollback, with the real district server on loopback and a hostile network in between (the fault
 * proxy): an older catalog the district really signed, replayed to a kiosk that applied a newer one, is
 * refused and the newer catalog stays in use.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { catalogV2 } from '../server/server-harness.js';
import { startSyncRig, type SyncRig } from '../integration/sync-rig.js';
import { EnrollmentStore } from '../../src-main/services/sync/enrollment.store.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('catalog rollback', () => {
  it('refuses a correctly signed manifest older than the applied one', async () => {
    rig = await startSyncRig();
    await rig.provision({ start: false });
    expect((await rig.kiosk.sync.runRound(['catalog'])).catalog).toMatchObject({
      kind: 'updated',
      version: 1,
    });
    // What the district answered for version 1, signed with its key, as a replaying network keeps it.
    const token = new EnrollmentStore(new SettingsRepository(rig.kiosk.db), rig.kiosk.deviceKey).get()!.token;
    const recorded = await fetch(`${rig.proxy.url}v1/catalog?limit=500`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(recorded.status).toBe(200);
    const v1Answer = await recorded.text();
    expect(JSON.parse(v1Answer)).toMatchObject({ manifest: { version: 1 }, full: true, nextCursor: null });

    await rig.district.publish(catalogV2().catalog);
    expect((await rig.kiosk.sync.runRound(['catalog'])).catalog).toMatchObject({
      kind: 'updated',
      version: 2,
    });
    const v2Display = rig.kiosk.catalog.meta()?.version;

    rig.proxy.setMode({ kind: 'http', status: 200, body: v1Answer });
    const round = await rig.kiosk.sync.runRound(['catalog']);
    expect(round.catalog).toMatchObject({ kind: 'rejected', version: 1, reason: 'ROLLBACK' });
    expect(rig.kiosk.catalog.meta()?.version).toBe(v2Display);
    expect(rig.kiosk.catalog.all().map((i) => i.id)).toContain(catalogV2().added);
  });
});
