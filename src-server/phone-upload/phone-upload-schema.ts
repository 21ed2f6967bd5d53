/**
 * The phone upload's tables, beside the district schema: one-time links and the pages uploaded to them.
 * Created if missing when the server starts (every statement is idempotent), like the console's, so the
 * district's numbered migrations stay untouched. Pages are personal data held only until the kiosk closes
 * the link or it expires: rows of closed and expired links are deleted (see PhoneLinksStore.sweep).
 */
import type { StoreSql } from '../store/store-sql.js';

const SQLITE = `
CREATE TABLE IF NOT EXISTS phone_links (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  device_id TEXT NOT NULL,
  hall_code TEXT NOT NULL,
  session_id TEXT NOT NULL,
  material_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  closed_at TEXT,
  upload_key_hash TEXT,
  page_count INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX IF NOT EXISTS phone_links_device ON phone_links (device_id, closed_at);
CREATE TABLE IF NOT EXISTS phone_pages (
  link_id TEXT NOT NULL REFERENCES phone_links (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  jpeg BLOB NOT NULL,
  thumbnail BLOB NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (link_id, seq)
) STRICT;
`;

const POSTGRES = `
CREATE TABLE IF NOT EXISTS phone_links (
  id text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  device_id text NOT NULL,
  hall_code text NOT NULL,
  session_id text NOT NULL,
  material_name text NOT NULL,
  created_at text NOT NULL,
  expires_at text NOT NULL,
  closed_at text,
  upload_key_hash text,
  page_count integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS phone_links_device ON phone_links (device_id, closed_at);
CREATE TABLE IF NOT EXISTS phone_pages (
  link_id text NOT NULL REFERENCES phone_links (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  jpeg bytea NOT NULL,
  thumbnail bytea NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  created_at text NOT NULL,
  PRIMARY KEY (link_id, seq)
);
`;

export async function ensurePhoneUploadSchema(sql: StoreSql): Promise<void> {
  await sql.exec(sql.dialect === 'sqlite' ? SQLITE : POSTGRES);
}
