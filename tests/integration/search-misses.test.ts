/**
 * The search's help and missed-query list through the kiosk's own dispatch, on a real SQLite file: a
 * miss is kept for the admin's 统计 only when it cannot be personal data, and the help view's examples
 * all find something.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskApp } from '../../src-main/app.js';
import type { AdminStats } from '../../src-main/contract/admin.types.js';
import type { Result } from '../../src-main/contract/result.js';
import type { SearchHelp, SearchHit } from '../../src-main/contract/search.types.js';
import { createLogger } from '../../src-main/log/logger.js';
import { tempDir } from '../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('queries that found nothing', () => {
  it('lists kept misses in admin.stats and keeps no ID, phone, name or address anywhere', async () => {
    const data = tempDir('search-miss');
    cleanups.push(() => data.remove());
    const log = createLogger({ file: path.join(data.dir, 'logs', 'kiosk.log'), level: 'debug' });
    const app = createKioskApp({ dataDir: data.dir, log, sync: false });
    cleanups.push(() => app.close());
    const personal = ['370303199001011234', '138 1234 5678', '王秀英', '东河村3组'];
    for (const query of ['户口迁移', '户口迁移', '狗狗', ...personal]) {
      ok<SearchHit[]>(await app.dispatch('catalog.search', { query }));
      await app.dispatch('catalog.searchMiss', { query });
    }
    ok(await app.dispatch('admin.enter', { pin: '123456' }));
    const stats = ok<AdminStats>(await app.dispatch('admin.stats', { days: 30 }));
    expect(stats.searchMisses.map(({ query, count }) => ({ query, count }))).toEqual([
      { query: '户口迁移', count: 2 },
      { query: '狗狗', count: 1 },
    ]);
    app.close();
    // Nothing personal in any file the kiosk wrote: database, its journal, logs.
    const files = (fs.readdirSync(data.dir, { recursive: true }) as string[])
      .map((f) => path.join(data.dir, f))
      .filter((f) => fs.statSync(f).isFile());
    expect(files.some((f) => f.endsWith('.db'))).toBe(true);
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      for (const p of personal) expect(bytes.includes(Buffer.from(p)), `${p} in ${file}`).toBe(false);
    }
  });

  it('offers examples that each find something, and categories', async () => {
    const data = tempDir('search-help');
    cleanups.push(() => data.remove());
    const app = createKioskApp({ dataDir: data.dir, log: createLogger({ level: 'silent' }), sync: false });
    cleanups.push(() => app.close());
    const help = ok<SearchHelp>(await app.dispatch('catalog.searchHelp', { query: '残联的事' }));
    expect(help.examples.length).toBeGreaterThanOrEqual(2);
    for (const q of help.examples)
      expect(ok<SearchHit[]>(await app.dispatch('catalog.search', { query: q })).length, q).toBeGreaterThan(
        0,
      );
    expect(help.categoriesNear).toBe(true);
    expect(help.categories.length).toBeGreaterThan(0);
    expect(help.popular.length).toBeGreaterThanOrEqual(3);
    const none = ok<SearchHelp>(await app.dispatch('catalog.searchHelp', { query: 'qqqq' }));
    expect(none.categoriesNear).toBe(false);
    expect(none.categories.length).toBeGreaterThan(0);
  });
});
