/**
 * The server's PostgreSQL connection pool and its migrations: numbered `NNN_name.sql` files in
 * src-server/migrations-pg/, all pending ones applied in one transaction that stamps the version in
 * `district_schema`; a database whose schema is newer than this code is refused. Instances starting at
 * once serialise on an advisory lock, so exactly one of them migrates.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  loadMigrations as loadMigrationsFrom,
  SchemaVersionError,
  type Migration,
} from '../../src-protocol/migrations.js';
import { inTransaction } from './postgres.transaction.js';

export { SchemaVersionError, type Migration };

/** Any fixed 64-bit number: the advisory lock of schema changes. */
const MIGRATION_LOCK = 7_252_027_410;

export function postgresMigrationsDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations-pg');
}

/** Reads `NNN_name.sql` files in order; numbers must be 1, 2, 3… with no gap. */
export function loadPostgresMigrations(dir = postgresMigrationsDir()): Migration[] {
  return loadMigrationsFrom(dir);
}

export interface PoolOptions {
  /** Connections of this server instance (default 10). */
  max?: number;
  /**
   * Commit without waiting for the WAL flush (`synchronous_commit = off`): a crash may lose the last
   * fraction of a second of these writes, never corrupt anything. Only for writes that may be lost.
   */
  asyncCommit?: boolean;
}

export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: options.asyncCommit ? 'district-server-telemetry' : 'district-server',
    ...(options.asyncCommit ? { options: '-c synchronous_commit=off' } : {}),
  });
  // An idle connection that breaks (the database restarted) is dropped by the pool; without a listener
  // its 'error' event would end the process. The next query opens a new connection or fails itself.
  pool.on('error', () => undefined);
  return pool;
}

export async function migratePostgres(
  pool: pg.Pool,
  migrations: Migration[] = loadPostgresMigrations(),
): Promise<{ from: number; to: number }> {
  const latest = migrations.at(-1)?.version ?? 0;
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS district_schema (
         only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
         version integer NOT NULL
       )`,
    );
    const found = await client.query<{ version: number }>('SELECT version FROM district_schema');
    const from = found.rows[0]?.version ?? 0;
    if (from > latest) throw new SchemaVersionError(from, latest, 'server');
    const pending = migrations.filter((m) => m.version > from);
    if (pending.length === 0) return { from, to: from };
    for (const m of pending) await client.query(m.sql);
    await client.query(
      `INSERT INTO district_schema (only_row, version) VALUES (true, $1)
       ON CONFLICT (only_row) DO UPDATE SET version = excluded.version`,
      [latest],
    );
    return { from, to: latest };
  });
}
