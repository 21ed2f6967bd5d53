/**
 * The catalog door under any input: a catalog file (the bundled demo, a file a technician validates, a
 * page the district server sent) is either a valid catalog or a list of problems naming the item and
 * the field, never an exception; installing one either replaces the catalog or throws a typed
 * InputError and keeps the old one.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src-main/contract/errors.js';
import { silentLogger } from '../../../src-main/log/logger.js';
import { CatalogService } from '../../../src-main/services/catalog/catalog.service.js';
import {
  formatProblems,
  validateCatalog,
  validateCatalogFile,
  type CatalogValidation,
} from '../../../src-main/services/catalog/catalog.validate.js';
import { CatalogRepository } from '../../../src-main/store/catalog.repository.js';
import { openDatabase, type Db } from '../../../src-main/store/database.js';
import { DEMO_CATALOG_PATH } from '../../helpers/demo-catalog.js';
import { tempDir } from '../../helpers/temp-dir.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DEMO = JSON.parse(fs.readFileSync(DEMO_CATALOG_PATH, 'utf8')) as { items: Json[] } & Record<
  string,
  Json
>;
/** Items of every shape (with and without a form, 即办件 and 承诺件…): enough to mutate, cheap to validate. */
const SAMPLE = { ...DEMO, items: DEMO.items.filter((_, i) => i % 6 === 0) };

function expectWellFormed(result: CatalogValidation): void {
  if (result.ok) {
    expect(result.catalog.items.length).toBeGreaterThan(0);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.field).toBe('string');
    expect(p.field.length).toBeGreaterThan(0);
    expect(typeof p.message).toBe('string');
    if (p.itemIndex !== undefined) expect(Number.isInteger(p.itemIndex)).toBe(true);
  }
  expect(formatProblems(result.problems)).toHaveLength(result.problems.length);
}

/** Every path to a leaf (or an empty container) inside a JSON value, as key lists. */
function leafPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.length === 0 ? [prefix] : value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? [prefix] : keys.flatMap((k) => leafPaths(value[k] as Json, [...prefix, k]));
  }
  return [prefix];
}

function kind(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** A copy of `root` with the value at `at` replaced (or removed when `replacement` is undefined). */
function mutate(root: Json, at: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = at.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

describe('catalog validation (property)', () => {
  it('answers any JSON with a catalog or named problems, never an exception', () => {
    const catalogish = fc.record(
      {
        version: fc.oneof(fc.string(), fc.jsonValue()),
        publishedAt: fc.oneof(fc.constant('2026-11-25T08:00:00+08:00'), fc.string(), fc.jsonValue()),
        region: fc.oneof(fc.string(), fc.jsonValue()),
        items: fc.oneof(
          fc.array(fc.jsonValue(), { maxLength: 4 }),
          fc.array(fc.constantFrom(...DEMO.items.slice(0, 5)), { maxLength: 4 }),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), catalogish, fc.anything()), (data) => {
        expectWellFormed(validateCatalog(data));
      }),
      { numRuns: 500 },
    );
  });

  it('names the item and the field of any one broken value in the demo catalog', () => {
    const target = fc
      .integer({ min: 0, max: SAMPLE.items.length - 1 })
      .chain((index) =>
        fc.tuple(fc.constant(index), fc.constantFrom(...leafPaths(SAMPLE.items[index] as Json))),
      );
    fc.assert(
      fc.property(target, fc.jsonValue(), fc.boolean(), ([index, at], value, remove) => {
        const item = SAMPLE.items[index] as Json;
        const old = at.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], item);
        // A value of another JSON kind can never be right; removing a key may be (optional fields).
        fc.pre(remove || kind(value) !== kind(old));
        const items = [...SAMPLE.items];
        items[index] = mutate(item, at, remove ? undefined : (value as Json));
        const result = validateCatalog({ ...SAMPLE, items });
        expectWellFormed(result);
        if (result.ok) {
          expect(remove).toBe(true);
          return;
        }
        const where = at.join('.');
        for (const p of result.problems) expect(p.itemIndex).toBe(index);
        expect(
          result.problems.some(
            (p) =>
              p.field === '(item)' ||
              where.startsWith(p.field) ||
              p.field.startsWith(where) ||
              // A changed form field can make the form's 样表 wrong: the problem names the sample.
              (where.startsWith('form.fields') && p.field.startsWith('form.sample')),
          ),
        ).toBe(true);
        const name = (item as { name: string }).name;
        if (at[0] !== 'name') expect(formatProblems(result.problems)[0]).toContain(`「${name}」`);
      }),
      { numRuns: 300 },
    );
  });

  it('reads any bytes as a catalog file without throwing', () => {
    const t = tempDir('catalog-bytes');
    try {
      const file = path.join(t.dir, 'catalog.json');
      fc.assert(
        fc.property(
          fc.oneof(
            fc.uint8Array({ maxLength: 400 }),
            fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v))),
            fc.nat({ max: 4000 }).map((cut) => fs.readFileSync(DEMO_CATALOG_PATH).subarray(0, cut)),
          ),
          (bytes) => {
            fs.writeFileSync(file, bytes);
            const result = validateCatalogFile(file);
            expectWellFormed(result);
          },
        ),
        { numRuns: 200 },
      );
    } finally {
      t.remove();
    }
  });
});

describe('catalog install (property)', () => {
  let dir: { dir: string; remove: () => void };
  let db: Db;
  beforeAll(() => {
    dir = tempDir('catalog-install');
    db = openDatabase(path.join(dir.dir, 'kiosk.db'));
  });
  afterAll(() => {
    db.close();
    dir.remove();
  });

  it('replaces the catalog with a valid file, or throws InputError and keeps the old one', () => {
    const catalog = new CatalogService(new CatalogRepository(db), silentLogger());
    const demo = catalog.installFile(DEMO_CATALOG_PATH, 'demo');
    const file = path.join(dir.dir, 'candidate.json');
    const candidate = fc.oneof(
      fc.jsonValue(),
      fc
        .tuple(fc.nat({ max: 63 }), fc.constantFrom('name', 'materials', 'itemType', 'id'), fc.jsonValue())
        .map(([i, key, value]) => {
          const items = DEMO.items.map((it) => structuredClone(it)) as Record<string, Json>[];
          items[i % items.length]![key] = value as Json;
          return { ...DEMO, items };
        }),
    );
    fc.assert(
      fc.property(candidate, (data) => {
        fs.writeFileSync(file, JSON.stringify(data));
        const valid = validateCatalog(data).ok;
        try {
          catalog.installFile(file, 'test');
          expect(valid).toBe(true);
          // Put the demo back for the next run.
          catalog.installFile(DEMO_CATALOG_PATH, 'demo');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect(valid).toBe(false);
          expect(catalog.meta()?.version).toBe(demo.version);
          expect(catalog.all()).toHaveLength(DEMO.items.length);
        }
      }),
      { numRuns: 100 },
    );
  });
});
