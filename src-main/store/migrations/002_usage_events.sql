-- What happened at the kiosk, for 统计 and for "popular items": never any personal data.
CREATE TABLE usage_events (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  item_id TEXT
) STRICT;

CREATE INDEX usage_events_kind_at ON usage_events (kind, at);
