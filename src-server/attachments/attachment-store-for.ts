/** The attachment store that goes with a district store: SQLite only for now (PostgreSQL: not yet). */
import type { DistrictStore } from '../store/district.store.js';
import { SqliteDistrictStore } from '../store/sqlite.store.js';
import { sqliteAttachmentStore, type AttachmentStore } from './attachment.store.js';

export function attachmentStoreFor(store: DistrictStore): AttachmentStore | null {
  return store instanceof SqliteDistrictStore ? sqliteAttachmentStore(store.database) : null;
}
