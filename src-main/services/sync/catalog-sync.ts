/**
 * Pulls the catalog from the district server and swaps it in only when it is complete and genuine
 * (protocol.md, "What the kiosk does"): a delta since the applied version, or the full catalog the
 * first time and after CURSOR_GONE; the result must carry the manifest's digest, the manifest the
 * pinned key's signature, and the whole catalog must pass the catalog schema. Anything else leaves
 * the catalog in use untouched. A DIGEST failure of a delta is retried once as a full sync.
 * A manifest older than the one applied is refused even when correctly signed (ROLLBACK): a replayed
 * answer must not bring back withdrawn items or old rules. Provisioning again forgets the applied version.
 */
import { z } from 'zod';
import { catalogSchema, type Catalog, type ServiceItem } from '../../contract/catalog.schema.js';
import {
  applyCatalogDelta,
  checkCatalog,
  canonicalItem,
  itemListDigest,
  verifyItemsManifest,
} from '../../district/catalog-signature.js';
import type { CatalogSync, DistrictClient } from '../../district/district.client.js';
import { CursorGoneError, RejectedError } from '../../district/district.errors.js';
import type { Logger } from '../../log/logger.js';
import type { CatalogChanges, CatalogMeta, ItemWrite } from '../../store/catalog.repository.js';
import type { CatalogSyncState, SyncStateStore } from './sync-state.store.js';

/** The catalog source name of a catalog that came from the district server. */
export const DISTRICT_SOURCE = 'district';

/** What catalog-sync needs of the catalog service. */
export interface CatalogTarget {
  meta(): CatalogMeta | undefined;
  all(): ServiceItem[];
  install(catalog: Catalog, source: string, within?: () => void): unknown;
  /** Every item's digest by id. */
  itemDigests(): Map<string, string>;
  applyChanges(changes: CatalogChanges, source: string, within?: () => void): unknown;
}

/** The catalog-level fields, checked like the catalog schema checks them. */
const headerSchema = z.object({
  version: catalogSchema.shape.version,
  publishedAt: catalogSchema.shape.publishedAt,
  region: catalogSchema.shape.region,
});

export type CatalogSyncOutcome =
  /** The server has published nothing yet (404 NO_CATALOG): keep the bundled catalog. */
  | { kind: 'none' }
  | { kind: 'unchanged'; version: number }
  | { kind: 'updated'; version: number; full: boolean; items: number; changed: number; removed: number }
  /** The synced catalog failed a check: the old one stays in use. */
  | { kind: 'rejected'; version: number; reason: 'SIGNATURE' | 'DIGEST' | 'SCHEMA' | 'ROLLBACK' };

export interface CatalogSyncDeps {
  client: DistrictClient;
  /** The key pinned at enrollment. */
  publicKey: string;
  catalog: CatalogTarget;
  state: SyncStateStore;
  log: Logger;
  /** Items per page (1…500). */
  pageLimit?: number;
  now?: () => Date;
}

/** The server version the catalog in use is at, when it came from the server and is still installed. */
export function appliedVersion(catalog: CatalogTarget, state: SyncStateStore): number | undefined {
  const applied = state.catalog();
  const meta = catalog.meta();
  if (!applied || meta?.source !== DISTRICT_SOURCE || meta.version !== applied.displayVersion)
    return undefined;
  return applied.version;
}

export async function syncCatalog(deps: CatalogSyncDeps): Promise<CatalogSyncOutcome> {
  const since = appliedVersion(deps.catalog, deps.state);
  const first = await fetchCatalog(deps, since);
  if (first === 'none') return { kind: 'none' };
  const outcome = await applySync(deps, first, since);
  if (outcome.kind === 'rejected' && outcome.reason === 'DIGEST' && !first.full) {
    // Our base or the server's history diverged: one full sync settles it.
    deps.log.warn({ version: outcome.version, since }, 'catalog delta digest mismatch; syncing in full');
    const full = await fetchCatalog(deps, undefined);
    if (full === 'none') return { kind: 'none' };
    return applySync(deps, full, undefined);
  }
  return outcome;
}

async function fetchCatalog(deps: CatalogSyncDeps, since: number | undefined): Promise<CatalogSync | 'none'> {
  const limit = deps.pageLimit ?? 500;
  // A full sync can meet CURSOR_GONE too when a version is published while it pages: try again.
  for (let attempt = 0; ; attempt++) {
    const from = attempt === 0 ? since : undefined;
    try {
      return await deps.client.catalogSync({ ...(from !== undefined ? { since: from } : {}), limit });
    } catch (error) {
      if (error instanceof RejectedError && error.serverCode === 'NO_CATALOG') return 'none';
      if (error instanceof CursorGoneError && attempt < 2) {
        deps.log.info({ since: from ?? 0 }, 'catalog cursor gone; syncing in full');
        continue;
      }
      throw error;
    }
  }
}

async function applySync(
  deps: CatalogSyncDeps,
  sync: CatalogSync,
  since: number | undefined,
): Promise<CatalogSyncOutcome> {
  const { manifest } = sync;
  if (!sync.full && manifest.version === since && sync.items.length === 0 && sync.removed.length === 0)
    return { kind: 'unchanged', version: manifest.version };
  const applied = deps.state.catalog()?.version;
  if (applied !== undefined && manifest.version < applied) {
    deps.log.error(
      { version: manifest.version, applied, full: sync.full },
      'catalog older than the one applied (rollback); keeping the catalog in use',
    );
    return { kind: 'rejected', version: manifest.version, reason: 'ROLLBACK' };
  }

  // Yield once so a large catalog's checks do not run inside the network callback's tick.
  await Promise.resolve();
  if (manifest.itemsDigest !== undefined && sync.itemsSignature !== undefined)
    return applyByItemDigests(deps, sync);
  const next = applyCatalogDelta(sync.full ? [] : deps.catalog.all(), sync);
  const check = checkCatalog({ manifest, signature: sync.signature, publicKey: deps.publicKey, items: next });
  if (!check.ok) {
    deps.log.error(
      { version: manifest.version, full: sync.full, reason: check.reason },
      'synced catalog failed its check; keeping the catalog in use',
    );
    return { kind: 'rejected', version: manifest.version, reason: check.reason };
  }
  const parsed = catalogSchema.safeParse({
    version: manifest.displayVersion,
    publishedAt: manifest.publishedAt,
    region: manifest.region,
    items: next,
  });
  if (!parsed.success) {
    deps.log.error(
      { version: manifest.version, issues: parsed.error.issues.slice(0, 5).map((i) => i.path.join('.')) },
      'synced catalog failed the schema; keeping the catalog in use',
    );
    return { kind: 'rejected', version: manifest.version, reason: 'SCHEMA' };
  }
  const state: CatalogSyncState = {
    version: manifest.version,
    displayVersion: manifest.displayVersion,
    digest: manifest.digest,
    signature: sync.signature,
    syncedAt: (deps.now?.() ?? new Date()).toISOString(),
  };
  deps.catalog.install(parsed.data, DISTRICT_SOURCE, () => deps.state.setCatalog(state));
  deps.log.info(
    { version: manifest.version, full: sync.full, items: next.length, removed: sync.removed.length },
    'catalog synced',
  );
  return {
    kind: 'updated',
    version: manifest.version,
    full: sync.full,
    items: next.length,
    changed: sync.items.length,
    removed: sync.removed.length,
  };
}

type Rejection = Extract<CatalogSyncOutcome, { kind: 'rejected' }>;

function rejected(
  deps: CatalogSyncDeps,
  sync: CatalogSync,
  reason: Rejection['reason'],
  detail?: object,
): Rejection {
  deps.log.error(
    { version: sync.manifest.version, full: sync.full, reason, ...detail },
    'synced catalog failed its check; keeping the catalog in use',
  );
  return { kind: 'rejected', version: sync.manifest.version, reason };
}

/**
 * The item-digest format: the signed manifest carries a digest over the sorted (id, itemDigest)
 * pairs, so a delta is checked and applied in O(changed items): the changed items' digests replace
 * theirs in the stored list, the items themselves were validated item by item when their pages were
 * parsed, and only their rows are written. Cross-item rules (ids and codes unique, at least one item)
 * are checked against the items in memory.
 */
function applyByItemDigests(deps: CatalogSyncDeps, sync: CatalogSync): CatalogSyncOutcome {
  const { manifest } = sync;
  if (!verifyItemsManifest(manifest, sync.itemsSignature ?? '', deps.publicKey))
    return rejected(deps, sync, 'SIGNATURE');
  const header = headerSchema.safeParse({
    version: manifest.displayVersion,
    publishedAt: manifest.publishedAt,
    region: manifest.region,
  });
  if (!header.success) return rejected(deps, sync, 'SCHEMA', { issues: ['version|publishedAt|region'] });

  const upserts: ItemWrite[] = [];
  const changed = new Set<string>();
  for (const item of sync.items) {
    if (changed.has(item.id)) return rejected(deps, sync, 'SCHEMA', { duplicateId: item.id });
    changed.add(item.id);
    const { json, digest } = canonicalItem(item);
    upserts.push({ item, digest, json });
  }
  const removed = sync.full ? [] : sync.removed.filter((id) => !changed.has(id));
  const digests = sync.full ? new Map<string, string>() : deps.catalog.itemDigests();
  for (const id of removed) digests.delete(id);
  for (const { item, digest } of upserts) digests.set(item.id, digest as string);
  if (itemListDigest(digests) !== manifest.itemsDigest) return rejected(deps, sync, 'DIGEST');
  if (digests.size === 0) return rejected(deps, sync, 'SCHEMA', { issues: ['items'] });

  // Codes stay unique: the unchanged items' codes, then the changed ones.
  const codes = new Map<string, string>();
  if (!sync.full)
    for (const item of deps.catalog.all())
      if (!changed.has(item.id) && digests.has(item.id)) codes.set(item.code, item.id);
  for (const { item } of upserts) {
    if (codes.has(item.code)) return rejected(deps, sync, 'SCHEMA', { duplicateCode: item.id });
    codes.set(item.code, item.id);
  }

  if (sync.full) upserts.sort((a, b) => (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  const state: CatalogSyncState = {
    version: manifest.version,
    displayVersion: manifest.displayVersion,
    digest: manifest.digest,
    signature: sync.signature,
    syncedAt: (deps.now?.() ?? new Date()).toISOString(),
  };
  deps.catalog.applyChanges({ header: header.data, full: sync.full, upserts, removed }, DISTRICT_SOURCE, () =>
    deps.state.setCatalog(state),
  );
  deps.log.info(
    { version: manifest.version, full: sync.full, items: digests.size, removed: removed.length },
    'catalog synced',
  );
  return {
    kind: 'updated',
    version: manifest.version,
    full: sync.full,
    items: digests.size,
    changed: sync.items.length,
    removed: sync.removed.length,
  };
}
