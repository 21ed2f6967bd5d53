-- Issue 8 on PostgreSQL (as src-server/migrations/002_appointments_ratings.sql): appointment schedules and
-- bookings, hall holidays, ratings (好差评) and their follow-ups.

-- A booking locks its schedule row (SELECT … FOR UPDATE) while it counts and inserts, so the seats of a
-- slot are counted by one transaction at a time, whichever server instance runs it.
CREATE TABLE slot_schedules (
  hall_code text COLLATE "C" NOT NULL REFERENCES halls (code),
  weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  time text COLLATE "C" NOT NULL,
  capacity integer NOT NULL CHECK (capacity > 0),
  PRIMARY KEY (hall_code, weekday, time)
);

CREATE TABLE hall_holidays (
  hall_code text COLLATE "C" NOT NULL REFERENCES halls (code),
  date text COLLATE "C" NOT NULL,
  PRIMARY KEY (hall_code, date)
);

CREATE TABLE appointments (
  number text COLLATE "C" PRIMARY KEY,
  hall_code text COLLATE "C" NOT NULL REFERENCES halls (code),
  device_id text COLLATE "C" NOT NULL REFERENCES devices (id),
  idempotency_key text COLLATE "C" NOT NULL,
  item_id text NOT NULL,
  slot_date text COLLATE "C" NOT NULL,
  slot_time text COLLATE "C" NOT NULL,
  name text NOT NULL,
  id_number text NOT NULL,
  phone text NOT NULL,
  created_at text NOT NULL,
  cancelled_at text,
  UNIQUE (device_id, idempotency_key)
);

CREATE INDEX appointments_slot ON appointments (hall_code, slot_date, slot_time) WHERE cancelled_at IS NULL;

-- target_case is unique, so a case is rated once (NULLs, ratings of a hall visit, are distinct).
CREATE TABLE ratings (
  case_number text COLLATE "C" PRIMARY KEY REFERENCES submissions (case_number),
  target_case text COLLATE "C" UNIQUE,
  level integer NOT NULL CHECK (level BETWEEN 1 AND 5)
);

CREATE TABLE followups (
  case_number text COLLATE "C" PRIMARY KEY REFERENCES submissions (case_number),
  hall_code text COLLATE "C" NOT NULL,
  due_date text COLLATE "C" NOT NULL,
  created_at text NOT NULL,
  done_at text
);

CREATE INDEX followups_due ON followups (done_at, due_date);

CREATE INDEX submissions_kind ON submissions (kind, received_at);
