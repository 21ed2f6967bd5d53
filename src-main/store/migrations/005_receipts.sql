-- Receipts that could not be printed (paper out, printer offline), for hall staff to reprint.
-- `lines` holds the receipt as laid out: masked data only.
CREATE TABLE pending_receipts (
  id INTEGER PRIMARY KEY,
  outbox_id INTEGER REFERENCES outbox (id),
  local_number TEXT NOT NULL,
  created_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  lines TEXT NOT NULL,
  printed_at TEXT
) STRICT;

CREATE INDEX pending_receipts_open ON pending_receipts (printed_at);
