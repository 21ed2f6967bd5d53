/** Catalog sync against a fake client: every check that keeps a wrong catalog out, and the one-transaction swap. */
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { OfflineError } from '../../../../src-main/contract/errors.js';
import { catalogDigest, signManifest } from '../../../../src-main/district/catalog-signature.js';
import type { CatalogSync, DistrictClient } from '../../../../src-main/district/district.client.js';
import { CursorGoneError, RejectedError } from '../../../../src-main/district/district.errors.js';
import type { CatalogManifest } from '../../../../src-main/district/protocol.types.js';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { CatalogService } from '../../../../src-main/services/catalog/catalog.service.js';
import { appliedVersion, syncCatalog } from '../../../../src-main/services/sync/catalog-sync.js';
import { SyncStateStore } from '../../../../src-main/services/sync/sync-state.store.js';
import { CatalogRepository } from '../../../../src-main/store/catalog.repository.js';
import { openDatabase } from '../../../../src-main/store/database.js';
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
const byId = (items: ServiceItem[]): ServiceItem[] => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
const V1 = byId(demo.items.slice(0, 20));
const V2 = byId([...V1.slice(2).map((i, n) => (n === 0 ? { ...i, aliases: [...i.aliases, '新叫法'] } : i))]);

function manifest(version: number, items: ServiceItem[]): CatalogManifest {
  return {
    version,
    displayVersion: `2026.12.0${version}-1`,
    publishedAt: '2026-12-01T09:00:00+08:00',
    region: '淄川区',
    digest: catalogDigest(items),
  };
}

function full(version: number, items: ServiceItem[], privateKey = KEY.privateKey): CatalogSync {
  const m = manifest(version, items);
  return { manifest: m, signature: signManifest(m, privateKey), full: true, since: 0, items, removed: [] };
}

function delta(
  version: number,
  all: ServiceItem[],
  since: number,
  changed: ServiceItem[],
  removed: string[],
): CatalogSync {
  const m = manifest(version, all);
  return {
    manifest: m,
    signature: signManifest(m, KEY.privateKey),
    full: false,
    since,
    items: changed,
    removed,
  };
}

function setup(): { catalog: CatalogService; state: SyncStateStore; repo: CatalogRepository } {
  const t = tempDir('catalog-sync');
  const db = openDatabase(path.join(t.dir, 'kiosk.db'));
  cleanups.push(t.remove);
  cleanups.unshift(() => db.close());
  const repo = new CatalogRepository(db);
  return {
    catalog: new CatalogService(repo, silentLogger()),
    state: new SyncStateStore(new SettingsRepository(db)),
    repo,
  };
}

type Answer = CatalogSync | Error;
function client(...answers: Answer[]): { client: DistrictClient; calls: Array<{ since?: number }> } {
  const calls: Array<{ since?: number }> = [];
  const fake = {
    catalogSync: vi.fn((options: { since?: number }) => {
      calls.push(options.since === undefined ? {} : { since: options.since });
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(structuredClone(next));
    }),
  };
  return { client: fake as unknown as DistrictClient, calls };
}

const deps = (s: ReturnType<typeof setup>, c: DistrictClient) => ({
  client: c,
  publicKey: KEY.publicKey,
  catalog: s.catalog,
  state: s.state,
  log: silentLogger(),
});

describe('syncCatalog', () => {
  it('installs a full catalog with its server version in one go, then applies a delta', async () => {
    const s = setup();
    const c = client(full(1, V1), delta(2, V2, 1, [V2[0]!], [V1[0]!.id, V1[1]!.id]));
    expect(await syncCatalog(deps(s, c.client))).toMatchObject({
      kind: 'updated',
      version: 1,
      full: true,
      items: 20,
    });
    expect(s.catalog.meta()).toMatchObject({ source: 'district', version: '2026.12.01-1' });
    expect(appliedVersion(s.catalog, s.state)).toBe(1);
    expect(await syncCatalog(deps(s, c.client))).toMatchObject({
      kind: 'updated',
      version: 2,
      full: false,
      removed: 2,
    });
    expect(c.calls).toEqual([{}, { since: 1 }]);
    expect(s.catalog.all().map((i) => i.id)).toEqual(V2.map((i) => i.id));
    expect(s.catalog.item(V2[0]!.id).aliases).toContain('新叫法');
  });

  it('an empty delta at the same version changes nothing', async () => {
    const s = setup();
    const install = vi.spyOn(s.catalog, 'install');
    const c = client(full(1, V1), delta(1, V1, 1, [], []));
    await syncCatalog(deps(s, c.client));
    expect(await syncCatalog(deps(s, c.client))).toEqual({ kind: 'unchanged', version: 1 });
    expect(install).toHaveBeenCalledTimes(1);
  });

  it('a delta that misses the digest is retried once as a full sync', async () => {
    const s = setup();
    // The delta forgets to say that an item was removed: the result's digest is wrong.
    const c = client(full(1, V1), delta(2, V2, 1, [V2[0]!], [V1[0]!.id]), full(2, V2));
    await syncCatalog(deps(s, c.client));
    expect(await syncCatalog(deps(s, c.client))).toMatchObject({ kind: 'updated', version: 2, full: true });
    expect(c.calls).toEqual([{}, { since: 1 }, {}]);
    expect(s.catalog.all()).toHaveLength(V2.length);
  });

  it('refuses a catalog signed by another key and keeps the old one', async () => {
    const s = setup();
    const c = client(full(1, V1), full(2, V2, pem().privateKey));
    await syncCatalog(deps(s, c.client));
    expect(await syncCatalog(deps(s, c.client))).toEqual({
      kind: 'rejected',
      version: 2,
      reason: 'SIGNATURE',
    });
    expect(s.catalog.all()).toHaveLength(V1.length);
    expect(appliedVersion(s.catalog, s.state)).toBe(1);
  });

  it('refuses a signed catalog that fails the catalog schema (two items with one code)', async () => {
    const s = setup();
    const twins = byId([...V1.slice(1), { ...V1[0]!, code: V1[1]!.code }]);
    const c = client(full(1, twins));
    expect(await syncCatalog(deps(s, c.client))).toEqual({ kind: 'rejected', version: 1, reason: 'SCHEMA' });
    expect(s.catalog.meta()).toBeUndefined();
  });

  it('a full sync that does not match its digest is refused without looping', async () => {
    const s = setup();
    const partial = full(1, V1);
    partial.items = partial.items.slice(1);
    const c = client(partial);
    expect(await syncCatalog(deps(s, c.client))).toEqual({ kind: 'rejected', version: 1, reason: 'DIGEST' });
    expect(c.calls).toHaveLength(1);
  });

  it('NO_CATALOG is nothing to sync; CURSOR_GONE means a full sync', async () => {
    const s = setup();
    const none = client(new RejectedError(404, 'NO_CATALOG', '区里还没有发布事项目录'));
    expect(await syncCatalog(deps(s, none.client))).toEqual({ kind: 'none' });
    const c = client(full(1, V1), new CursorGoneError(), full(2, V2));
    await syncCatalog(deps(s, c.client));
    expect(await syncCatalog(deps(s, c.client))).toMatchObject({ kind: 'updated', version: 2, full: true });
    expect(c.calls).toEqual([{}, { since: 1 }, {}]);
  });

  it('a failure while fetching leaves the catalog in use untouched', async () => {
    const s = setup();
    const c = client(full(1, V1), new OfflineError('GET /v1/catalog: network error ECONNRESET'));
    await syncCatalog(deps(s, c.client));
    await expect(syncCatalog(deps(s, c.client))).rejects.toBeInstanceOf(OfflineError);
    expect(s.catalog.all().map((i) => i.id)).toEqual(V1.map((i) => i.id));
  });

  it('the version is stored in the same transaction as the items: a failed write keeps both old', () => {
    const s = setup();
    s.repo.replace({ ...demo, items: V1 }, 'district');
    expect(() =>
      s.repo.replace({ ...demo, version: 'x', items: V2 }, 'district', new Date(), () => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(s.repo.items().map((i) => i.id)).toEqual(V1.map((i) => i.id));
    expect(s.repo.meta()?.version).toBe(demo.version);
  });
});
