/** `kiosk catalog validate FILE`, and a bad catalog never replacing the one in use. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../../src-main/cli/main.js';
import { InputError } from '../../../../src-main/contract/errors.js';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { CatalogService } from '../../../../src-main/services/catalog/catalog.service.js';
import { CatalogRepository } from '../../../../src-main/store/catalog.repository.js';
import { openDatabase } from '../../../../src-main/store/database.js';
import { DEMO_CATALOG_PATH } from '../../../helpers/demo-catalog.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return main(args, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') }).then((code) => ({
    code,
    out,
    err,
  }));
}

function badCatalog(dir: string): string {
  const catalog = JSON.parse(fs.readFileSync(DEMO_CATALOG_PATH, 'utf8')) as {
    items: Array<Record<string, unknown>>;
  };
  catalog.items[2] = { ...catalog.items[2], feeStandard: '无' };
  catalog.items[5] = { ...catalog.items[5], conditions: ['法律、法规规定的其他条件'] };
  const file = path.join(dir, 'bad.json');
  fs.writeFileSync(file, JSON.stringify(catalog));
  return file;
}

describe('kiosk catalog validate', () => {
  it('accepts the demo catalog', async () => {
    const { code, out } = await run(['catalog', 'validate', DEMO_CATALOG_PATH]);
    expect(code).toBe(0);
    expect(out).toContain('64 个事项');
  });

  it('names each bad item and field, and exits non-zero', async () => {
    const t = tempDir('catalog-cli');
    cleanups.push(t.remove);
    const { code, err } = await run(['catalog', 'validate', badCatalog(t.dir)]);
    expect(code).toBe(1);
    expect(err).toMatch(/第 3 项「.+」 feeStandard: 收费应写"不收费"/);
    expect(err).toMatch(/第 6 项「.+」 conditions\.0: 受理条件不能含/);
  });

  it('an invalid catalog never replaces the one in use', () => {
    const t = tempDir('catalog-cli');
    cleanups.push(t.remove);
    const db = openDatabase(path.join(t.dir, 'k.db'));
    cleanups.unshift(() => db.close());
    const service = new CatalogService(new CatalogRepository(db), silentLogger());
    service.installFile(DEMO_CATALOG_PATH, 'demo');
    const before = service.all().length;
    expect(() => service.installFile(badCatalog(t.dir), 'server')).toThrow(InputError);
    expect(service.all()).toHaveLength(before);
    expect(service.meta()?.source).toBe('demo');
  });
});
