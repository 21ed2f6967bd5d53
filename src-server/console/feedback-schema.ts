/**
 * The console's tables for 好差评 follow-through, 投诉建议 replies and progress notices. Like the other
 * console tables they are created if missing when the console starts (every statement idempotent), and
 * only added beside the district's tables, never changing them.
 */
import type { StoreSql } from '../store/store-sql.js';

const SQLITE = `
CREATE TABLE IF NOT EXISTS followup_actions (
  seq INTEGER PRIMARY KEY,
  case_number TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('回访', '整改')),
  note TEXT NOT NULL,
  at TEXT NOT NULL,
  user_name TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS followup_actions_case ON followup_actions (case_number, seq);
CREATE TABLE IF NOT EXISTS complaint_replies (
  case_number TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('处理中', '已答复', '已办结')),
  reply TEXT,
  replied_at TEXT,
  replied_by TEXT,
  updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS progress_notices (
  id INTEGER PRIMARY KEY,
  case_number TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  sent_at TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS progress_notices_due ON progress_notices (state, next_attempt_at);
`;

const POSTGRES = `
CREATE TABLE IF NOT EXISTS followup_actions (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_number text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('回访', '整改')),
  note text NOT NULL,
  at text NOT NULL,
  user_name text NOT NULL
);
CREATE INDEX IF NOT EXISTS followup_actions_case ON followup_actions (case_number, seq);
CREATE TABLE IF NOT EXISTS complaint_replies (
  case_number text PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('处理中', '已答复', '已办结')),
  reply text,
  replied_at text,
  replied_by text,
  updated_at text NOT NULL
);
CREATE TABLE IF NOT EXISTS progress_notices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_number text NOT NULL,
  status text NOT NULL,
  created_at text NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'sent', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at text NOT NULL,
  last_error text,
  sent_at text
);
CREATE INDEX IF NOT EXISTS progress_notices_due ON progress_notices (state, next_attempt_at);
`;

export async function ensureFeedbackSchema(sql: StoreSql): Promise<void> {
  await sql.exec(sql.dialect === 'sqlite' ? SQLITE : POSTGRES);
}
