/**
 * The kiosk's SQLite connection: WAL, foreign keys on, numbered migrations applied in one
 * transaction that stamps `PRAGMA user_version`. A database newer than this code is refused.
 *
 * Durability: `synchronous = FULL`, so every commit's WAL frames are fsynced before the commit
 * returns and a power cut cannot roll back a row the citizen or the kiosk was told is safe (outbox,
 * receipts, numbering, settings; on the server, submissions). Writes whose loss is harmless (usage
 * counts, heartbeats) go through `relaxedWrite`, which commits with NORMAL: a later FULL commit
 * syncs them too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { KioskError } from '../contract/errors.js';

export type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The database on disk was written by a newer kiosk version: refuse rather than corrupt it. */
export class StoreVersionError extends KioskError {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      'STORE_CORRUPT',
      `database schema version ${found} is newer than this kiosk supports (${supported})`,
    );
  }
}

const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export function migrationsDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

/** Reads `NNN_name.sql` files in order; numbers must be 1, 2, 3… with no gap. */
export function loadMigrations(dir = migrationsDir()): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .map((file) => ({ file, match: MIGRATION_FILE.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: fs.readFileSync(path.join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration numbering has a gap or duplicate at ${m.version}`);
  });
  return migrations;
}

export function migrate(db: Db, migrations: Migration[]): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) throw new StoreVersionError(from, latest);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  // IMMEDIATE: two processes starting at once (a kiosk and its CLI, two server instances) serialise here.
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from, to: latest };
}

export type Synchronous = 'FULL' | 'NORMAL';

export interface OpenOptions {
  /** FULL unless a benchmark compares against NORMAL. */
  synchronous?: Synchronous;
}

/** The connection's durability level as SQLite reports it (0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA). */
export function synchronousLevel(db: Db): Synchronous | 'OTHER' {
  const level = db.pragma('synchronous', { simple: true }) as number;
  return level === 2 ? 'FULL' : level === 1 ? 'NORMAL' : 'OTHER';
}

/**
 * Runs one write whose loss in a power cut is harmless (a usage count, a heartbeat) without waiting
 * for the disk: NORMAL for its commit, then back to the connection's level. Never for anything a
 * citizen or the district is told is stored.
 */
export function relaxedWrite<T>(db: Db, write: () => T): T {
  const before = synchronousLevel(db);
  if (before !== 'FULL' || db.inTransaction) return write();
  db.pragma('synchronous = NORMAL');
  try {
    return write();
  } finally {
    db.pragma('synchronous = FULL');
  }
}

export function openDatabase(
  file: string,
  migrations: Migration[] = loadMigrations(),
  options: OpenOptions = {},
): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
