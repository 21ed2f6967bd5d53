/**
 * The PostgreSQL store on a real private PostgreSQL (tests/helpers/postgres.ts): migrations, the index
 * behind each hot query, and the atomic operations raced from two stores (two pools, as two server
 * instances would be) on one database.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  loadPostgresMigrations,
  migratePostgres,
  createPool,
} from '../../src-server/store/postgres.database.js';
import { AlreadyRatedError, PublishConflictError } from '../../src-server/store/district.store.js';
import { PostgresDistrictStore } from '../../src-server/store/postgres.store.js';
import {
  freshDatabase,
  postgresBinDir,
  sharedPostgres,
  type PgCluster,
  type PgDatabase,
} from '../helpers/postgres.js';
import { tempDir } from '../helpers/temp-dir.js';
import { HALL } from './server-harness.js';
import { baseNumber } from '../../src-server/core/case-number.js';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await sharedPostgres();
});

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});
afterAll(() => cluster.stop());

async function database(): Promise<PgDatabase> {
  const db = await freshDatabase(cluster);
  cleanups.push(() => db.drop());
  return db;
}

async function store(url: string): Promise<PostgresDistrictStore> {
  const s = await PostgresDistrictStore.open(url, { max: 4 });
  cleanups.push(() => s.close());
  return s;
}

/** Two stores on one fresh database: two server instances' pools. */
async function twoStores(): Promise<[PostgresDistrictStore, PostgresDistrictStore]> {
  const db = await database();
  const a = await store(db.url);
  const b = await store(db.url);
  await a.createHall(HALL, '2026-11-25T02:00:00.000Z');
  return [a, b];
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const manifest = (version: number) => ({
  version,
  displayVersion: `v${version}`,
  publishedAt: '2026-11-25T00:00:00Z',
  region: '淄川区',
  digest: '0'.repeat(64),
});

const publishInput = (version: number, id: string) => ({
  manifest: manifest(version),
  signature: 's',
  added: [{ id, body: `{"id":"${id}"}` }],
  changed: [],
  removed: [],
  itemCount: 1,
  createdAt: '2026-11-25T02:00:00.000Z',
});

async function enrolledDevice(s: PostgresDistrictStore, id: string): Promise<void> {
  await s.issueEnrollmentCode({
    codeHash: `hash-${id}`,
    hallCode: HALL.code,
    createdAt: '2026-11-25T02:00:00.000Z',
    expiresAt: '2026-12-01T00:00:00.000Z',
  });
  const outcome = await s.enroll({
    codeHash: `hash-${id}`,
    at: '2026-11-25T02:00:00.000Z',
    deviceId: id,
    tokenHash: `token-${id}`,
    info: { appVersion: '1' },
  });
  expect(outcome.ok).toBe(true);
}

const submission = (deviceId: string, key: string) => ({
  deviceId,
  idempotencyKey: key,
  kind: 'declaration' as const,
  payloadJson: '{}',
  receivedAt: '2026-11-25T02:00:00.000Z',
  casePrefix: 'ZC20261125',
});

describe('the private PostgreSQL of the tests', () => {
  it('fails, naming the Debian package, where the server binaries are missing', () => {
    const empty = tempDir('no-postgresql');
    try {
      expect(() => postgresBinDir(empty.dir)).toThrow(/install Debian's package 'postgresql'/);
    } finally {
      empty.remove();
    }
  });

  it('runs on loopback', async () => {
    expect(cluster.url()).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    const [row] = await query<{ address: string }>(
      cluster.url(),
      'SELECT inet_server_addr()::text AS address',
    );
    expect(row?.address).toBe('127.0.0.1/32');
  });
});

describe('PostgreSQL migrations', () => {
  const migrations = loadPostgresMigrations();

  it('are numbered 1..n, applied in one go, stamped, and not applied twice', async () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
    const db = await database();
    const pool = createPool(db.url, { max: 1 });
    cleanups.push(() => pool.end());
    expect(await migratePostgres(pool, migrations)).toEqual({ from: 0, to: migrations.length });
    expect(await migratePostgres(pool, migrations)).toEqual({
      from: migrations.length,
      to: migrations.length,
    });
    const tables = await query<{ name: string }>(
      db.url,
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
    );
    expect(tables.length).toBeGreaterThan(10);
  });

  it('roll back entirely when one migration fails', async () => {
    const db = await database();
    const pool = createPool(db.url, { max: 1 });
    cleanups.push(() => pool.end());
    const broken = [
      ...migrations,
      { version: migrations.length + 1, name: 'broken', sql: 'SELECT nonsense' },
    ];
    await expect(migratePostgres(pool, broken)).rejects.toThrow(/nonsense/);
    const tables = await query(db.url, "SELECT 1 FROM pg_tables WHERE schemaname = 'public'");
    expect(tables).toEqual([]);
  });

  it('refuse a database whose schema is newer than the code', async () => {
    const db = await database();
    await (await store(db.url)).close();
    cleanups.pop();
    await query(db.url, 'UPDATE district_schema SET version = 99');
    await expect(PostgresDistrictStore.open(db.url)).rejects.toThrow(/newer/);
  });

  it('let several instances start at once on a fresh database: one migrates, all open', async () => {
    const db = await database();
    const stores = await Promise.all(Array.from({ length: 4 }, () => store(db.url)));
    expect(stores).toHaveLength(4);
    expect(await query(db.url, 'SELECT version FROM district_schema')).toEqual([
      { version: migrations.length },
    ]);
  });
});

describe('PostgreSQL hot queries use an index', () => {
  let url: string;
  beforeAll(async () => {
    const db = await freshDatabase(cluster);
    url = db.url;
    await (await PostgresDistrictStore.open(url, { max: 1 })).close();
    return () => db.drop();
  });

  it.each([
    ['device by token', 'SELECT id FROM devices WHERE token_hash = $1', ['x'], /devices_token_hash_key/],
    [
      'catalog delta',
      'SELECT id, body FROM catalog_items WHERE changed_in > $1 AND id > $2 ORDER BY id LIMIT 10',
      [1, ''],
      /catalog_items_(changed_in|pkey)/,
    ],
    [
      'submission by key',
      'SELECT case_number FROM submissions WHERE device_id = $1 AND idempotency_key = $2',
      ['d', 'k'],
      /submissions_device_id_idempotency_key_key/,
    ],
    [
      'seats of a slot',
      `SELECT count(*) FROM appointments
        WHERE hall_code = $1 AND slot_date = $2 AND slot_time = $3 AND cancelled_at IS NULL`,
      ['h', '2026-11-26', '09:00'],
      /appointments_slot/,
    ],
    [
      'case history',
      'SELECT status FROM case_events WHERE case_number = $1 ORDER BY seq',
      ['ZC1'],
      /case_events_case/,
    ],
  ])('%s', async (_name, sql, params, index) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Empty tables make a sequential scan the cheapest plan: forbid it to see which index serves.
      await client.query('SET enable_seqscan = off');
      const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toMatch(index);
    } finally {
      await client.end();
    }
  });
});

describe('PostgreSQL store raced from two instances', () => {
  it('creates the signing key once', async () => {
    const [a, b] = await twoStores();
    const keys = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).ensureSigningKey(() => ({ publicPem: `pub-${i}`, privatePem: `priv-${i}` }), 'now'),
      ),
    );
    expect(new Set(keys.map((k) => k.publicPem)).size).toBe(1);
  });

  it('spends an enrollment code once', async () => {
    const [a, b] = await twoStores();
    await a.issueEnrollmentCode({
      codeHash: 'race-code',
      hallCode: HALL.code,
      createdAt: '2026-11-25T02:00:00.000Z',
      expiresAt: '2026-12-01T00:00:00.000Z',
    });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).enroll({
          codeHash: 'race-code',
          at: '2026-11-25T02:00:00.000Z',
          deviceId: `kiosk-${i}`,
          tokenHash: `token-${i}`,
          info: { appVersion: '0.1.0' },
        }),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok && o.reason === 'CODE_USED')).toHaveLength(9);
  });

  it('numbers concurrent submissions 1..n without gaps, one case per key', async () => {
    const [a, b] = await twoStores();
    await enrolledDevice(a, 'kiosk-a');
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).submit(submission('kiosk-a', `key-${i % 30}`))),
    );
    const numbers = [...new Set(outcomes.map((o) => baseNumber(o.caseNumber)))].sort();
    expect(numbers).toEqual(
      Array.from({ length: 30 }, (_, i) => `ZC20261125${String(i + 1).padStart(6, '0')}`),
    );
    expect(outcomes.filter((o) => o.created)).toHaveLength(30);
  });

  it('accepts one rating per case; a refused rating gives its number back', async () => {
    const [a, b] = await twoStores();
    await enrolledDevice(a, 'kiosk-a');
    const target = (await a.submit(submission('kiosk-a', 'declaration-1'))).caseNumber;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).submit({
          ...submission('kiosk-a', `rating-${i}`),
          kind: 'rating',
          rating: { targetCase: target, level: 5 },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.reason).toBeInstanceOf(AlreadyRatedError);
    const next = await a.submit(submission('kiosk-a', 'declaration-2'));
    expect(baseNumber(next.caseNumber)).toBe('ZC20261125000003');
  });

  it('lets one of two concurrent publishes of the same version win', async () => {
    const [a, b] = await twoStores();
    const results = await Promise.allSettled([
      a.publishCatalog(publishInput(1, 'item-a')),
      b.publishCatalog(publishInput(1, 'item-b')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(PublishConflictError);
    await expect(a.publishCatalog(publishInput(3, 'item-c'))).rejects.toBeInstanceOf(PublishConflictError);
    expect((await b.currentCatalog())?.manifest.version).toBe(1);
    expect(await b.liveCatalogItems()).toHaveLength(1);
  });

  it('books exactly the capacity of a slot', async () => {
    const [a, b] = await twoStores();
    await enrolledDevice(a, 'kiosk-a');
    await a.setSlotSchedule({ hallCode: HALL.code, weekdays: [4], times: ['09:00'], capacity: 3 });
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? a : b).book({
          hallCode: HALL.code,
          deviceId: 'kiosk-a',
          idempotencyKey: `book-${i}`,
          itemId: 'item',
          slotDate: '2026-11-26',
          slotTime: '09:00',
          name: '张三',
          idNumber: '370302199001010029',
          phone: '13800000000',
          createdAt: '2026-11-25T02:00:00.000Z',
          numberPrefix: 'YY20261125',
        }),
      ),
    );
    expect(outcomes.filter((o) => o.kind === 'booked')).toHaveLength(3);
    expect(outcomes.filter((o) => o.kind === 'full')).toHaveLength(9);
    expect(await a.bookedCounts(HALL.code, '2026-11-26', '2026-11-26')).toEqual([
      { date: '2026-11-26', time: '09:00', booked: 3 },
    ]);
  });
});
