-- The reference district server's schema on PostgreSQL: the same tables as the SQLite schema
-- (src-server/migrations/001_init.sql), same columns and rules. Times are ISO-8601 text, hashes sha256
-- hex, payloads the JSON text as received. Keys and ordered text use COLLATE "C" so that ordering and
-- paging compare bytes, as SQLite does, whatever locale the database was created with.

CREATE TABLE signing_key (
  id integer PRIMARY KEY CHECK (id = 1),
  public_pem text NOT NULL,
  private_pem text NOT NULL,
  created_at text NOT NULL
);

CREATE TABLE halls (
  code text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  address text,
  phone text,
  created_at text NOT NULL
);

CREATE TABLE enrollment_codes (
  code_hash text COLLATE "C" PRIMARY KEY,
  hall_code text COLLATE "C" NOT NULL REFERENCES halls (code),
  created_at text NOT NULL,
  expires_at text NOT NULL,
  used_at text,
  used_by text
);

CREATE TABLE devices (
  id text COLLATE "C" PRIMARY KEY,
  hall_code text COLLATE "C" NOT NULL REFERENCES halls (code),
  token_hash text COLLATE "C" NOT NULL UNIQUE,
  info text NOT NULL,
  enrolled_at text COLLATE "C" NOT NULL,
  revoked_at text,
  heartbeat_at text,
  heartbeat_app_version text,
  heartbeat_outbox_depth integer,
  heartbeat_catalog_version integer,
  heartbeat_health text
) WITH (fillfactor = 70);
-- fillfactor: room on each page for the new row version of a heartbeat, so the update stays on the page
-- (a HOT update: no index entries to add), once a minute per kiosk.

CREATE TABLE catalog_versions (
  version integer PRIMARY KEY,
  display_version text NOT NULL,
  published_at text NOT NULL,
  region text NOT NULL,
  digest text NOT NULL,
  signature text NOT NULL,
  item_count integer NOT NULL,
  created_at text NOT NULL
);

-- body NULL once removed (a tombstone); a delta since V is "changed_in > V".
CREATE TABLE catalog_items (
  id text COLLATE "C" PRIMARY KEY,
  body text,
  changed_in integer NOT NULL REFERENCES catalog_versions (version)
);

CREATE INDEX catalog_items_changed_in ON catalog_items (changed_in, id);

CREATE TABLE catalog_changes (
  version integer NOT NULL REFERENCES catalog_versions (version),
  item_id text COLLATE "C" NOT NULL,
  change text NOT NULL CHECK (change IN ('added', 'changed', 'removed')),
  PRIMARY KEY (version, item_id)
);

-- Number sequences per prefix ("ZC" / "YY" + the day in China time). A row, not a SEQUENCE: it is
-- transactional, so numbers have no gaps, as on SQLite.
CREATE TABLE case_sequences (
  prefix text COLLATE "C" PRIMARY KEY,
  last integer NOT NULL
);

CREATE TABLE submissions (
  case_number text COLLATE "C" PRIMARY KEY,
  device_id text COLLATE "C" NOT NULL REFERENCES devices (id),
  idempotency_key text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  payload text NOT NULL,
  received_at text COLLATE "C" NOT NULL,
  status text NOT NULL,
  UNIQUE (device_id, idempotency_key)
);

CREATE TABLE case_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_number text COLLATE "C" NOT NULL REFERENCES submissions (case_number),
  status text NOT NULL,
  at text NOT NULL,
  note text
);

CREATE INDEX case_events_case ON case_events (case_number, seq);
