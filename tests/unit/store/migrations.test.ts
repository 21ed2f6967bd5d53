import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  loadMigrations,
  migrate,
  openDatabase,
  StoreVersionError,
} from '../../../src-main/store/database.js';
import { tempDir } from '../../helpers/temp-dir.js';

const dirs: Array<() => void> = [];
afterEach(() => dirs.splice(0).forEach((remove) => remove()));

function freshFile(): string {
  const t = tempDir('store');
  dirs.push(t.remove);
  return path.join(t.dir, 'kiosk.db');
}

describe('migrations', () => {
  const migrations = loadMigrations();

  it('are numbered 1..n without gaps', () => {
    expect(migrations.length).toBeGreaterThan(0);
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it.each(migrations.map((m) => [m.version, m.name] as const))(
    'migration %i (%s) applies on a fresh database and stamps user_version',
    (version) => {
      const db = new Database(freshFile());
      const result = migrate(db, migrations.slice(0, version));
      expect(result).toEqual({ from: 0, to: version });
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      const tables = db
        .prepare<[], { name: string; sql: string }>(
          "SELECT name, sql FROM sqlite_master WHERE type = 'table'",
        )
        .all();
      expect(tables.length).toBeGreaterThan(0);
      for (const t of tables) expect(t.sql, `${t.name} is STRICT`).toMatch(/\)\s*STRICT\s*$/);
      db.close();
    },
  );

  it('opens with WAL and foreign keys, and is idempotent', () => {
    const file = freshFile();
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length);
    again.close();
  });

  it('refuses a database written by a newer kiosk', () => {
    const file = freshFile();
    const db = new Database(file);
    db.pragma(`user_version = ${migrations.length + 5}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(StoreVersionError);
    expect(() => openDatabase(file)).toThrow(/newer than this kiosk supports/);
  });

  it('rolls back every pending migration when one fails', () => {
    const file = freshFile();
    const db = new Database(file);
    const broken = [
      ...migrations,
      { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE x (a TEXT) STRICT; SELEC oops;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get()).toEqual({ n: 0 });
    db.close();
    expect(fs.existsSync(file)).toBe(true);
  });
});
