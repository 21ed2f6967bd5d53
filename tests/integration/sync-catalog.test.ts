/**
 * Catalog sync against the real server: full, delta, a cursor the server forgot, a delta whose result
 * does not match the digest, a badly signed catalog, a malformed answer, a sync cut between pages, and
 * a server with nothing published. Whatever fails, the catalog in use stays whole.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { growCatalog } from '../../bench/search-catalog.js';
import { CATALOG_STATE_KEY } from '../../src-main/services/sync/sync-state.store.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { catalogV1, catalogV2 } from '../server/server-harness.js';
import { startSyncRig, type SyncRig } from './sync-rig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** A kiosk at catalog version 1; its timers stay off so each test drives the rounds itself. */
async function syncedAtV1(): Promise<SyncRig> {
  rig = await startSyncRig();
  await rig.provision({ start: false });
  const first = await rig.kiosk.sync.runRound();
  expect(first.catalog).toMatchObject({ kind: 'updated', version: 1, full: true });
  return rig;
}

const ids = (r: SyncRig): string[] => r.kiosk.catalog.all().map((i) => i.id);

describe('catalog sync', () => {
  it('a server with nothing published leaves the demo catalog in use', async () => {
    rig = await startSyncRig({ publish: false });
    await rig.provision({ start: false });
    const round = await rig.kiosk.sync.runRound();
    expect(round.catalog).toEqual({ kind: 'none' });
    expect(round.online).toBe(true);
    expect(rig.kiosk.catalog.meta()?.source).toBe('demo');
    expect(rig.kiosk.sync.status().catalogVersion).toBe(0);
  });

  it('pulls the full catalog first, then applies a delta; the app stops calling itself a demo', async () => {
    const r = await syncedAtV1();
    expect(ids(r).sort()).toEqual(
      catalogV1()
        .items.map((i) => i.id)
        .sort(),
    );
    // Provisioned: no demo (demo-mode.ts), whether the devices are simulated or not.
    expect(await r.kiosk.dispatch('app.info', {})).toMatchObject({ ok: true, value: { demo: false } });
    r.kiosk.config.update({ simulatedDevices: false });
    await r.kiosk.devices.settled();
    const info = await r.kiosk.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { demo: false, catalogVersion: catalogV1().version } });

    const v2 = catalogV2();
    await r.district.publish(v2.catalog);
    const round = await r.kiosk.sync.runRound(['catalog']);
    expect(round.catalog).toMatchObject({ kind: 'updated', version: 2, full: false, removed: 2 });
    expect(ids(r)).toContain(v2.added);
    for (const gone of v2.removed) expect(ids(r)).not.toContain(gone);
    expect(r.kiosk.catalog.item(v2.changed).aliases).toContain('新俗称');
    expect(r.kiosk.sync.status().catalogVersion).toBe(2);
    // The search index follows the swap.
    const hits = await r.kiosk.dispatch('catalog.search', { query: '新俗称' });
    expect(hits).toMatchObject({ ok: true, value: [{ id: v2.changed, field: 'alias' }] });
  });

  it('a heartbeat that announces a newer version brings the catalog along in the same round', async () => {
    const r = await syncedAtV1();
    await r.district.publish(catalogV2().catalog);
    const round = await r.kiosk.sync.runRound(['heartbeat']);
    expect(round.heartbeat).toEqual({ serverCatalogVersion: 2 });
    expect(round.catalog).toMatchObject({ kind: 'updated', version: 2 });
  });

  it('a version the server does not know (410 CURSOR_GONE) triggers a full resync, refused when older', async () => {
    const r = await syncedAtV1();
    const settings = new SettingsRepository(r.kiosk.db);
    const state = settings.get(CATALOG_STATE_KEY) as { version: number };
    settings.set(CATALOG_STATE_KEY, { ...state, version: 99 });
    // The full answer is version 1, older than the 99 applied: a rollback, whoever sends it.
    const round = await r.kiosk.sync.runRound(['catalog']);
    expect(round.catalog).toMatchObject({ kind: 'rejected', version: 1, reason: 'ROLLBACK' });
    expect(r.kiosk.sync.status().catalogVersion).toBe(99);
  });

  it('a delta whose result misses the digest is settled by one full sync', async () => {
    const r = await syncedAtV1();
    // The kiosk's base drifted from what the server thinks version 1 is.
    const items = r.kiosk.catalog.all();
    const victim = items[5]!;
    const meta = r.kiosk.catalog.meta()!;
    r.kiosk.catalog.install(
      {
        version: meta.version,
        publishedAt: meta.publishedAt,
        region: meta.region,
        items: items.map((i) => (i.id === victim.id ? { ...i, name: `${i.name}（本地改动）` } : i)),
      },
      'district',
    );
    expect(r.kiosk.sync.status().catalogVersion).toBe(1);
    await r.district.publish(catalogV2().catalog);
    const round = await r.kiosk.sync.runRound(['catalog']);
    expect(round.catalog).toMatchObject({ kind: 'updated', version: 2, full: true });
    expect(r.kiosk.catalog.item(victim.id).name).toBe(victim.name);
  });

  it('a catalog signed by another key is refused: the old one stays, and is not fetched again and again', async () => {
    const r = await syncedAtV1();
    const before = ids(r);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    r.district.store.database
      .prepare('UPDATE signing_key SET public_pem = ?, private_pem = ?')
      .run(
        publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      );
    await r.district.publish(catalogV2().catalog);
    const round = await r.kiosk.sync.runRound(['catalog']);
    expect(round.catalog).toEqual({ kind: 'rejected', version: 2, reason: 'SIGNATURE' });
    expect(ids(r)).toEqual(before);
    expect(r.kiosk.sync.status().catalogVersion).toBe(1);
    const next = await r.kiosk.sync.runRound(['heartbeat']);
    expect(next.heartbeat).toEqual({ serverCatalogVersion: 2 });
    expect(next.catalog).toBeUndefined();
  });

  it('a malformed answer (not the protocol, or not even HTTP) leaves the old catalog in use', async () => {
    const r = await syncedAtV1();
    await r.district.publish(catalogV2().catalog);
    const before = ids(r);
    r.proxy.setMode({
      kind: 'http',
      status: 200,
      body: JSON.stringify({ manifest: { version: 2 }, items: 'x' }),
    });
    const round = await r.kiosk.sync.runRound(['catalog']);
    expect(round.catalog).toMatchObject({ kind: 'error', error: expect.stringMatching(/unexpected answer/) });
    r.proxy.setMode({ kind: 'garbage' });
    await r.kiosk.sync.runRound(['catalog']);
    expect(ids(r)).toEqual(before);
    expect(r.kiosk.sync.status()).toMatchObject({ catalogVersion: 1, online: false });
    r.proxy.setMode({ kind: 'pass' });
    const healed = await r.kiosk.sync.runRound(['catalog']);
    expect(healed.catalog).toMatchObject({ kind: 'updated', version: 2 });
  });

  it('a sync cut between pages changes nothing until a complete one arrives', async () => {
    const r = await syncedAtV1();
    const big = catalogV1();
    await r.district.publish({ ...big, version: '2026.12.02-1', items: growCatalog(big.items, 1_100) });
    const before = ids(r);
    // The first page passes; the connection dies on the second.
    r.proxy.events.once('request', () => r.proxy.setMode({ kind: 'cut-response', afterBytes: 2_000 }));
    const round = await r.kiosk.sync.runRound(['catalog']);
    expect(round.catalog).toMatchObject({ kind: 'error' });
    expect(ids(r)).toEqual(before);
    expect(r.kiosk.sync.status().catalogVersion).toBe(1);
    r.proxy.setMode({ kind: 'pass' });
    const healed = await r.kiosk.sync.runRound(['catalog']);
    expect(healed.catalog).toMatchObject({ kind: 'updated', version: 2, items: 1_100 });
    expect(r.kiosk.catalog.all()).toHaveLength(1_100);
  });
});
