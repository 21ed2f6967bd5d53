-- Issue 8: what the kiosk must remember of progress queries, appointments, ratings and help calls.
-- Masked or non-personal data only.

-- 好差评 given at this kiosk, one per target: 'case:<申报编号 or 受理编号>', 'appointment:<number>'.
-- A case rated by its kiosk number is also blocked under its district number once known (and back).
CREATE TABLE ratings_given (
  target TEXT PRIMARY KEY,
  outbox_id INTEGER NOT NULL REFERENCES outbox (id),
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  created_at TEXT NOT NULL
) STRICT;

-- Appointments booked at this kiosk (the district server holds the person): for the slip's reprint,
-- ratings and statistics.
CREATE TABLE appointments (
  number TEXT PRIMARY KEY,
  item_id TEXT NOT NULL,
  item_name TEXT NOT NULL,
  slot_date TEXT NOT NULL,
  slot_time TEXT NOT NULL,
  masked_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  cancelled_at TEXT
) STRICT;

-- 呼叫工作人员: raised here, shown to the hall admin until answered or cancelled.
CREATE TABLE help_calls (
  call_id TEXT PRIMARY KEY,
  screen TEXT NOT NULL,
  called_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'cancelled', 'answered')),
  changed_at TEXT NOT NULL
) STRICT;

CREATE INDEX help_calls_open ON help_calls (state, called_at);
