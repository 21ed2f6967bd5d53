/**
 * A district server on an empty database for one test — a new SQLite file, or this test file's database
 * on the worker's private PostgreSQL (tests/helpers/postgres.ts), emptied before each test: the Fastify app
 * (driven with app.inject or a real listen), its store, a settable clock, and helpers to create a hall,
 * issue codes, enroll and publish. Route tests run once per store kind (`describe.each(STORE_KINDS)`).
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import type { Catalog, CatalogInput } from '../../src-main/contract/catalog.schema.js';
import { DistrictClient, type FetchLike } from '../../src-main/district/district.client.js';
import type { EnrollAnswer } from '../../src-main/district/protocol.types.js';
import { buildApp } from '../../src-server/app.js';
import { publishCatalog } from '../../src-server/core/catalog-publish.js';
import { newEnrollmentCode, sha256Hex } from '../../src-server/core/tokens.js';
import type { DistrictStore } from '../../src-server/store/district.store.js';
import { PostgresDistrictStore } from '../../src-server/store/postgres.store.js';
import { SqliteDistrictStore } from '../../src-server/store/sqlite.store.js';
import { loadDemoCatalog } from '../helpers/demo-catalog.js';
import { freshDatabase, sharedPostgres, type PgDatabase } from '../helpers/postgres.js';
import { tempDir } from '../helpers/temp-dir.js';

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

export const HALL = {
  code: 'ZCKL01',
  name: '淄川区昆仑镇便民服务中心',
  address: '淄川区昆仑镇政府院内',
  phone: '0533-5000000',
};

export interface Harness<S extends DistrictStore = DistrictStore> {
  kind: StoreKind;
  app: FastifyInstance;
  store: S;
  /** The `--db` value of CLI commands: the SQLite file or the PostgreSQL URL. */
  db: string;
  clock: { now: Date };
  /** A one-time code for HALL (valid 7 days from the clock). */
  issueCode(): Promise<string>;
  /** Enrolls a new device; returns the enrollment answer. */
  enroll(): Promise<EnrollAnswer>;
  publish(catalog: CatalogInput | Catalog): Promise<void>;
  /** A DistrictClient whose fetch goes through app.inject (no socket). */
  client(token?: string): DistrictClient;
  /** Raw SQL for assertions, on either store: `?` placeholders, rows as objects. */
  rows<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Rows in a table. */
  count(table: string): Promise<number>;
  /** Everything the database holds, as text (to check that a secret is not in it). */
  dump(): Promise<string>;
  close(): Promise<void>;
}

interface Opened<S extends DistrictStore> {
  store: S;
  db: string;
  rows<T>(sql: string, params: unknown[]): Promise<T[]>;
  dump(): Promise<string>;
  remove(): Promise<void>;
}

function openSqlite(): Opened<SqliteDistrictStore> {
  const tmp = tempDir('district');
  const db = path.join(tmp.dir, 'district.db');
  const store = SqliteDistrictStore.open(db);
  return {
    store,
    db,
    rows: <T>(sql: string, params: unknown[]) =>
      Promise.resolve(store.database.prepare(sql).all(...params) as T[]),
    dump: () => Promise.resolve(store.database.serialize().toString('latin1')),
    remove: () => Promise.resolve(tmp.remove()),
  };
}

/**
 * This test file's PostgreSQL database (vitest runs each file in its own process, and its tests one
 * after another): created on first use on the worker's shared cluster (which goes, with its databases, at
 * the end of the run), and emptied for every later harness — faster than a new database per test. When a
 * failed test left a transaction holding a lock, the file gets a new database instead.
 */
let fileDatabase: Promise<PgDatabase> | undefined;

async function emptyDatabase(): Promise<PgDatabase> {
  const previous = fileDatabase;
  const database = previous ? await previous : undefined;
  if (database) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("SET lock_timeout = '5s'");
      const tables = await client.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'district_schema'",
      );
      if (tables.rows.length > 0)
        await client.query(`TRUNCATE ${tables.rows.map((t) => `"${t.name}"`).join(', ')} RESTART IDENTITY`);
      return database;
    } catch {
      // Locked by a leftover session: start over on a new database below.
    } finally {
      await client.end();
    }
  }
  fileDatabase = sharedPostgres().then((cluster) => freshDatabase(cluster));
  return fileDatabase;
}

async function openPostgres(): Promise<Opened<PostgresDistrictStore>> {
  const database = await emptyDatabase();
  const store = await PostgresDistrictStore.open(database.url, { max: 4 });
  const rows = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    return (await store.pool.query(text, params)).rows as T[];
  };
  return {
    store,
    db: database.url,
    rows,
    async dump() {
      const tables = await rows<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
        [],
      );
      const texts = await Promise.all(
        tables.map(async (t) =>
          (await rows<{ row: string }>(`SELECT t::text AS row FROM "${t.name}" t`, []))
            .map((r) => r.row)
            .join('\n'),
        ),
      );
      return texts.join('\n');
    },
    remove: () => Promise.resolve(),
  };
}

export function startHarness(): Promise<Harness<SqliteDistrictStore>>;
export function startHarness(kind: StoreKind): Promise<Harness>;
export async function startHarness(kind: StoreKind = 'sqlite'): Promise<Harness> {
  const opened = kind === 'sqlite' ? openSqlite() : await openPostgres();
  const { store } = opened;
  const clock = { now: new Date('2026-11-25T02:00:00.000Z') };
  const app = await buildApp({ store, now: () => clock.now });
  await store.createHall(HALL, clock.now.toISOString());

  const harness: Harness = {
    kind,
    app,
    store,
    db: opened.db,
    clock,
    async issueCode() {
      const code = newEnrollmentCode();
      await store.issueEnrollmentCode({
        codeHash: sha256Hex(code),
        hallCode: HALL.code,
        createdAt: clock.now.toISOString(),
        expiresAt: new Date(clock.now.getTime() + 7 * 86_400_000).toISOString(),
      });
      return code;
    },
    async enroll() {
      const code = await harness.issueCode();
      return harness.client().enroll(code, { appVersion: '0.1.0', hostname: 'kiosk-test' });
    },
    async publish(catalog) {
      const result = await publishCatalog(store, catalog, clock.now);
      if (!result.ok) throw new Error(`publish failed: ${JSON.stringify(result.problems)}`);
    },
    client(token) {
      return new DistrictClient({
        baseUrl: 'http://district.test/',
        ...(token ? { token } : {}),
        fetch: injectFetch(app),
      });
    },
    rows: (sql, ...params) => opened.rows(sql, params),
    async count(table) {
      const [row] = await opened.rows<{ n: number | string }>(`SELECT count(*) AS n FROM ${table}`, []);
      return Number(row?.n ?? -1);
    },
    dump: () => opened.dump(),
    async close() {
      await app.close();
      await store.close();
      await opened.remove();
    },
  };
  return harness;
}

/** fetch over app.inject, so the real client can drive the app without a socket. */
export function injectFetch(app: FastifyInstance): FetchLike {
  return async (input, init) => {
    const url = new URL(input);
    const res = await app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST' | 'PUT',
      url: url.pathname + url.search,
      headers: init.headers as Record<string, string>,
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
      ...(init.body instanceof Uint8Array ? { payload: Buffer.from(init.body) } : {}),
    });
    return new Response(res.statusCode === 204 ? null : res.body, {
      status: res.statusCode,
      headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') },
    });
  };
}

/** The demo catalog (64 items). */
export function catalogV1(): Catalog {
  return loadDemoCatalog();
}

/**
 * The next version of the demo catalog: two items removed, one changed (new alias), one added.
 * Returns the catalog and what changed.
 */
export function catalogV2(): { catalog: Catalog; removed: string[]; changed: string; added: string } {
  const v1 = catalogV1();
  const [a, b, c, d] = [...v1.items].sort((x, y) => (x.id < y.id ? -1 : 1));
  if (!a || !b || !c || !d) throw new Error('demo catalog too small');
  const added = { ...d, id: 'zz-new-item', code: '370302-Z-9999', name: `${d.name}（新增）` };
  const items = v1.items
    .filter((item) => item.id !== a.id && item.id !== b.id)
    .map((item) => (item.id === c.id ? { ...item, aliases: [...item.aliases, '新俗称'] } : item));
  return {
    catalog: {
      ...v1,
      version: '2026.12.01-1',
      publishedAt: '2026-12-01T09:00:00+08:00',
      items: [...items, added],
    },
    removed: [a.id, b.id],
    changed: c.id,
    added: added.id,
  };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
