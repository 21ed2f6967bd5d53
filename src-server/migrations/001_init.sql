-- The reference district server's schema. Times are ISO-8601 text; hashes are sha256 hex.

-- One row: the Ed25519 key pair that signs catalog manifests (generated on first run; the private
-- key never leaves this database).
CREATE TABLE signing_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  public_pem TEXT NOT NULL,
  private_pem TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- Service halls (便民服务中心/站/点) kiosks stand in.
CREATE TABLE halls (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  address TEXT,
  phone TEXT,
  created_at TEXT NOT NULL
) STRICT;

-- One-time enrollment codes, kept only as hashes.
CREATE TABLE enrollment_codes (
  code_hash TEXT PRIMARY KEY,
  hall_code TEXT NOT NULL REFERENCES halls (code),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  used_by TEXT
) STRICT;

-- Enrolled kiosks. The token is kept only as its hash; the last heartbeat is kept inline.
CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  hall_code TEXT NOT NULL REFERENCES halls (code),
  token_hash TEXT NOT NULL UNIQUE,
  info TEXT NOT NULL,
  enrolled_at TEXT NOT NULL,
  revoked_at TEXT,
  heartbeat_at TEXT,
  heartbeat_app_version TEXT,
  heartbeat_outbox_depth INTEGER,
  heartbeat_catalog_version INTEGER,
  heartbeat_health TEXT
) STRICT;

-- Published catalog versions: 1, 2, 3... each with its signed manifest.
CREATE TABLE catalog_versions (
  version INTEGER PRIMARY KEY,
  display_version TEXT NOT NULL,
  published_at TEXT NOT NULL,
  region TEXT NOT NULL,
  digest TEXT NOT NULL,
  signature TEXT NOT NULL,
  item_count INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- The current state of every item ever published: body NULL once removed (a tombstone);
-- changed_in is the version of its last change, so a delta since V is "changed_in > V".
CREATE TABLE catalog_items (
  id TEXT PRIMARY KEY,
  body TEXT,
  changed_in INTEGER NOT NULL REFERENCES catalog_versions (version)
) STRICT;

CREATE INDEX catalog_items_changed_in ON catalog_items (changed_in, id);

-- What each published version changed, for audit.
CREATE TABLE catalog_changes (
  version INTEGER NOT NULL REFERENCES catalog_versions (version),
  item_id TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('added', 'changed', 'removed')),
  PRIMARY KEY (version, item_id)
) STRICT;

-- Case number sequence per prefix ("ZC" + the day in China time).
CREATE TABLE case_sequences (
  prefix TEXT PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

-- Submissions as received; one per (device, idempotency key).
CREATE TABLE submissions (
  case_number TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices (id),
  idempotency_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  received_at TEXT NOT NULL,
  status TEXT NOT NULL,
  UNIQUE (device_id, idempotency_key)
) STRICT;

CREATE INDEX submissions_device ON submissions (device_id, case_number);

-- Status history of each case, oldest first.
CREATE TABLE case_events (
  seq INTEGER PRIMARY KEY,
  case_number TEXT NOT NULL REFERENCES submissions (case_number),
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT
) STRICT;

CREATE INDEX case_events_case ON case_events (case_number, seq);
