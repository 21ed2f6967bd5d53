-- Settings (hall identity, hours, timeouts, device ports...) as JSON values by key.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- The catalog in use: one row of metadata and one row per service item (its full guide as JSON).
CREATE TABLE catalog_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version TEXT NOT NULL,
  published_at TEXT NOT NULL,
  region TEXT NOT NULL,
  source TEXT NOT NULL,
  loaded_at TEXT NOT NULL
) STRICT;

CREATE TABLE catalog_items (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  body TEXT NOT NULL
) STRICT;

CREATE INDEX catalog_items_position ON catalog_items (position);
