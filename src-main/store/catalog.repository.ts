/** The catalog in use, replaced whole in one transaction so readers never see half a catalog. */
import type { Catalog, ServiceItem } from '../contract/catalog.schema.js';
import type { Db } from './database.js';

export interface CatalogMeta {
  version: string;
  publishedAt: string;
  region: string;
  source: string;
  loadedAt: string;
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

  /**
   * Replaces the whole catalog atomically. The caller has validated it. `within` runs inside the same
   * transaction (e.g. to record the synced server version with the items it describes).
   */
  replace(catalog: Catalog, source: string, now = new Date(), within?: () => void): void {
    const insert = this.db.prepare<[string, string, string, number, string]>(
      'INSERT INTO catalog_items (id, code, name, position, body) VALUES (?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM catalog_items').run();
      catalog.items.forEach((item, i) => insert.run(item.id, item.code, item.name, i, JSON.stringify(item)));
      this.db
        .prepare(
          `INSERT INTO catalog_meta (id, version, published_at, region, source, loaded_at)
           VALUES (1, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET version = excluded.version, published_at = excluded.published_at,
             region = excluded.region, source = excluded.source, loaded_at = excluded.loaded_at`,
        )
        .run(catalog.version, catalog.publishedAt, catalog.region, source, now.toISOString());
      within?.();
    })();
  }
}
