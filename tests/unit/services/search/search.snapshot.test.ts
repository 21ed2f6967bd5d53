import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogSchema, type ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import {
  createKioskSearchIndex,
  openKioskSearchIndex,
  saveKioskSearchIndex,
} from '../../../../src-main/services/search/kiosk-search.js';
import { readSnapshotFile, snapshotKey } from '../../../../src-main/services/search/search-snapshot.file.js';
import {
  decodeSnapshot,
  encodeSnapshot,
  SnapshotError,
  SNAPSHOT_FORMAT,
} from '../../../../src-main/services/search/search.snapshot.js';
import type { CatalogSearchIndex } from '../../../../src-main/services/search/search.service.js';
import { loadEvalSet } from '../../../../bench/search-eval.js';

const demo: ServiceItem[] = catalogSchema.parse(
  JSON.parse(fs.readFileSync('resources/catalog/demo-catalog.json', 'utf8')),
).items;
const queries = [
  ...loadEvalSet().map((q) => q.query),
  '养老',
  'yanglao',
  'ylbx',
  'yangloa',
  '养劳金',
  '新俗称',
  '宠物登记',
];
const answers = (index: CatalogSearchIndex): string[][] =>
  queries.map((q) =>
    index
      .search(q, 10)
      .map((h) => `${h.id} ${h.score} ${h.field} ${h.kind} ${h.matchedText} ${JSON.stringify(h.highlights)}`),
  );

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-search-snapshot-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fileName = (): string => path.join(dir, `index-${n++}.bin`);

/** A file holding the snapshot of the demo catalog's index under `key`. */
function written(key: string): string {
  const file = fileName();
  saveKioskSearchIndex(createKioskSearchIndex(demo), file, key);
  return file;
}

/**
 * What a fresh build answers now (jieba keeps the words an earlier test's catalog taught it, which may
 * change how a query is cut: the comparison is with a build made at the same point).
 */
const built = (): string[][] => answers(createKioskSearchIndex(demo));

describe('the search index snapshot', () => {
  it('leaves no half-written copy behind when it cannot be written', () => {
    const file = fileName();
    fs.mkdirSync(file); // the rename onto a folder fails, as a full disk fails the write
    const errors: unknown[] = [];
    saveKioskSearchIndex(createKioskSearchIndex(demo), file, 'k', (e) => errors.push(e));
    expect(errors).toHaveLength(1);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('answers every query exactly as the index it was written from', () => {
    const file = written('k');
    const opened = openKioskSearchIndex(demo, file, 'k');
    expect(opened.source).toBe('snapshot');
    expect(answers(opened.index)).toEqual(built());
  });

  it('goes on updating item by item after it was read back, as a fresh build of the new catalog answers', () => {
    const next = demo.map((item, i) =>
      i % 9 === 2 ? { ...item, aliases: [...item.aliases, '新俗称'] } : item,
    );
    next.splice(5, 1);
    next.push({
      ...demo[0]!,
      id: 'pet-register',
      code: '370302-NEW-000001',
      name: '宠物登记',
      aliases: ['养狗登记'],
    });
    const opened = openKioskSearchIndex(demo, written('k'), 'k');
    expect(opened.source).toBe('snapshot');
    opened.index.update(next);
    const fresh = createKioskSearchIndex(demo);
    fresh.update(next);
    expect(answers(opened.index)).toEqual(answers(fresh));
    expect(
      opened.index
        .search('新俗称', 20)
        .map((h) => h.id)
        .sort(),
    ).toEqual(
      next
        .filter((i) => i.aliases.includes('新俗称'))
        .map((i) => i.id)
        .sort(),
    );
    // The updated index (with the slot left empty) is written and read back as well.
    const again = fileName();
    saveKioskSearchIndex(opened.index, again, 'k2');
    const reopened = openKioskSearchIndex(next, again, 'k2');
    expect(reopened.source).toBe('snapshot');
    expect(answers(reopened.index)).toEqual(answers(fresh));
  });

  it('is not used, and the index is built and written again, when the file is cut short', () => {
    const file = written('k');
    const bytes = fs.readFileSync(file);
    const expected = built();
    for (const length of [0, 10, 44, Math.floor(bytes.length / 2), bytes.length - 1]) {
      fs.writeFileSync(file, bytes.subarray(0, length));
      const opened = openKioskSearchIndex(demo, file, 'k');
      expect(opened.source, `cut at ${length}`).toBe('built');
      expect(opened.reason).toBe('damaged');
      expect(answers(opened.index)).toEqual(expected);
      // The build wrote a good file again.
      expect(readSnapshotFile(file, 'k').ok).toBe(true);
    }
  });

  it('is not used when any of its bytes is flipped', () => {
    const file = written('k');
    const bytes = fs.readFileSync(file);
    for (const at of [0, 9, 12, 44, 60, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const bad = Buffer.from(bytes);
      bad[at] = bad[at]! ^ 0x5a;
      fs.writeFileSync(file, bad);
      const read = readSnapshotFile(file, 'k');
      expect(read.ok, `byte ${at}`).toBe(false);
    }
    const opened = openKioskSearchIndex(demo, file, 'k');
    expect(opened.source).toBe('built');
    expect(answers(opened.index)).toEqual(built());
  });

  it('is not used when it is of another format version', () => {
    const file = written('k');
    const bytes = Buffer.from(fs.readFileSync(file));
    bytes.writeUInt32LE(SNAPSHOT_FORMAT - 1, 8);
    fs.writeFileSync(file, bytes);
    expect(readSnapshotFile(file, 'k')).toEqual({ ok: false, reason: 'format' });
    expect(openKioskSearchIndex(demo, file, 'k').source).toBe('built');
  });

  it('refuses a tier whose pinyin offsets run backwards or past its letters', () => {
    const bytes = encodeSnapshot(createKioskSearchIndex(demo).snapshot('k')!);
    expect(decodeSnapshot(bytes).key).toBe('k');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const jsonLength = view.getUint32(0, true);
    const header = JSON.parse(Buffer.from(bytes.subarray(4, 4 + jsonLength)).toString('utf8')) as {
      tiers: Array<{ arrays: Record<string, { offset: number; length: number }> }>;
    };
    const start = Math.ceil((4 + jsonLength) / 8) * 8;
    const pyOff = header.tiers[0]!.arrays.pyOff!;
    const at = start + pyOff.offset + 4 * 5;
    for (const bad of [view.getInt32(at - 4, true) - 1, 1 << 30]) {
      const copy = Uint8Array.from(bytes);
      new DataView(copy.buffer).setInt32(at, bad, true);
      expect(() => decodeSnapshot(copy), String(bad)).toThrow(SnapshotError);
    }
  });

  it('is not used for another catalog, nor for items its slots do not hold', () => {
    const file = written('k');
    expect(readSnapshotFile(file, 'other')).toEqual({ ok: false, reason: 'other-catalog' });
    const opened = openKioskSearchIndex(demo, file, 'other');
    expect(opened).toMatchObject({ source: 'built', reason: 'other-catalog' });
    // Same key, but an item more or less than the snapshot holds: built.
    const fewer = demo.slice(1);
    expect(openKioskSearchIndex(fewer, written('k'), 'k')).toMatchObject({
      source: 'built',
      reason: 'other-items',
    });
  });

  it('keys a catalog by its items, their order and contents, and the lexicon', () => {
    const a = snapshotKey(
      [
        ['a', '1'],
        ['b', '2'],
      ],
      'lex',
    );
    expect(
      snapshotKey(
        [
          ['a', '1'],
          ['b', '2'],
        ],
        'lex',
      ),
    ).toBe(a);
    expect(
      snapshotKey(
        [
          ['b', '2'],
          ['a', '1'],
        ],
        'lex',
      ),
    ).not.toBe(a);
    expect(
      snapshotKey(
        [
          ['a', '1'],
          ['b', '3'],
        ],
        'lex',
      ),
    ).not.toBe(a);
    expect(
      snapshotKey(
        [
          ['a', '1'],
          ['b', '2'],
        ],
        'lex2',
      ),
    ).not.toBe(a);
  });

  it('holds catalog texts only: nothing a citizen searched for', () => {
    const index = createKioskSearchIndex(demo);
    const typed = ['370302199001011234', '13812345678', '张三丰要办低保'];
    for (const q of typed) index.search(q, 10);
    const file = fileName();
    saveKioskSearchIndex(index, file, 'k');
    const text = fs.readFileSync(file).toString('utf8');
    for (const q of typed) expect(text.includes(q)).toBe(false);
    expect(text.includes('张三丰')).toBe(false);
  });
});
