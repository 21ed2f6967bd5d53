import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CatalogService, DEMO_CATALOG_FILE } from '../../../../src-main/services/catalog/catalog.service.js';
import { createLogger } from '../../../../src-main/log/logger.js';
import { resourcesDir } from '../../../../src-main/paths.js';
import { CatalogRepository } from '../../../../src-main/store/catalog.repository.js';
import { openDatabase } from '../../../../src-main/store/database.js';
import { tempDir } from '../../../helpers/temp-dir.js';

describe('CatalogService reads its items at their first use', () => {
  const dirs: Array<{ remove: () => void }> = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const d of dirs.splice(0)) d.remove();
  });

  function installed(): { repo: CatalogRepository; close: () => void } {
    const dir = tempDir('catalog-lazy');
    dirs.push(dir);
    const db = openDatabase(path.join(dir.dir, 'kiosk.db'));
    const repo = new CatalogRepository(db);
    new CatalogService(repo, createLogger({ level: 'silent' })).ensureInstalled(
      path.join(resourcesDir(), DEMO_CATALOG_FILE),
      'demo',
    );
    return { repo, close: () => db.close() };
  }

  it('a start, the meta and the home screen names read no item body; the first list reads them once', () => {
    const { repo, close } = installed();
    try {
      const first = repo.items()[0]!;
      const items = vi.spyOn(repo, 'items');
      const catalog = new CatalogService(repo, createLogger({ level: 'silent' }));
      expect(catalog.meta()?.version).toBeTruthy();
      expect(catalog.name(first.id)).toBe(first.name);
      expect(catalog.name('no-such-item')).toBeUndefined();
      expect(items).not.toHaveBeenCalled();

      expect(catalog.all().length).toBeGreaterThan(0);
      expect(catalog.item(first.id).name).toBe(first.name);
      expect(catalog.groups().length).toBeGreaterThan(0);
      expect(catalog.name(first.id)).toBe(first.name);
      expect(items).toHaveBeenCalledTimes(1);
    } finally {
      close();
    }
  });
});
