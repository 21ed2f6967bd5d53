-- Issue 9: hall admin mode. What admins did (and every try to enter), for the record: the action, a short
-- non-personal detail, never a PIN, never a citizen's data.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL
) STRICT;

CREATE INDEX audit_log_at ON audit_log (at);

-- A dead letter an admin discarded: its sealed payload is dropped for good; the row stays for the record
-- (its number, kind and the server's reason) and no longer counts as dead.
ALTER TABLE outbox ADD COLUMN discarded_at TEXT;
