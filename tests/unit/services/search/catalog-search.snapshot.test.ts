import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../../src-main/log/logger.js';
import { CatalogService } from '../../../../src-main/services/catalog/catalog.service.js';
import {
  CatalogSearchService,
  SEARCH_WARM_UP_MS,
  SNAPSHOT_WRITE_DELAY_MS,
} from '../../../../src-main/services/search/catalog-search.service.js';
import { CatalogRepository } from '../../../../src-main/store/catalog.repository.js';
import { openDatabase, type Db } from '../../../../src-main/store/database.js';
import { UsageRepository } from '../../../../src-main/store/usage.repository.js';
import { DEMO_CATALOG_PATH, loadDemoCatalog } from '../../../helpers/demo-catalog.js';

/** A logger that keeps what the search service says of its index (nothing personal is logged there). */
function recorder(): { log: Logger; ready: Array<Record<string, unknown>> } {
  const ready: Array<Record<string, unknown>> = [];
  const log: Logger = {
    debug: () => undefined,
    info: (obj, msg) => {
      if (msg === 'search index ready') ready.push(obj as Record<string, unknown>);
    },
    warn: () => undefined,
    error: () => undefined,
    child: () => log,
  };
  return { log, ready };
}

const open: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const db of open.splice(0)) db.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A kiosk's catalog on a real SQLite file in `dir`, as at start. */
function kiosk(dir: string): { catalog: CatalogService; usage: UsageRepository } {
  const db = openDatabase(path.join(dir, 'kiosk.db'));
  open.push(db);
  const { log } = recorder();
  const catalog = new CatalogService(new CatalogRepository(db), log);
  catalog.ensureInstalled(DEMO_CATALOG_PATH, 'demo');
  return { catalog, usage: new UsageRepository(db) };
}

describe('the kiosk search index across starts', () => {
  it('a warm-up that finds the database closed (the kiosk stopping) is dropped, not thrown', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-search-closed-'));
    dirs.push(dir);
    const k = kiosk(dir);
    const warned: string[] = [];
    const log: Logger = { ...recorder().log, warn: (_obj, msg) => void warned.push(String(msg)) };
    new CatalogSearchService(k.catalog, k.usage, { file: path.join(dir, 'search-index.bin'), log });
    open.splice(0).forEach((db) => db.close());
    expect(() => vi.advanceTimersByTime(SEARCH_WARM_UP_MS)).not.toThrow();
    expect(warned).toEqual(['search index warm-up failed']);
  });

  it('is built and kept at the first start, read back at the next, and kept again after a catalog change', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-search-starts-'));
    dirs.push(dir);
    const file = path.join(dir, 'search-index.bin');

    const first = kiosk(dir);
    const r1 = recorder();
    const s1 = new CatalogSearchService(first.catalog, first.usage, { file, log: r1.log });
    const expected = s1.search('低保需要带什么材料', 5).map((h) => h.id);
    expect(r1.ready).toMatchObject([{ source: 'built', reason: 'missing' }]);
    expect(fs.existsSync(file)).toBe(true);
    open.splice(0).forEach((db) => db.close());

    const second = kiosk(dir);
    const r2 = recorder();
    const s2 = new CatalogSearchService(second.catalog, second.usage, { file, log: r2.log });
    expect(s2.search('低保需要带什么材料', 5).map((h) => h.id)).toEqual(expected);
    expect(r2.ready).toMatchObject([{ source: 'snapshot' }]);

    // A delta: one item gains a 俗称. The index follows at once; its snapshot is written a little later.
    const { items, ...header } = loadDemoCatalog();
    const target = items[3]!;
    second.catalog.applyChanges(
      {
        header: header,
        full: false,
        upserts: [{ item: { ...target, aliases: [...target.aliases, '宠物登记'] }, digest: null }],
        removed: [],
      },
      'test',
    );
    expect(s2.search('宠物登记', 3)[0]?.id).toBe(target.id);
    const before = fs.statSync(file).mtimeMs;
    const bytesBefore = fs.readFileSync(file);
    vi.advanceTimersByTime(SNAPSHOT_WRITE_DELAY_MS);
    expect(fs.readFileSync(file).equals(bytesBefore)).toBe(false);
    expect(fs.statSync(file).mtimeMs).toBeGreaterThanOrEqual(before);
    open.splice(0).forEach((db) => db.close());

    const third = kiosk(dir);
    const r3 = recorder();
    const s3 = new CatalogSearchService(third.catalog, third.usage, { file, log: r3.log });
    expect(s3.search('宠物登记', 3)[0]?.id).toBe(target.id);
    expect(r3.ready).toMatchObject([{ source: 'snapshot' }]);
  });
});
