import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CATALOG_FILE } from '../../../src-main/services/catalog/catalog.service.js';
import type * as SourceModuleNs from '../../../src-main/cli/search-source.js';
import type * as JiebaModuleNs from '../../../src-main/services/search/jieba.segmenter.js';

type SourceModule = typeof SourceModuleNs;
type JiebaModule = typeof JiebaModuleNs;

/** The CLI's modules as a fresh `kiosk` process has them (nothing loaded, no word known yet). */
async function freshProcess(): Promise<{ source: SourceModule; jieba: JiebaModule }> {
  vi.resetModules();
  const [source, jieba] = await Promise.all([
    import('../../../src-main/cli/search-source.js'),
    import('../../../src-main/services/search/jieba.segmenter.js'),
  ]);
  return { source, jieba };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the catalog and index kiosk search works on', () => {
  it('reads the demo catalog with its index snapshot on the second call, without loading jieba', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-cli-search-'));
    dirs.push(dataDir);
    const first = await freshProcess();
    const a = await first.source.openSearchSource(dataDir);
    expect(fs.existsSync(path.join(dataDir, 'search-index.bin'))).toBe(true);
    const expected = a.index.search('低保', 10).map((h) => h.id);
    expect(expected[0]).toBe('dibao-confirm');

    const second = await freshProcess();
    const b = await second.source.openSearchSource(dataDir);
    expect(b.items.map((i) => i.id)).toEqual(a.items.map((i) => i.id));
    expect(b.index.search('低保', 10).map((h) => h.id)).toEqual(expected);
    expect(b.index.search('dibao', 10).map((h) => h.id)[0]).toBe('dibao-confirm');
    expect(second.jieba.jiebaLoaded()).toBe(false);
    // A query that needs cutting loads it then, and is answered as by a fresh build.
    const phrase = '低保需要带什么材料';
    expect(b.index.search(phrase, 5).map((h) => h.id)).toEqual(a.index.search(phrase, 5).map((h) => h.id));
    expect(second.jieba.jiebaLoaded()).toBe(true);
  });

  it('builds without keeping anything when the data folder does not exist', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-cli-search-'));
    dirs.push(parent);
    const dataDir = path.join(parent, 'absent');
    const { source } = await freshProcess();
    const s = await source.openSearchSource(dataDir);
    expect(s.index.search('低保', 3)[0]?.id).toBe('dibao-confirm');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('names the same demo catalog file the catalog service installs', async () => {
    const { source } = await freshProcess();
    expect(source.DEMO_CATALOG_PATH).toBe(DEMO_CATALOG_FILE);
  });
});
