/** The attachment store that goes with a district store, on the same database and connections. */
import type { DistrictStore } from '../store/district.store.js';
import { PostgresDistrictStore } from '../store/postgres.store.js';
import { SqliteDistrictStore } from '../store/sqlite.store.js';
import { sqliteAttachmentStore, type AttachmentStore } from './attachment.store.js';
import { postgresAttachmentStore } from './postgres-attachment.store.js';

export function attachmentStoreFor(store: DistrictStore): AttachmentStore | null {
  if (store instanceof SqliteDistrictStore) return sqliteAttachmentStore(store.database);
  if (store instanceof PostgresDistrictStore) return postgresAttachmentStore(store.pool);
  return null;
}
