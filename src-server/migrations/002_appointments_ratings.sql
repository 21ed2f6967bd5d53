-- Issue 8: appointment schedules and bookings, hall holidays, ratings (好差评) and their follow-ups.

-- The weekly appointment schedule of a hall: each (ISO weekday 1 = Monday … 7 = Sunday, time) is a slot
-- with a capacity. Set by `server slots set`.
CREATE TABLE slot_schedules (
  hall_code TEXT NOT NULL REFERENCES halls (code),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  time TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity > 0),
  PRIMARY KEY (hall_code, weekday, time)
) STRICT;

-- Days a hall is closed: no slots, and not a working day for follow-up due dates.
CREATE TABLE hall_holidays (
  hall_code TEXT NOT NULL REFERENCES halls (code),
  date TEXT NOT NULL,
  PRIMARY KEY (hall_code, date)
) STRICT;

-- Appointments; one per (device, idempotency key). Cancelled ones keep their row and free their seat.
CREATE TABLE appointments (
  number TEXT PRIMARY KEY,
  hall_code TEXT NOT NULL REFERENCES halls (code),
  device_id TEXT NOT NULL REFERENCES devices (id),
  idempotency_key TEXT NOT NULL,
  item_id TEXT NOT NULL,
  slot_date TEXT NOT NULL,
  slot_time TEXT NOT NULL,
  name TEXT NOT NULL,
  id_number TEXT NOT NULL,
  phone TEXT NOT NULL,
  created_at TEXT NOT NULL,
  cancelled_at TEXT,
  UNIQUE (device_id, idempotency_key)
) STRICT;

-- Seat counting: live appointments of one hall's slot.
CREATE INDEX appointments_slot ON appointments (hall_code, slot_date, slot_time) WHERE cancelled_at IS NULL;

-- Ratings: one row per rating submission; target_case is unique, so a case is rated once.
CREATE TABLE ratings (
  case_number TEXT PRIMARY KEY REFERENCES submissions (case_number),
  target_case TEXT UNIQUE,
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5)
) STRICT;

-- Follow-ups (回访) opened by a 差评, due a number of working days later.
CREATE TABLE followups (
  case_number TEXT PRIMARY KEY REFERENCES submissions (case_number),
  hall_code TEXT NOT NULL,
  due_date TEXT NOT NULL,
  created_at TEXT NOT NULL,
  done_at TEXT
) STRICT;

CREATE INDEX followups_due ON followups (done_at, due_date);

-- Listing complaints and help calls by kind.
CREATE INDEX submissions_kind ON submissions (kind, received_at);
