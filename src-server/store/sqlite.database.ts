/**
 * The server's SQLite file: the kiosk store's connection rules (WAL, foreign keys, numbered
 * migrations in one transaction stamping `user_version`, a newer database refused), with the
 * server's own migrations in src-server/migrations/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadMigrations as loadMigrationsFrom,
  migrate,
  openDatabase,
  relaxedWrite,
  type Db,
  type Migration,
  type OpenOptions,
} from '../../src-main/store/database.js';

export { migrate, relaxedWrite, type Db, type Migration, type OpenOptions };

export function serverMigrationsDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');
}

/** Reads `NNN_name.sql` files in order; numbers must be 1, 2, 3… with no gap. */
export function loadMigrations(dir = serverMigrationsDir()): Migration[] {
  return loadMigrationsFrom(dir);
}

/** Submissions are answered only after their commit is on disk: FULL (see openDatabase). */
export function openServerDatabase(
  file: string,
  migrations: Migration[] = loadMigrations(),
  options: OpenOptions = {},
): Db {
  return openDatabase(path.resolve(file), migrations, options);
}
