import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, openServerDatabase } from '../../src-server/store/sqlite.database.js';
import { PublishConflictError } from '../../src-server/store/district.store.js';
import { SqliteDistrictStore } from '../../src-server/store/sqlite.store.js';
import { tempDir } from '../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function freshFile(): string {
  const t = tempDir('district-store');
  cleanups.push(t.remove);
  return path.join(t.dir, 'district.db');
}

describe('server migrations and store', () => {
  const migrations = loadMigrations();

  it('are numbered 1..n, make only STRICT tables and stamp user_version', () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
    const db = new Database(freshFile());
    expect(migrate(db, migrations)).toEqual({ from: 0, to: migrations.length });
    const tables = db
      .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
      .all();
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    db.close();
  });

  it('opens in WAL with foreign keys, idempotently, and refuses a newer database', () => {
    const file = freshFile();
    const db = openServerDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openServerDatabase(file)).toThrow(/newer/);
  });

  it('reads a catalog delta through the changed_in index', () => {
    const store = SqliteDistrictStore.open(freshFile());
    const plan = store.database
      .prepare(
        'EXPLAIN QUERY PLAN SELECT id, body FROM catalog_items WHERE changed_in > ? AND id > ? ORDER BY id LIMIT ?',
      )
      .all(1, '', 10) as Array<{ detail: string }>;
    void store.close();
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING (INDEX|PRIMARY KEY|COVERING INDEX)/);
  });

  it('keeps the signing key across opens and refuses a publish that skips a version', async () => {
    const file = freshFile();
    const a = SqliteDistrictStore.open(file);
    const key = await a.ensureSigningKey(() => ({ publicPem: 'pub-1', privatePem: 'priv-1' }), 'now');
    await a.close();
    const b = SqliteDistrictStore.open(file);
    expect(await b.ensureSigningKey(() => ({ publicPem: 'pub-2', privatePem: 'priv-2' }), 'now')).toEqual(
      key,
    );
    await expect(
      b.publishCatalog({
        manifest: {
          version: 2,
          displayVersion: 'x',
          publishedAt: '2026-11-25T00:00:00Z',
          region: 'r',
          digest: '0'.repeat(64),
        },
        signature: 's',
        added: [],
        changed: [],
        removed: [],
        itemCount: 0,
        createdAt: 'now',
      }),
    ).rejects.toBeInstanceOf(PublishConflictError);
    await b.close();
  });
});
