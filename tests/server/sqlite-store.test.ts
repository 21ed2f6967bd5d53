import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, openServerDatabase } from '../../src-server/store/sqlite.database.js';
import {
  AlreadyRatedError,
  PublishConflictError,
  type SubmissionInput,
} from '../../src-server/store/district.store.js';
import { SqliteDistrictStore } from '../../src-server/store/sqlite.store.js';
import { tempDir } from '../helpers/temp-dir.js';
import { baseNumber } from '../../src-server/core/case-number.js';

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

  it('group-commits submissions of one turn: each settles after the commit, a refused one alone', async () => {
    const file = freshFile();
    const store = SqliteDistrictStore.open(file);
    const at = '2026-11-25T02:00:00.000Z';
    await store.createHall(
      { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心', address: null, phone: null },
      at,
    );
    await store.issueEnrollmentCode({
      codeHash: 'h1',
      hallCode: 'ZCKL01',
      createdAt: at,
      expiresAt: '2027-01-01T00:00:00Z',
    });
    await store.enroll({
      codeHash: 'h1',
      at,
      deviceId: 'dev-1',
      tokenHash: 't1',
      info: { appVersion: '0.1.0' },
    });
    const input = (key: string, extra: Partial<SubmissionInput> = {}): SubmissionInput => ({
      deviceId: 'dev-1',
      idempotencyKey: key,
      kind: 'declaration',
      payloadJson: '{}',
      receivedAt: at,
      casePrefix: 'ZC20261125',
      ...extra,
    });
    const first = await store.submit(input('key-rated-case'));
    await store.submit(
      input('key-rating-1', { kind: 'rating', rating: { targetCase: first.caseNumber, level: 5 } }),
    );

    // Another connection sees what is committed.
    const reader = new Database(file, { readonly: true });
    cleanups.unshift(() => reader.close());
    const committed = (key: string): boolean =>
      reader.prepare('SELECT 1 FROM submissions WHERE idempotency_key = ?').get(key) !== undefined;
    const settled = await Promise.allSettled([
      store.submit(input('key-group-a')).then((o) => ({ o, visible: committed('key-group-a') })),
      store.submit(input('key-group-b')).then((o) => ({ o, visible: committed('key-group-b') })),
      store.submit(input('key-group-a')).then((o) => ({ o, visible: committed('key-group-a') })),
      store.submit(
        input('key-rating-2', { kind: 'rating', rating: { targetCase: first.caseNumber, level: 4 } }),
      ),
      store.submit(input('key-group-c')).then((o) => ({ o, visible: committed('key-group-c') })),
    ]);
    const values = settled.map((s): unknown => (s.status === 'fulfilled' ? s.value : s.reason));
    expect(values[3]).toBeInstanceOf(AlreadyRatedError);
    for (const i of [0, 1, 2, 4]) expect(values[i]).toMatchObject({ visible: true });
    const outcome = (i: number) => (values[i] as { o: { created: boolean; caseNumber: string } }).o;
    expect(outcome(0).created).toBe(true);
    expect(outcome(2)).toEqual({ ...outcome(0), created: false });
    expect(new Set([outcome(0), outcome(1), outcome(4)].map((o) => o.caseNumber)).size).toBe(3);
    // The refused rating left nothing behind; its case number was not used up either.
    expect(committed('key-rating-2')).toBe(false);
    expect(reader.prepare('SELECT count(*) AS n FROM submissions').get()).toEqual({ n: 5 });
    expect(baseNumber(outcome(4).caseNumber)).toBe('ZC20261125000005');

    // Submissions still queued when the store closes are committed first.
    const late = store.submit(input('key-late'));
    await store.close();
    await expect(late).resolves.toMatchObject({ created: true });
    expect(committed('key-late')).toBe(true);
  });
});
