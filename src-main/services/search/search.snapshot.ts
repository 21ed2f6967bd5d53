/**
 * The search index as bytes, so a kiosk or the CLI reads it back instead of building it again: the
 * phrase index's tiers and the word index, keyed by the catalog they were built from (and the lexicon).
 * It holds catalog texts only (names, 俗称, catalog words): nothing a citizen typed.
 * Layout: a u32 header length, the header (JSON: key, slot ids, texts, terms, pinyin space, and where each
 * typed array sits), then the typed arrays, each at an offset that is a multiple of 8.
 * Pure: no Node, no DOM (the file, its checksum and its atomic write are search-snapshot.file.ts).
 */
import type { SearchField } from '../../contract/search.types.js';
import { tierPostings, type BuiltIndex, type IndexedText, type Tier } from './search.index.js';
import { SoundTable } from './search.sound-table.js';
import type { WordIndex } from './search.words.js';

/** Bump when the layout or anything that decides the index's content (segmentation, pinyin, ranking data) changes. */
export const SNAPSHOT_FORMAT = 3;

/** What a snapshot holds: enough to answer queries and to go on updating item by item. */
export interface SearchSnapshot {
  /** The catalog (and lexicon) the index was built from; a snapshot of another key is never used. */
  key: string;
  /** The item id in each slot (null: a slot emptied by an update). */
  slotIds: ReadonlyArray<string | null>;
  phrase: BuiltIndex;
  words: WordIndex;
  /** The word index's field length averages. */
  averages: readonly number[];
}

type ArrayKind = 'i32' | 'u8' | 'u16' | 'f32' | 'f64';
type AnyArray = Int32Array | Uint8Array | Uint16Array | Float32Array | Float64Array;

interface ArrayRef {
  kind: ArrayKind;
  offset: number;
  length: number;
}

interface TierHeader {
  base: number;
  typos: boolean;
  maxUnits: number;
  /** [text, field, units, items] */
  texts: Array<[string, SearchField, number, number[]]>;
  arrays: Record<string, ArrayRef>;
}

interface Header {
  format: number;
  key: string;
  slotIds: Array<string | null>;
  tiers: TierHeader[];
  words: {
    itemCount: number;
    terms: string[];
    live: number[];
    byPinyin: Array<[string, string[]]>;
    averages: number[];
    arrays: Record<string, ArrayRef>;
  };
}

export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

const TIER_ARRAYS = ['textFirst', 'textEnd', 'unitText', 'lit', 'han', 'py', 'pyOff'] as const;
const WORD_ARRAYS = ['postFirst', 'postItems', 'postWeight', 'postField', 'idf'] as const;

const kindOf = (a: AnyArray): ArrayKind =>
  a instanceof Int32Array
    ? 'i32'
    : a instanceof Uint8Array
      ? 'u8'
      : a instanceof Uint16Array
        ? 'u16'
        : a instanceof Float32Array
          ? 'f32'
          : 'f64';

const make = (kind: ArrayKind, buffer: ArrayBuffer): AnyArray =>
  kind === 'i32'
    ? new Int32Array(buffer)
    : kind === 'u8'
      ? new Uint8Array(buffer)
      : kind === 'u16'
        ? new Uint16Array(buffer)
        : kind === 'f32'
          ? new Float32Array(buffer)
          : new Float64Array(buffer);

const WIDTH: Record<ArrayKind, number> = { i32: 4, u8: 1, u16: 2, f32: 4, f64: 8 };

export function encodeSnapshot(snapshot: SearchSnapshot): Uint8Array {
  const blobs: AnyArray[] = [];
  let at = 0;
  const ref = (a: AnyArray): ArrayRef => {
    const r = { kind: kindOf(a), offset: at, length: a.length };
    blobs.push(a);
    at += Math.ceil(a.byteLength / 8) * 8;
    return r;
  };
  const tiers: TierHeader[] = snapshot.phrase.tiers.map((tier) => ({
    base: tier.base,
    typos: tier.typos,
    maxUnits: tier.maxUnits,
    texts: tier.texts.map((t) => [t.text, t.field, t.units, t.items]),
    arrays: Object.fromEntries(TIER_ARRAYS.map((name) => [name, ref(tier[name])])),
  }));
  const w = snapshot.words;
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    key: snapshot.key,
    slotIds: [...snapshot.slotIds],
    tiers,
    words: {
      itemCount: w.itemCount,
      terms: w.terms,
      live: [...w.termId.values()],
      byPinyin: [...w.byPinyin.entries()].map(([k, words]) => [k, [...words]]),
      averages: [...snapshot.averages],
      arrays: Object.fromEntries(WORD_ARRAYS.map((name) => [name, ref(w[name])])),
    },
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = Math.ceil((4 + json.length) / 8) * 8;
  const out = new Uint8Array(start + at);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  let offset = start;
  for (const a of blobs) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  return out;
}

/** The snapshot in `bytes`; throws SnapshotError when they are not one of this format. */
export function decodeSnapshot(bytes: Uint8Array): SearchSnapshot {
  if (bytes.length < 4) throw new SnapshotError('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(0, true);
  if (4 + jsonLength > bytes.length) throw new SnapshotError('header past the end');
  let header: Header;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(4, 4 + jsonLength)),
    ) as Header;
  } catch {
    throw new SnapshotError('header unreadable');
  }
  if (header?.format !== SNAPSHOT_FORMAT) throw new SnapshotError('other format');
  const start = Math.ceil((4 + jsonLength) / 8) * 8;
  const read = <T extends AnyArray>(r: ArrayRef, kind: ArrayKind): T => {
    if (r?.kind !== kind || !Number.isInteger(r.offset) || !Number.isInteger(r.length) || r.length < 0)
      throw new SnapshotError('bad array');
    const from = start + r.offset;
    const to = from + r.length * WIDTH[kind];
    if (r.offset < 0 || to > bytes.length) throw new SnapshotError('array past the end');
    // A copy: aligned, and free of the file's buffer.
    const copy = new Uint8Array(to - from);
    copy.set(bytes.subarray(from, to));
    return make(kind, copy.buffer) as T;
  };
  const tiers: Tier[] = header.tiers.map((t) => {
    const a = t.arrays;
    const texts: IndexedText[] = t.texts.map(([text, field, units, items]) => ({
      text,
      field,
      units,
      items,
    }));
    const units = {
      textFirst: read<Int32Array>(a.textFirst!, 'i32'),
      textEnd: read<Int32Array>(a.textEnd!, 'i32'),
      unitText: read<Int32Array>(a.unitText!, 'i32'),
      lit: read<Int32Array>(a.lit!, 'i32'),
      han: read<Uint8Array>(a.han!, 'u8'),
      py: read<Uint16Array>(a.py!, 'u16'),
      pyOff: read<Int32Array>(a.pyOff!, 'i32'),
    };
    checkTier(units, texts.length);
    return { base: t.base, typos: t.typos, maxUnits: t.maxUnits, texts, ...units, ...tierPostings(units) };
  });
  const slots = header.slotIds.length;
  const h = header.words;
  const wa = h.arrays;
  const termId = new Map<string, number>();
  for (const t of h.live) {
    const term = h.terms[t];
    if (term === undefined) throw new SnapshotError('bad term');
    termId.set(term, t);
  }
  const words: WordIndex = {
    itemCount: h.itemCount,
    terms: h.terms,
    termId,
    byPinyin: new SoundTable(new Map(h.byPinyin)),
    postFirst: read(wa.postFirst!, 'i32'),
    postItems: read(wa.postItems!, 'i32'),
    postWeight: read(wa.postWeight!, 'f32'),
    postField: read(wa.postField!, 'u8'),
    idf: read(wa.idf!, 'f32'),
  };
  checkWords(words, slots);
  const phrase: BuiltIndex = { items: [], tiers, nameLength: new Int32Array(0) };
  for (const tier of tiers)
    for (const t of tier.texts)
      for (const i of t.items) if (!(i >= 0 && i < slots)) throw new SnapshotError('bad item');
  return { key: header.key, slotIds: header.slotIds, phrase, words, averages: h.averages };
}

/** Bounds the search relies on (a damaged file must fail here, never index out of range in a query). */
function checkTier(t: Pick<Tier, (typeof TIER_ARRAYS)[number]>, n: number): void {
  const units = t.unitText.length;
  const ok =
    t.textFirst.length === n &&
    t.textEnd.length === n &&
    t.lit.length === units &&
    t.han.length === units &&
    t.pyOff.length === units + 1 &&
    t.pyOff[units] === t.py.length &&
    t.unitText.every((x) => x >= 0 && x < n) &&
    t.textFirst.every((f, x) => f >= 0 && f <= t.textEnd[x]! && t.textEnd[x]! <= units) &&
    t.pyOff.every((p, g) => p >= 0 && p <= t.py.length && (g === 0 || p >= t.pyOff[g - 1]!));
  if (!ok) throw new SnapshotError('bad tier');
}

function checkWords(w: WordIndex, slots: number): void {
  const terms = w.terms.length;
  const size = w.postItems.length;
  const ok =
    w.itemCount === slots &&
    w.postFirst.length === terms + 1 &&
    w.idf.length === terms &&
    w.postFirst[terms] === size &&
    w.postWeight.length === size &&
    w.postField.length === size &&
    w.postItems.every((i) => i >= 0 && i < slots);
  if (!ok) throw new SnapshotError('bad word index');
}
