/**
 * Pulls the catalog from the district server and swaps it in only when it is complete and genuine
 * (protocol.md, "What the kiosk does"): a delta since the applied version, or the full catalog the
 * first time and after CURSOR_GONE; the result must carry the manifest's digest, the manifest the
 * pinned key's signature, and the whole catalog must pass the catalog schema. Anything else leaves
 * the catalog in use untouched. A DIGEST failure of a delta is retried once as a full sync.
 * A manifest older than the one applied is refused even when correctly signed (ROLLBACK): a replayed
 * answer must not bring back withdrawn items or old rules. Provisioning again forgets the applied version.
 */
import { catalogSchema, type Catalog, type ServiceItem } from '../../contract/catalog.schema.js';
import { applyCatalogDelta, checkCatalog } from '../../district/catalog-signature.js';
import type { CatalogSync, DistrictClient } from '../../district/district.client.js';
import { CursorGoneError, RejectedError } from '../../district/district.errors.js';
import type { Logger } from '../../log/logger.js';
import type { CatalogMeta } from '../../store/catalog.repository.js';
import type { CatalogSyncState, SyncStateStore } from './sync-state.store.js';

/** The catalog source name of a catalog that came from the district server. */
export const DISTRICT_SOURCE = 'district';

/** What catalog-sync needs of the catalog service. */
export interface CatalogTarget {
  meta(): CatalogMeta | undefined;
  all(): ServiceItem[];
  install(catalog: Catalog, source: string, within?: () => void): unknown;
}

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
