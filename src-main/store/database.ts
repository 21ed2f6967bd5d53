/**
 * The kiosk's SQLite connection: the shared file rules of src-protocol/sqlite-file.ts (WAL, foreign
 * keys, FULL durability, numbered migrations stamping `PRAGMA user_version`) with the kiosk's own
 * migrations beside this file. A database newer than this code is refused as STORE_CORRUPT.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadMigrations as loadMigrationsFrom,
  migrateSqlite,
  openSqliteFile,
  SchemaVersionError,
  type Db,
  type Migration,
  type OpenOptions,
} from '../../src-protocol/sqlite-file.js';
import { KioskError } from '../contract/errors.js';

export {
  relaxedWrite,
  synchronousLevel,
  type Db,
  type Migration,
  type OpenOptions,
  type Synchronous,
} from '../../src-protocol/sqlite-file.js';

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

function asStoreError(error: unknown): unknown {
  return error instanceof SchemaVersionError ? new StoreVersionError(error.found, error.supported) : error;
}

export function migrationsDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

/** Reads `NNN_name.sql` files in order; numbers must be 1, 2, 3… with no gap. */
export function loadMigrations(dir = migrationsDir()): Migration[] {
  return loadMigrationsFrom(dir);
}

export function migrate(db: Db, migrations: Migration[]): { from: number; to: number } {
  try {
    return migrateSqlite(db, migrations, 'kiosk');
  } catch (error) {
    throw asStoreError(error);
  }
}

export function openDatabase(
  file: string,
  migrations: Migration[] = loadMigrations(),
  options: OpenOptions = {},
): Db {
  try {
    const db = openSqliteFile(file, migrations, 'kiosk', options);
    // Erased personal data (payloads, sealed pages) is overwritten with zeros, not left in free pages.
    db.pragma('secure_delete = ON');
    return db;
  } catch (error) {
    throw asStoreError(error);
  }
}
