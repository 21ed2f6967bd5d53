/**
 * The SQLite file rules shared by the kiosk's store and the district server's: WAL, foreign keys on,
 * numbered migrations applied in one transaction that stamps `PRAGMA user_version`, a database newer
 * than the code refused with a `SchemaVersionError` (each side says it in its own terms).
 *
 * Durability: `synchronous = FULL`, so every commit's WAL frames are fsynced before the commit
 * returns and a power cut cannot roll back a row anyone was told is safe. Writes whose loss is harmless
 * (usage counts, heartbeats) go through `relaxedWrite`, which commits with NORMAL: a later FULL commit
 * syncs them too.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SchemaVersionError, type Migration } from './migrations.js';
import { keepFilePrivate } from './private-files.js';

export { loadMigrations, SchemaVersionError, type Migration } from './migrations.js';

export type Db = Database.Database;

/** Applies the pending migrations in one IMMEDIATE transaction; `owner` names the code in the error. */
export function migrateSqlite(db: Db, migrations: Migration[], owner: string): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) throw new SchemaVersionError(from, latest, owner);
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

/** Opens (creating its folder) and migrates a SQLite file; `owner` names the code in a version error. */
export function openSqliteFile(
  file: string,
  migrations: Migration[],
  owner: string,
  options: OpenOptions = {},
): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Only the owner reads it; SQLite gives its -wal and -shm files the database file's permissions.
  keepFilePrivate(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    db.pragma('busy_timeout = 5000');
    migrateSqlite(db, migrations, owner);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
