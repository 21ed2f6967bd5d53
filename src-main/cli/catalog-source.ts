/** The catalog a CLI command works on: this kiosk's store when it has one, else the bundled demo. */
import fs from 'node:fs';
import path from 'node:path';
import type { ServiceItem } from '../contract/catalog.schema.js';
import { defaultDataDir, resourcesDir } from '../paths.js';
import { DEMO_CATALOG_FILE } from '../services/catalog/catalog.service.js';
import { validateCatalogFile } from '../services/catalog/catalog.validate.js';
import { CatalogRepository } from '../store/catalog.repository.js';
import { openDatabase } from '../store/database.js';

export function loadCatalogItems(dataDir = defaultDataDir()): ServiceItem[] {
  const dbFile = path.join(dataDir, 'kiosk.db');
  if (fs.existsSync(dbFile)) {
    const db = openDatabase(dbFile);
    try {
      const items = new CatalogRepository(db).items();
      if (items.length > 0) return items;
    } finally {
      db.close();
    }
  }
  const result = validateCatalogFile(path.join(resourcesDir(), DEMO_CATALOG_FILE));
  if (!result.ok) throw new Error('内置演示目录无效 / bundled demo catalog invalid');
  return result.catalog.items;
}
