import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogRepository } from '../../../src-main/store/catalog.repository.js';
import { openDatabase } from '../../../src-main/store/database.js';
import { loadDemoCatalog } from '../../helpers/demo-catalog.js';
import { tempDir } from '../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('catalog repository', () => {
  it('replaces the catalog whole and keeps its version', () => {
    const t = tempDir('catalog-repo');
    cleanups.push(t.remove);
    const db = openDatabase(path.join(t.dir, 'k.db'));
    cleanups.unshift(() => db.close());
    const repo = new CatalogRepository(db);
    const catalog = loadDemoCatalog();
    repo.replace(catalog, 'demo');
    expect(repo.meta()?.version).toBe(catalog.version);
    expect(repo.items().map((i) => i.id)).toEqual(catalog.items.map((i) => i.id));
  });

  it('leaves the old catalog in place when the replacement fails midway', () => {
    const t = tempDir('catalog-repo');
    cleanups.push(t.remove);
    const db = openDatabase(path.join(t.dir, 'k.db'));
    cleanups.unshift(() => db.close());
    const repo = new CatalogRepository(db);
    const catalog = loadDemoCatalog();
    repo.replace(catalog, 'demo');
    const first = catalog.items[0]!;
    // Two items with the same code violate the UNIQUE constraint halfway through the insert.
    const broken = {
      ...catalog,
      version: 'broken',
      items: [first, { ...catalog.items[1]!, code: first.code }],
    };
    expect(() => repo.replace(broken, 'server')).toThrow();
    expect(repo.meta()?.version).toBe(catalog.version);
    expect(repo.items()).toHaveLength(catalog.items.length);
  });
});
