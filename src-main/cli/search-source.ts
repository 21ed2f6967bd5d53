/**
 * The catalog and search index `kiosk search` works on: this kiosk's store when it has one, else the
 * bundled demo catalog. The index is read back from the data folder's snapshot when it holds one of this
 * catalog (then neither jieba nor the catalog's validation is loaded for a one-word query), else it is
 * built and its snapshot written for the next call (only into a data folder that exists).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ServiceItem } from '../contract/catalog.schema.js';
import { defaultDataDir, resourcesDir } from '../paths.js';
import { openKioskSearchIndex, restoreKioskSearchIndex } from '../services/search/kiosk-search.js';
import { lexiconDigest } from '../services/search/search-lexicon.load.js';
import { SNAPSHOT_FILE, snapshotKey } from '../services/search/search-snapshot.file.js';
import type { CatalogSearchIndex } from '../services/search/search.service.js';

export interface SearchSource {
  items: ServiceItem[];
  index: CatalogSearchIndex;
}

/** The bundled demo catalog, under the resources folder (as catalog.service.ts installs it). */
export const DEMO_CATALOG_PATH = path.join('catalog', 'demo-catalog.json');

export async function openSearchSource(dataDir = defaultDataDir()): Promise<SearchSource> {
  const file = path.join(dataDir, SNAPSHOT_FILE);
  if (fs.existsSync(path.join(dataDir, 'kiosk.db'))) {
    const stored = await storedCatalog(dataDir);
    if (stored !== undefined) {
      const { items, digests } = stored;
      const pairs: Array<[string, string]> = [];
      for (const item of items) {
        const digest = digests.get(item.id);
        if (digest === null || digest === undefined) break;
        pairs.push([item.id, digest]);
      }
      // Items without a stored digest (written before digests were kept): built, and nothing kept.
      if (pairs.length !== items.length) {
        const { createKioskSearchIndex } = await import('../services/search/kiosk-search.js');
        return { items, index: createKioskSearchIndex(items) };
      }
      return { items, index: openKioskSearchIndex(items, file, snapshotKey(pairs, lexiconDigest())).index };
    }
  }
  // The demo catalog: keyed by the digest of its file. A snapshot under that key was written only after
  // the file was validated, so with one the file is read without validating it again.
  const demoFile = path.join(resourcesDir(), DEMO_CATALOG_PATH);
  const bytes = fs.readFileSync(demoFile);
  const key = snapshotKey(
    [['demo-catalog', crypto.createHash('sha256').update(bytes).digest('hex')]],
    lexiconDigest(),
  );
  const canKeep = fs.existsSync(dataDir);
  if (canKeep) {
    const items = (JSON.parse(bytes.toString('utf8')) as { items?: ServiceItem[] }).items;
    if (Array.isArray(items)) {
      const restored = restoreKioskSearchIndex(items, file, key);
      if (restored.index !== undefined) return { items, index: restored.index };
    }
  }
  const { validateCatalogFile } = await import('../services/catalog/catalog.validate.js');
  const result = validateCatalogFile(demoFile);
  if (!result.ok) throw new Error('内置演示目录无效 / bundled demo catalog invalid');
  const items = result.catalog.items;
  if (!canKeep) {
    const { createKioskSearchIndex } = await import('../services/search/kiosk-search.js');
    return { items, index: createKioskSearchIndex(items) };
  }
  return { items, index: openKioskSearchIndex(items, file, key).index };
}

/** This kiosk's stored catalog with each item's stored digest, or undefined when the store has none. */
async function storedCatalog(
  dataDir: string,
): Promise<{ items: ServiceItem[]; digests: Map<string, string | null> } | undefined> {
  const [{ openDatabase }, { CatalogRepository }] = await Promise.all([
    import('../store/database.js'),
    import('../store/catalog.repository.js'),
  ]);
  const db = openDatabase(path.join(dataDir, 'kiosk.db'));
  try {
    const repo = new CatalogRepository(db);
    const items = repo.items();
    return items.length > 0 ? { items, digests: repo.digests() } : undefined;
  } finally {
    db.close();
  }
}
