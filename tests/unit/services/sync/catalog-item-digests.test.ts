/**
 * Catalog sync in the item-digest format against a fake client and a real SQLite store: a delta is
 * checked against the stored item digests and written row by row; every check still keeps a wrong
 * catalog out.
 */
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import {
  catalogDigest,
  itemDigest,
  itemListDigest,
  signItemsManifest,
  signManifest,
} from '../../../../src-main/district/catalog-signature.js';
import type { CatalogSync, DistrictClient } from '../../../../src-main/district/district.client.js';
import type { CatalogManifest } from '../../../../src-main/district/protocol.types.js';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { CatalogService } from '../../../../src-main/services/catalog/catalog.service.js';
import { appliedVersion, syncCatalog } from '../../../../src-main/services/sync/catalog-sync.js';
import { SyncStateStore } from '../../../../src-main/services/sync/sync-state.store.js';
import { CatalogRepository } from '../../../../src-main/store/catalog.repository.js';
import { openDatabase, type Db } from '../../../../src-main/store/database.js';
import { SettingsRepository } from '../../../../src-main/store/settings.repository.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const pem = (): { publicKey: string; privateKey: string } => {
  const pair = generateKeyPairSync('ed25519');
  return {
    publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
};
const KEY = pem();
const demo = loadDemoCatalog();
const sorted = (items: ServiceItem[]): ServiceItem[] => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
const V1 = sorted(demo.items.slice(0, 30));

function signed(
  version: number,
  all: ServiceItem[],
  part: { full: boolean; since?: number; items: ServiceItem[]; removed?: string[] },
  privateKey = KEY.privateKey,
): CatalogSync {
  const manifest: CatalogManifest & { itemsDigest: string } = {
    version,
    displayVersion: `2026.12.${String(version).padStart(2, '0')}-1`,
    publishedAt: '2026-12-01T09:00:00+08:00',
    region: '淄川区',
    digest: catalogDigest(all),
    itemsDigest: itemListDigest(all.map((i) => [i.id, itemDigest(i)])),
  };
  return {
    manifest,
    signature: signManifest(manifest, privateKey),
    itemsSignature: signItemsManifest(manifest, privateKey),
    full: part.full,
    since: part.since ?? 0,
    items: part.items,
    removed: part.removed ?? [],
  };
}

function client(...answers: CatalogSync[]): { client: DistrictClient; calls: Array<{ since?: number }> } {
  const calls: Array<{ since?: number }> = [];
  const fake = {
    catalogSync: vi.fn((options: { since?: number }) => {
      calls.push(options.since === undefined ? {} : { since: options.since });
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      return Promise.resolve(structuredClone(next));
    }),
  };
  return { client: fake as unknown as DistrictClient, calls };
}

function setup(): { db: Db; catalog: CatalogService; state: SyncStateStore; repo: CatalogRepository } {
  const t = tempDir('catalog-item-digests');
  const db = openDatabase(path.join(t.dir, 'kiosk.db'));
  cleanups.push(t.remove);
  cleanups.unshift(() => db.close());
  const repo = new CatalogRepository(db);
  return {
    db,
    catalog: new CatalogService(repo, silentLogger()),
    state: new SyncStateStore(new SettingsRepository(db)),
    repo,
  };
}

const deps = (s: ReturnType<typeof setup>, c: DistrictClient) => ({
  client: c,
  publicKey: KEY.publicKey,
  catalog: s.catalog,
  state: s.state,
  log: silentLogger(),
});

const changedAlias = (item: ServiceItem): ServiceItem => ({ ...item, aliases: [...item.aliases, '新叫法'] });

describe('syncCatalog with item digests', () => {
  it('a delta writes only the changed and removed rows, and memory matches the store', async () => {
    const s = setup();
    const [a, b, c] = V1;
    const added = { ...V1[3]!, id: 'zz-added', code: '370302-ZZ-0001' };
    const V2 = sorted([
      ...V1.filter((i) => i.id !== b!.id).map((i) => (i.id === a!.id ? changedAlias(i) : i)),
      added,
    ]);
    const sync = client(
      signed(1, V1, { full: true, items: V1 }),
      signed(2, V2, { full: false, since: 1, items: [changedAlias(a!), added], removed: [b!.id] }),
    );
    expect(await syncCatalog(deps(s, sync.client))).toMatchObject({
      kind: 'updated',
      version: 1,
      full: true,
    });
    const before = s.db
      .prepare<[], { id: string; rowid: number }>('SELECT id, rowid FROM catalog_items')
      .all()
      .map((r) => [r.id, r.rowid] as const);

    const apply = vi.spyOn(s.repo, 'apply');
    expect(await syncCatalog(deps(s, sync.client))).toMatchObject({
      kind: 'updated',
      version: 2,
      full: false,
      items: V2.length,
      changed: 2,
      removed: 1,
    });
    expect(sync.calls).toEqual([{}, { since: 1 }]);
    expect(apply).toHaveBeenCalledTimes(1);
    const changes = apply.mock.calls[0]![0];
    expect(changes.upserts.map((u) => u.item.id).sort()).toEqual([a!.id, added.id].sort());
    expect(changes.removed).toEqual([b!.id]);

    // Unchanged rows are the same rows; the store and memory hold the new catalog and its digests.
    const after = new Map(
      s.db
        .prepare<[], { id: string; rowid: number }>('SELECT id, rowid FROM catalog_items')
        .all()
        .map((r) => [r.id, r.rowid]),
    );
    for (const [id, rowid] of before) if (id !== a!.id && id !== b!.id) expect(after.get(id), id).toBe(rowid);
    expect(s.repo.items().map((i) => i.id)).toEqual(s.catalog.all().map((i) => i.id));
    expect(sorted(s.catalog.all()).map((i) => i.id)).toEqual(V2.map((i) => i.id));
    expect(s.catalog.item(a!.id).aliases).toContain('新叫法');
    expect(s.catalog.all().map((i) => i.id)).not.toContain(b!.id);
    expect(c && s.catalog.item(c.id)).toEqual(c);
    expect(new Map(s.catalog.itemDigests())).toEqual(new Map(V2.map((i) => [i.id, itemDigest(i)])));
    expect(s.catalog.meta()).toMatchObject({ source: 'district', version: '2026.12.02-1' });
    expect(appliedVersion(s.catalog, s.state)).toBe(2);
  });

  it('a catalog installed before digests were kept gets them computed once, then deltas check against them', () => {
    const s = setup();
    s.catalog.install({ ...demo, items: V1 }, 'district');
    expect([...s.repo.digests().values()].every((d) => d === null)).toBe(true);
    const digests = s.catalog.itemDigests();
    expect(digests.get(V1[0]!.id)).toBe(itemDigest(V1[0]));
    expect([...s.repo.digests().values()].every((d) => d !== null)).toBe(true);
  });

  it('two items may swap their codes in one delta', async () => {
    const s = setup();
    const [a, b] = V1;
    const swapped = [
      { ...a!, code: b!.code },
      { ...b!, code: a!.code },
    ];
    const V2 = sorted([...swapped, ...V1.slice(2)]);
    const sync = client(
      signed(1, V1, { full: true, items: V1 }),
      signed(2, V2, { full: false, since: 1, items: swapped }),
    );
    await syncCatalog(deps(s, sync.client));
    expect(await syncCatalog(deps(s, sync.client))).toMatchObject({ kind: 'updated', version: 2 });
    expect(s.catalog.item(a!.id).code).toBe(b!.code);
    expect(s.repo.items().find((i) => i.id === b!.id)?.code).toBe(a!.code);
  });

  it('refuses an item-digest manifest signed by another key, and keeps the old catalog', async () => {
    const s = setup();
    const other = pem();
    const V2 = sorted(V1.map((i, n) => (n === 0 ? changedAlias(i) : i)));
    const forged = signed(2, V2, { full: false, since: 1, items: [V2[0]!] }, other.privateKey);
    forged.signature = signed(2, V2, { full: true, items: [] }).signature;
    const sync = client(signed(1, V1, { full: true, items: V1 }), forged);
    await syncCatalog(deps(s, sync.client));
    expect(await syncCatalog(deps(s, sync.client))).toEqual({
      kind: 'rejected',
      version: 2,
      reason: 'SIGNATURE',
    });
    expect(s.catalog.item(V1[0]!.id).aliases).not.toContain('新叫法');
    expect(appliedVersion(s.catalog, s.state)).toBe(1);
  });

  it('a delta that misses the item digest is retried once as a full sync', async () => {
    const s = setup();
    const V2 = sorted(V1.slice(1).map((i, n) => (n === 0 ? changedAlias(i) : i)));
    // The delta forgets the removed item.
    const sync = client(
      signed(1, V1, { full: true, items: V1 }),
      signed(2, V2, { full: false, since: 1, items: [V2[0]!] }),
      signed(2, V2, { full: true, items: V2 }),
    );
    await syncCatalog(deps(s, sync.client));
    expect(await syncCatalog(deps(s, sync.client))).toMatchObject({
      kind: 'updated',
      version: 2,
      full: true,
    });
    expect(sync.calls).toEqual([{}, { since: 1 }, {}]);
    expect(s.catalog.all().map((i) => i.id)).toEqual(V2.map((i) => i.id));
  });

  it('refuses a delta that gives a changed item the code of an unchanged one, or repeats an id', async () => {
    const s = setup();
    const clash = { ...V1[0]!, code: V1[5]!.code };
    const V2 = sorted([clash, ...V1.slice(1)]);
    const twice = sorted(V1.map((i, n) => (n === 0 ? changedAlias(i) : i)));
    const sync = client(
      signed(1, V1, { full: true, items: V1 }),
      signed(2, V2, { full: false, since: 1, items: [clash] }),
      signed(2, twice, { full: false, since: 1, items: [twice[0]!, twice[0]!] }),
    );
    await syncCatalog(deps(s, sync.client));
    expect(await syncCatalog(deps(s, sync.client))).toEqual({
      kind: 'rejected',
      version: 2,
      reason: 'SCHEMA',
    });
    expect(await syncCatalog(deps(s, sync.client))).toEqual({
      kind: 'rejected',
      version: 2,
      reason: 'SCHEMA',
    });
    expect(s.catalog.item(V1[0]!.id)).toEqual(V1[0]);
    expect(appliedVersion(s.catalog, s.state)).toBe(1);
  });

  it('a full sync in the item-digest format replaces everything and is checked the same way', async () => {
    const s = setup();
    s.catalog.install(demo, 'bundled');
    const partial = signed(1, V1, { full: true, items: V1.slice(1) });
    const sync = client(partial, signed(1, V1, { full: true, items: V1 }));
    expect(await syncCatalog(deps(s, sync.client))).toEqual({
      kind: 'rejected',
      version: 1,
      reason: 'DIGEST',
    });
    expect(s.catalog.meta()?.source).toBe('bundled');
    expect(await syncCatalog(deps(s, sync.client))).toMatchObject({
      kind: 'updated',
      full: true,
      items: V1.length,
    });
    expect(s.catalog.all().map((i) => i.id)).toEqual(V1.map((i) => i.id));
    expect(s.repo.items().map((i) => i.id)).toEqual(V1.map((i) => i.id));
  });
});
