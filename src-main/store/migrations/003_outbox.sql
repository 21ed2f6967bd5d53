-- The durable outbox: everything a citizen hands in, written before the screen says 已提交.
-- `payload` is the personal data, sealed with the device key (AES-256-GCM) and set to NULL once the
-- district server acknowledged the row; `summary` holds only masked, non-personal facts.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('declaration', 'rating', 'complaint', 'appointment', 'help')),
  local_number TEXT NOT NULL UNIQUE,
  item_id TEXT,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  case_number TEXT,
  case_status TEXT,
  acked_at TEXT,
  payload BLOB,
  summary TEXT NOT NULL
) STRICT;

CREATE INDEX outbox_drain ON outbox (state, next_attempt_at);

-- Per-day sequence of the kiosk's own numbers (申报编号 = hall code + date + sequence).
CREATE TABLE local_sequence (
  day TEXT PRIMARY KEY,
  seq INTEGER NOT NULL
) STRICT;
