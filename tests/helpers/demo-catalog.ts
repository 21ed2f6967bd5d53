import fs from 'node:fs';
import path from 'node:path';
import { catalogSchema, type Catalog } from '../../src-main/contract/catalog.schema.js';

export const DEMO_CATALOG_PATH = path.resolve('resources/catalog/demo-catalog.json');

export function loadDemoCatalog(): Catalog {
  return catalogSchema.parse(JSON.parse(fs.readFileSync(DEMO_CATALOG_PATH, 'utf8')));
}
