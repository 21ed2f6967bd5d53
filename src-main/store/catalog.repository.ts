/**
 * The catalog in use: replaced whole, or changed item by item, in one transaction so readers never
 * see half a catalog. Each item row may carry its digest (the sync's item-digest check).
 */
import type { Catalog, ServiceItem } from '../contract/catalog.schema.js';
import type { Db } from './database.js';

export interface CatalogMeta {
  version: string;
  publishedAt: string;
  region: string;
  source: string;
  loadedAt: string;
}

/** The catalog-level fields of a catalog, without its items. */
export type CatalogHeader = Pick<Catalog, 'version' | 'publishedAt' | 'region'>;

/** An item to write, with its digest when known and its JSON when already made. */
export interface ItemWrite {
  item: ServiceItem;
  digest: string | null;
  json?: string;
}

/** Changes to the catalog in use: `full` replaces every item by `upserts` (in their order). */
export interface CatalogChanges {
  header: CatalogHeader;
  full: boolean;
  upserts: readonly ItemWrite[];
  removed: readonly string[];
}

export class CatalogRepository {
  constructor(private readonly db: Db) {}

  meta(): CatalogMeta | undefined {
    return this.db
      .prepare<[], CatalogMeta>(
        `SELECT version, published_at AS publishedAt, region, source, loaded_at AS loadedAt
         FROM catalog_meta WHERE id = 1`,
      )
      .get();
  }

  items(): ServiceItem[] {
    return this.db
      .prepare<[], { body: string }>('SELECT body FROM catalog_items ORDER BY position')
      .all()
      .map((row) => JSON.parse(row.body) as ServiceItem);
  }

  /** One item's name by id, without reading any item's body. */
  itemName(id: string): string | undefined {
    return this.db.prepare<[string], { name: string }>('SELECT name FROM catalog_items WHERE id = ?').get(id)
      ?.name;
  }

  /** Every item's stored digest (null where none was stored yet), by id. */
  digests(): Map<string, string | null> {
    const rows = this.db
      .prepare<[], { id: string; digest: string | null }>('SELECT id, digest FROM catalog_items')
      .all();
    return new Map(rows.map((row) => [row.id, row.digest]));
  }

  /** Stores digests computed for rows that had none. */
  setDigests(digests: ReadonlyMap<string, string>): void {
    const update = this.db.prepare<[string, string]>('UPDATE catalog_items SET digest = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const [id, digest] of digests) update.run(digest, id);
    })();
  }

  /**
   * Replaces the whole catalog atomically. The caller has validated it. `within` runs inside the same
   * transaction (e.g. to record the synced server version with the items it describes).
   */
  replace(catalog: Catalog, source: string, now = new Date(), within?: () => void): void {
    this.apply(
      {
        header: catalog,
        full: true,
        upserts: catalog.items.map((item) => ({ item, digest: null })),
        removed: [],
      },
      source,
      now,
      within,
    );
  }

  /**
   * Writes only what changed, atomically: removed and changed rows are deleted, then changed rows are
   * inserted at their old position (new ones after the last), so two items may swap codes. A unique
   * code broken by the result throws and rolls everything back. The caller has validated the items.
   */
  apply(changes: CatalogChanges, source: string, now = new Date(), within?: () => void): void {
    const insert = this.db.prepare<[string, string, string, number, string, string | null]>(
      'INSERT INTO catalog_items (id, code, name, position, body, digest) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const positionOf = this.db.prepare<[string], { position: number }>(
      'SELECT position FROM catalog_items WHERE id = ?',
    );
    const remove = this.db.prepare<[string]>('DELETE FROM catalog_items WHERE id = ?');
    this.db.transaction(() => {
      if (changes.full) {
        this.db.prepare('DELETE FROM catalog_items').run();
        changes.upserts.forEach(({ item, digest, json }, i) =>
          insert.run(item.id, item.code, item.name, i, json ?? JSON.stringify(item), digest),
        );
      } else {
        let next =
          (this.db
            .prepare<[], { last: number | null }>('SELECT max(position) AS last FROM catalog_items')
            .get()?.last ?? -1) + 1;
        for (const id of changes.removed) remove.run(id);
        const positions = changes.upserts.map(({ item }) => positionOf.get(item.id)?.position);
        for (const { item } of changes.upserts) remove.run(item.id);
        changes.upserts.forEach(({ item, digest, json }, i) =>
          insert.run(
            item.id,
            item.code,
            item.name,
            positions[i] ?? next++,
            json ?? JSON.stringify(item),
            digest,
          ),
        );
      }
      this.db
        .prepare(
          `INSERT INTO catalog_meta (id, version, published_at, region, source, loaded_at)
           VALUES (1, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET version = excluded.version, published_at = excluded.published_at,
             region = excluded.region, source = excluded.source, loaded_at = excluded.loaded_at`,
        )
        .run(
          changes.header.version,
          changes.header.publishedAt,
          changes.header.region,
          source,
          now.toISOString(),
        );
      within?.();
    })();
  }
}
