/**
 * The server's SQLite file: the shared file rules of src-protocol/sqlite-file.ts (WAL, foreign keys,
 * numbered migrations in one transaction stamping `user_version`, a newer database refused with a
 * `SchemaVersionError`), with the server's own migrations in src-server/migrations/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadMigrations as loadMigrationsFrom,
  migrateSqlite,
  openSqliteFile,
  relaxedWrite,
  type Db,
  type Migration,
  type OpenOptions,
} from '../../src-protocol/sqlite-file.js';

export { relaxedWrite, type Db, type Migration, type OpenOptions };

export function serverMigrationsDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');
}

/** Reads `NNN_name.sql` files in order; numbers must be 1, 2, 3… with no gap. */
export function loadMigrations(dir = serverMigrationsDir()): Migration[] {
  return loadMigrationsFrom(dir);
}

export function migrate(db: Db, migrations: Migration[]): { from: number; to: number } {
  return migrateSqlite(db, migrations, 'server');
}

/** Submissions are answered only after their commit is on disk: FULL (see openSqliteFile). */
export function openServerDatabase(
  file: string,
  migrations: Migration[] = loadMigrations(),
  options: OpenOptions = {},
): Db {
  return openSqliteFile(path.resolve(file), migrations, 'server', options);
}
