/**
 * A district server on a fresh SQLite file for one test: the Fastify app (driven with app.inject or a
 * real listen), its store, a settable clock, and helpers to create a hall, issue codes, enroll and publish.
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Catalog, CatalogInput } from '../../src-main/contract/catalog.schema.js';
import { DistrictClient, type FetchLike } from '../../src-main/district/district.client.js';
import type { EnrollAnswer } from '../../src-main/district/protocol.types.js';
import { buildApp } from '../../src-server/app.js';
import { publishCatalog } from '../../src-server/core/catalog-publish.js';
import { newEnrollmentCode, sha256Hex } from '../../src-server/core/tokens.js';
import { SqliteDistrictStore } from '../../src-server/store/sqlite.store.js';
import { loadDemoCatalog } from '../helpers/demo-catalog.js';
import { tempDir } from '../helpers/temp-dir.js';

export const HALL = {
  code: 'ZCKL01',
  name: '淄川区昆仑镇便民服务中心',
  address: '淄川区昆仑镇政府院内',
  phone: '0533-5000000',
};

export interface Harness {
  app: FastifyInstance;
  store: SqliteDistrictStore;
  dbFile: string;
  clock: { now: Date };
  /** A one-time code for HALL (valid 7 days from the clock). */
  issueCode(): Promise<string>;
  /** Enrolls a new device; returns the enrollment answer. */
  enroll(): Promise<EnrollAnswer>;
  publish(catalog: CatalogInput | Catalog): Promise<void>;
  /** A DistrictClient whose fetch goes through app.inject (no socket). */
  client(token?: string): DistrictClient;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const tmp = tempDir('district');
  const dbFile = path.join(tmp.dir, 'district.db');
  const store = SqliteDistrictStore.open(dbFile);
  const clock = { now: new Date('2026-11-25T02:00:00.000Z') };
  const app = await buildApp({ store, now: () => clock.now });
  await store.createHall(HALL, clock.now.toISOString());

  const harness: Harness = {
    app,
    store,
    dbFile,
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
    async close() {
      await app.close();
      await store.close();
      tmp.remove();
    },
  };
  return harness;
}

/** fetch over app.inject, so the real client can drive the app without a socket. */
export function injectFetch(app: FastifyInstance): FetchLike {
  return async (input, init) => {
    const url = new URL(input);
    const res = await app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url: url.pathname + url.search,
      headers: init.headers as Record<string, string>,
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
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
