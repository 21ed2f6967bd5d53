/**
 * The console's own tables, beside the district schema: staff accounts (`staff_disabled` lists those
 * disabled), their sessions, the login tries per attempted name (`staff_login_tries`, keyed by the name's
 * sha256, known or not; the older `staff_users.failed_logins` and `locked_until` are no longer used), the
 * audit log, help-call acceptances and progress notices. Created if missing when the console starts (every statement is idempotent), so
 * the district's numbered migrations stay untouched.
 */
import type { StoreSql } from '../store/store-sql.js';
import { ensureFeedbackSchema } from './feedback-schema.js';

const SQLITE = `
CREATE TABLE IF NOT EXISTS staff_users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('district', 'hall')),
  hall_code TEXT,
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS staff_disabled (
  name TEXT PRIMARY KEY REFERENCES staff_users (name),
  disabled_at TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS staff_login_tries (
  name_hash TEXT PRIMARY KEY,
  tries INTEGER NOT NULL,
  locked_until TEXT,
  last_try_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS staff_login_tries_last ON staff_login_tries (last_try_at);
CREATE TABLE IF NOT EXISTS staff_sessions (
  token_hash TEXT PRIMARY KEY,
  user_name TEXT NOT NULL REFERENCES staff_users (name),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS console_audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_name TEXT NOT NULL,
  hall_code TEXT,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS console_audit_at ON console_audit (at);
CREATE TABLE IF NOT EXISTS help_call_answers (
  call_id TEXT PRIMARY KEY,
  accepted_at TEXT NOT NULL,
  accepted_by TEXT NOT NULL
) STRICT;
`;

const POSTGRES = `
CREATE TABLE IF NOT EXISTS staff_users (
  name text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('district', 'hall')),
  hall_code text,
  password_hash text NOT NULL,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until text,
  created_at text NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_disabled (
  name text PRIMARY KEY REFERENCES staff_users (name),
  disabled_at text NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_login_tries (
  name_hash text PRIMARY KEY,
  tries integer NOT NULL,
  locked_until text,
  last_try_at text NOT NULL
);
CREATE INDEX IF NOT EXISTS staff_login_tries_last ON staff_login_tries (last_try_at);
CREATE TABLE IF NOT EXISTS staff_sessions (
  token_hash text PRIMARY KEY,
  user_name text NOT NULL REFERENCES staff_users (name),
  csrf_token text NOT NULL,
  created_at text NOT NULL,
  last_seen_at text NOT NULL
);
CREATE TABLE IF NOT EXISTS console_audit (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at text NOT NULL,
  user_name text NOT NULL,
  hall_code text,
  action text NOT NULL,
  target text NOT NULL,
  detail text
);
CREATE INDEX IF NOT EXISTS console_audit_at ON console_audit (at);
CREATE TABLE IF NOT EXISTS help_call_answers (
  call_id text PRIMARY KEY,
  accepted_at text NOT NULL,
  accepted_by text NOT NULL
);
`;

export async function ensureConsoleSchema(sql: StoreSql): Promise<void> {
  await sql.exec(sql.dialect === 'sqlite' ? SQLITE : POSTGRES);
  await ensureFeedbackSchema(sql);
}
