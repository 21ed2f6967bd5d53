-- Pages of paper materials captured for a declaration, one row per page, sealed with the device key
-- (AES-256-GCM) exactly like the outbox payload. `sealed` is set to NULL once the district server has
-- the whole page; the row keeps its hash and size for the record. A page is uploaded only after its
-- declaration was acknowledged (it needs the case number).
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  outbox_id INTEGER NOT NULL REFERENCES outbox (id),
  page_no INTEGER NOT NULL CHECK (page_no >= 1),
  material_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  acked_at TEXT,
  sealed BLOB,
  UNIQUE (outbox_id, page_no)
) STRICT;

CREATE INDEX attachments_drain ON attachments (state, next_attempt_at);
