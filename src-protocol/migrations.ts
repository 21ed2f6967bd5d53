/**
 * Numbered SQL migrations (`NNN_name.sql`) and the error of a database newer than the code, shared by the
 * kiosk's store and the district server's SQLite and PostgreSQL stores (each applies them its own way).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The database was migrated by newer code: refuse rather than corrupt it. */
export class SchemaVersionError extends Error {
  readonly code = 'SCHEMA_NEWER';
  constructor(
    readonly found: number,
    readonly supported: number,
    owner: string,
  ) {
    super(`database schema version ${found} is newer than this ${owner} supports (${supported})`);
    this.name = 'SchemaVersionError';
  }
}

const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** Reads `NNN_name.sql` files in order; numbers must be 1, 2, 3… with no gap. */
export function loadMigrations(dir: string): Migration[] {
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
