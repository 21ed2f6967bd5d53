import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import {
  createKioskSearchIndex,
  openKioskSearchIndex,
  saveKioskSearchIndex,
} from '../../../../src-main/services/search/kiosk-search.js';
import { SoundTable } from '../../../../src-main/services/search/search.sound-table.js';
import { loadEvalSet } from '../../../../bench/search-eval.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';

const demo: ServiceItem[] = loadDemoCatalog().items;
// Pinyin and homophone slips read the pinyin space; the eval set has both kinds, and the others.
const queries = [...loadEvalSet().map((q) => q.query), 'yanglaojin', 'shebaoka', '养劳金', '残疾正', 'dibao'];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-sound-table-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the pinyin space, filled at its first read', () => {
  it('fills once, at its first read, and never again', () => {
    let fills = 0;
    const table = new SoundTable(() => {
      fills++;
      return new Map([['yanglao', ['养老']]]);
    });
    expect(table.filled).toBe(false);
    expect(table.get('yanglao')).toEqual(['养老']);
    expect(table.get('none')).toBeUndefined();
    expect(table.filled).toBe(true);
    expect(fills).toBe(1);
  });

  it('gives a query right after the build the same answer as a warmed index', () => {
    const warmed = createKioskSearchIndex(demo);
    warmed.warm();
    const expected = queries.map((q) => JSON.stringify(warmed.explain(q, 10)));
    // Each query first on an index of its own, so each one is the one that fills the space.
    for (const [i, q] of queries.entries()) {
      if (i % 40 !== 0 && !/^[a-z]+$|劳|正/u.test(q)) continue;
      expect(JSON.stringify(createKioskSearchIndex(demo).explain(q, 10)), q).toBe(expected[i]);
    }
    const cold = createKioskSearchIndex(demo);
    expect(queries.map((q) => JSON.stringify(cold.explain(q, 10)))).toEqual(expected);
  });

  it('is saved whole with the index even when no query read it yet', () => {
    const file = path.join(dir, 'index.bin');
    const warmed = createKioskSearchIndex(demo);
    warmed.warm();
    saveKioskSearchIndex(createKioskSearchIndex(demo), file, 'k', (e) => {
      throw e;
    });
    const opened = openKioskSearchIndex(demo, file, 'k');
    expect(opened.source).toBe('snapshot');
    for (const q of queries)
      expect(JSON.stringify(opened.index.explain(q, 10)), q).toBe(JSON.stringify(warmed.explain(q, 10)));
  });
});
