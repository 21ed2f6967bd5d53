-- Statuses of this kiosk's cases as last pulled from the district server (GET /v1/cases), with their
-- history, for the 查进度 screen. `history` is JSON [{ status, at, note? }], oldest first.
CREATE TABLE cases (
  case_number TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  history TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  pulled_at TEXT NOT NULL
) STRICT;
