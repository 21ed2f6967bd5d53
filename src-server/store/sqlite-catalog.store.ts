/**
 * The SQLite store's signed catalog versions: the current one, pages of a full catalog or a delta, and
 * publishing.
 */
import { toVersionRecord, type VersionRow, catalogVersionValues } from './store-rows.js';
import {
  PublishConflictError,
  type CatalogItemRow,
  type CatalogPageRead,
  type CatalogPageRequest,
  type CatalogVersionRecord,
  type DeviceAuth,
  type PublishInput,
} from './district.store.js';
import type { HeartbeatRequest } from '../../src-protocol/index.js';
import { settle, SqliteStoreBase } from './sqlite-base.store.js';

export class SqliteCatalogStore extends SqliteStoreBase {
  currentCatalog(): Promise<CatalogVersionRecord | null> {
    return settle(() => this.current());
  }

  protected current(): CatalogVersionRecord | null {
    const row = this.db
      .prepare<[], VersionRow>('SELECT * FROM catalog_versions ORDER BY version DESC LIMIT 1')
      .get();
    return row ? toVersionRecord(row) : null;
  }

  async heartbeatByToken(
    tokenHash: string,
    heartbeat: HeartbeatRequest,
    at: string,
  ): Promise<{ device: DeviceAuth; catalogVersion: number } | null> {
    // In-process and synchronous underneath: the three steps cost no round trips here.
    const device = await this.deviceByTokenHash(tokenHash);
    if (!device || device.revoked) return null;
    await this.recordHeartbeat(device.id, heartbeat, at);
    return { device, catalogVersion: this.current()?.manifest.version ?? 0 };
  }

  async deviceWithCatalogVersion(
    tokenHash: string,
  ): Promise<{ device: DeviceAuth | null; catalogVersion: number }> {
    const device = await this.deviceByTokenHash(tokenHash);
    return { device, catalogVersion: this.current()?.manifest.version ?? 0 };
  }

  liveCatalogItems(): Promise<CatalogItemRow[]> {
    return settle(() => {
      return this.db
        .prepare<[], CatalogItemRow>('SELECT id, body FROM catalog_items WHERE body IS NOT NULL ORDER BY id')
        .all();
    });
  }

  readCatalogPage(request: CatalogPageRequest): Promise<CatalogPageRead> {
    return settle(() => {
      const read = this.db.transaction((): CatalogPageRead => {
        const current = this.current();
        if (!current) return { kind: 'none' };
        const version = current.manifest.version;
        if (request.expectVersion !== undefined && request.expectVersion !== version) return { kind: 'gone' };
        if (request.since > version) return { kind: 'gone' };
        if (
          request.since > 0 &&
          !this.db.prepare('SELECT 1 FROM catalog_versions WHERE version = ?').get(request.since)
        )
          return { kind: 'gone' };
        const rows =
          request.since === 0
            ? this.db
                .prepare<[string, number], CatalogItemRow>(
                  'SELECT id, body FROM catalog_items WHERE body IS NOT NULL AND id > ? ORDER BY id LIMIT ?',
                )
                .all(request.afterId, request.limit)
            : this.db
                .prepare<[number, string, number], CatalogItemRow>(
                  'SELECT id, body FROM catalog_items WHERE changed_in > ? AND id > ? ORDER BY id LIMIT ?',
                )
                .all(request.since, request.afterId, request.limit);
        return { kind: 'page', current, rows };
      });
      // A deferred transaction is a consistent snapshot in WAL mode.
      return read.deferred();
    });
  }

  publishCatalog(input: PublishInput): Promise<void> {
    return settle(() => {
      const { manifest } = input;
      this.db
        .transaction(() => {
          const found = this.current()?.manifest.version ?? 0;
          if (found !== manifest.version - 1) throw new PublishConflictError(manifest.version, found);
          this.db
            .prepare(
              `INSERT INTO catalog_versions
                 (version, display_version, published_at, region, digest, signature, items_digest,
                  items_signature, item_count, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(...catalogVersionValues(input));
          const upsert = this.db.prepare(
            `INSERT INTO catalog_items (id, body, changed_in) VALUES (?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET body = excluded.body, changed_in = excluded.changed_in`,
          );
          const change = this.db.prepare(
            'INSERT INTO catalog_changes (version, item_id, change) VALUES (?, ?, ?)',
          );
          for (const [rows, kind] of [
            [input.added, 'added'],
            [input.changed, 'changed'],
          ] as const) {
            for (const row of rows) {
              upsert.run(row.id, row.body, manifest.version);
              change.run(manifest.version, row.id, kind);
            }
          }
          const remove = this.db.prepare('UPDATE catalog_items SET body = NULL, changed_in = ? WHERE id = ?');
          for (const id of input.removed) {
            remove.run(manifest.version, id);
            change.run(manifest.version, id, 'removed');
          }
        })
        .immediate();
    });
  }
}
