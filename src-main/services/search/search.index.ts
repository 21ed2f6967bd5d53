/**
 * Builds the search index once per catalog: every searchable text cut into units (汉字, digits, letters)
 * with its pinyin, grouped in tiers (name, alias, material, condition, other). Each tier lays its units end
 * to end in flat typed arrays (no pointer chasing in the hot loop); its posting lists, made per key at
 * the key's first query, give a query its few possible starting units, so a query never scans the whole
 * catalog.
 * Pure: no Node, no DOM.
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import { textPinyin, wordPinyin } from './search.pinyin.js';
import { isHan, normalizeChars } from './search.query.js';
import type { Segmenter } from './search.segmenter.js';
import { LazyPostings, type Postings } from './search.postings.js';
import { grown } from './search.typed-arrays.js';
import type { SearchField } from '../../contract/search.types.js';

/** One searchable text (deduplicated within its tier: a material shared by 500 items is indexed once). */
export interface IndexedText {
  text: string;
  field: SearchField;
  /** Number of units. */
  units: number;
  /** Indexes of the items that carry this text, ascending. */
  items: number[];
}

export interface Tier {
  /** Base of the score of a hit in this tier. */
  base: number;
  /** Whether one-edit pinyin typos are looked for here (only in names and aliases: elsewhere it is noise). */
  typos: boolean;
  texts: IndexedText[];
  /** First unit of each text in the tier's unit arrays, and the unit after its last. */
  textFirst: Int32Array;
  textEnd: Int32Array;
  /** For each unit of the tier (texts laid end to end): its text. */
  unitText: Int32Array;
  /** Code point of each unit (lower-cased, NFKC-folded). */
  lit: Int32Array;
  /** 1 where the unit is 汉字 read through its pinyin. */
  han: Uint8Array;
  /**
   * The pinyin of the tier's texts, syllables laid end to end as char codes (a unit that is not 汉字 is
   * spelled by itself; 0xffff stands for a character outside the BMP). Unit `g` is `py[pyOff[g]..pyOff[g+1])`.
   */
  py: Uint16Array;
  pyOff: Int32Array;
  /** Postings keyed by one unit: the 汉字 or letter itself, or the first letter of its pinyin. */
  k1: Postings;
  /**
   * Postings keyed by two letters: every way the first two letters of a pinyin query can start here (the
   * first two of a syllable, or the initials of two neighbouring units). A query of three letters or more
   * keeps those of its first two where the three can start (startsLetters), a 汉字 query those of its first
   * 汉字 in k1 followed by its second character: lists of their own were most of the build, for queries
   * that read a few hundred units of a list.
   */
  k2: Postings;
  /** The longest text of the tier in units (sizes the matcher's memo). */
  maxUnits: number;
}

export interface BuiltIndex {
  /** The items by slot; a removed item leaves its slot empty. */
  items: ReadonlyArray<ServiceItem | undefined>;
  tiers: Tier[];
  /** Length of each item's name, the first tie-breaker. */
  nameLength: Int32Array;
}

/** Score bases: any name match outranks any alias match, which outranks the other texts (typos aside). */
export const TIER_BASES = { name: 1000, alias: 800, material: 500, condition: 400, other: 300 } as const;

/**
 * The texts drafted for a tier since it was last built: their units laid end to end in growable typed
 * arrays, as the tier will hold them (no arrays per text), ready to be copied after the tier's own.
 */
class Drafts {
  texts: IndexedText[] = [];
  /** Text `i`'s units are `[unitEnd[i - 1] (0 for the first), unitEnd[i])`. */
  unitEnd = new Int32Array(256);
  units = 0;
  /** Code point of each unit. */
  lit = new Int32Array(4096);
  han = new Uint8Array(4096);
  /** What spells each unit (its toneless pinyin for 汉字, the unit itself otherwise), as in Tier.py. */
  py = new Uint16Array(16384);
  letters = 0;
  /** Unit `u` is spelled by `py[pyOff[u]..pyOff[u + 1])`. */
  pyOff = new Int32Array(4097);
  maxUnits = 0;

  /** Room for `units` more units spelled by at most `letters` more letters. */
  reserve(units: number, letters: number): void {
    const u = this.units + units;
    if (u >= this.lit.length) {
      const size = Math.max(u + 1, this.lit.length * 2);
      this.lit = grown(this.lit, size);
      this.han = grown(this.han, size);
      this.pyOff = grown(this.pyOff, size + 1);
    }
    const l = this.letters + letters;
    if (l > this.py.length) this.py = grown(this.py, Math.max(l, this.py.length * 2));
  }

  /** Ends a text of `n` units (already laid out) as the next text. */
  close(text: IndexedText, n: number): void {
    const i = this.texts.length;
    if (i === this.unitEnd.length) this.unitEnd = grown(this.unitEnd, i * 2);
    this.texts.push(text);
    this.units += n;
    this.unitEnd[i] = this.units;
    this.pyOff[this.units] = this.letters;
    this.maxUnits = Math.max(this.maxUnits, n);
  }
}

/** Whether a reading is a toneless syllable: one or more of the letters a-z, nothing else. */
function isSyllable(reading: string): boolean {
  if (reading.length === 0) return false;
  for (let i = 0; i < reading.length; i++) {
    const c = reading.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/**
 * Context-aware toneless pinyin of each of the `n` units of `text` (its units joined; 重度 → zhong du,
 * 银行 → yin hang): word by word through the memo when a segmenter is given, else the whole text at once.
 */
function unitPinyin(text: string, n: number, segmenter: Segmenter | undefined): string[] {
  if (segmenter !== undefined) {
    const out: string[] = [];
    const words = segmenter.cut(text);
    for (let w = 0; w < words.length; w++) {
      const readings = wordPinyin(words[w]!);
      for (let r = 0; r < readings.length; r++) out.push(readings[r]!);
    }
    if (out.length === n) return out;
  }
  return textPinyin(text);
}

/** Whether every character of `text` is a unit as it stands: 汉字 of the main block, a-z or 0-9. */
function plainUnits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/**
 * Lays the units of `text` out after the drafts' units (code point and whether it is 汉字), read off the
 * text itself when it is plain (most catalog texts: no string per unit), else cut by normalizeChars.
 * Returns the text as its units joined, their number, and whether any is 汉字.
 */
function layUnits(text: string, drafts: Drafts): { joined: string; n: number; hasHan: boolean } {
  const at = drafts.units;
  if (plainUnits(text)) {
    const n = text.length;
    drafts.reserve(n, 0);
    const { lit, han } = drafts;
    let hasHan = false;
    for (let u = 0; u < n; u++) {
      const c = text.charCodeAt(u);
      lit[at + u] = c;
      han[at + u] = c >= 0x4e00 ? 1 : 0;
      if (c >= 0x4e00) hasHan = true;
    }
    return { joined: text, n, hasHan };
  }
  const chars = normalizeChars(text);
  const n = chars.length;
  drafts.reserve(n, 0);
  const { lit, han } = drafts;
  let hasHan = false;
  for (let u = 0; u < n; u++) {
    const ch = chars[u]!;
    lit[at + u] = ch.codePointAt(0)!;
    han[at + u] = isHan(ch) ? 1 : 0;
    if (han[at + u] === 1) hasHan = true;
  }
  return { joined: chars.join(''), n, hasHan };
}

/**
 * Drafts `text` for its tier: its units, and what spells each (a 汉字 is read through its pinyin, when its
 * reading is a syllable). Returns the text, or undefined when it has no unit.
 */
function draftText(
  text: string,
  field: SearchField,
  segmenter: Segmenter | undefined,
  drafts: Drafts,
): IndexedText | undefined {
  const { joined, n, hasHan } = layUnits(text, drafts);
  if (n === 0) return undefined;
  const at = drafts.units;
  const readings = hasHan ? unitPinyin(joined, n, segmenter) : undefined;
  let letters = 0;
  for (let u = 0; u < n; u++) {
    const reading = readings?.[u];
    if (reading !== undefined && drafts.han[at + u] === 1 && isSyllable(reading)) letters += reading.length;
    else {
      drafts.han[at + u] = 0;
      letters += drafts.lit[at + u]! > 0xffff ? 2 : 1;
    }
  }
  drafts.reserve(n, letters);
  const { lit, han, py, pyOff } = drafts;
  let p = drafts.letters;
  for (let u = 0; u < n; u++) {
    const cp = lit[at + u]!;
    pyOff[at + u] = p;
    if (han[at + u] === 1) {
      const reading = readings![u]!;
      for (let c = 0; c < reading.length; c++) py[p++] = reading.charCodeAt(c);
    } else if (cp <= 0xffff) py[p++] = cp;
    else {
      // A character outside the BMP: 0xffff, then its low surrogate.
      py[p++] = 0xffff;
      py[p++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    }
  }
  drafts.letters = p;
  const indexed: IndexedText = { text, field, units: n, items: [] };
  drafts.close(indexed, n);
  return indexed;
}

/** The letter a-z as 0..25, anything else -1. */
export const letterOf = (c: number): number => (c >= 0x61 && c <= 0x7a ? c - 0x61 : -1);
/** The key of two letters a-z (0..25 each) in a tier's k2 postings. */
export const key2 = (a: number, b: number): number => a * 26 + b;

/**
 * The ways the first letters of a pinyin query can be consumed from unit `g` on (a text ending before
 * `end`), each unit taking a prefix of what spells it: two letters as (2+) or (1, 1+); three as (3+),
 * (2, 1+), (1, 2+) or (1, 1, 1+). Letters as 0..25, -1 where there is none.
 */
function unitLetters(tier: Pick<Tier, 'py' | 'pyOff'>, g: number, end: number, out: Int32Array): void {
  const { py, pyOff } = tier;
  const p = pyOff[g]!;
  const len = pyOff[g + 1]! - p;
  out[0] = letterOf(py[p]!);
  out[1] = len >= 2 ? letterOf(py[p + 1]!) : -1;
  out[2] = len >= 3 ? letterOf(py[p + 2]!) : -1;
  out[3] = out[4] = out[5] = -1;
  if (g + 1 < end) {
    const q = pyOff[g + 1]!;
    out[3] = letterOf(py[q]!);
    if (pyOff[g + 2]! - q >= 2) out[4] = letterOf(py[q + 1]!);
    if (g + 2 < end) out[5] = letterOf(py[pyOff[g + 2]!]!);
  }
}

const letters = new Int32Array(6);

/** Whether the letters x y z (0..25) can start a pinyin match at unit `g` (of a text ending before `end`). */
export function startsLetters(tier: Tier, g: number, end: number, x: number, y: number, z: number): boolean {
  unitLetters(tier, g, end, letters);
  const [a0, a1, a2, b0, b1, c0] = letters as unknown as [number, number, number, number, number, number];
  return a0 === x && ((a1 === y && (a2 === z || b0 === z)) || (b0 === y && (b1 === z || c0 === z)));
}

type TierUnits = Pick<Tier, 'lit' | 'han' | 'py' | 'pyOff' | 'unitText' | 'textEnd'>;

/** Where a list is written while it is made (grown to the largest tier, then reused), then copied out. */
let found = new Int32Array(0);

/** `found`, with room for every unit of a tier. */
function roomFor(units: number): Int32Array {
  if (found.length < units) found = new Int32Array(units);
  return found;
}

/**
 * The units under `key` in k1: those that are the character `key` (a 汉字, a letter, a digit…) and the 汉字
 * whose pinyin starts with the letter `key`.
 */
function k1Units(tier: TierUnits, key: number): Int32Array {
  const { lit, han, py, pyOff } = tier;
  const units = lit.length;
  const out = roomFor(units);
  let n = 0;
  for (let g = 0; g < units; g++) if (lit[g] === key || (han[g] === 1 && py[pyOff[g]!] === key)) out[n++] = g;
  return out.slice(0, n);
}

/**
 * The units under the key of two letters (key2) in k2: their spelling starts with the first letter, and
 * the second is their own second letter or the first of the next unit of their text (unitLetters' a1 or b0).
 */
function k2Units(tier: TierUnits, key: number): Int32Array {
  if (!(key >= 0 && key < 26 * 26)) return new Int32Array(0);
  const { py, pyOff, unitText, textEnd } = tier;
  const units = tier.lit.length;
  const first = 0x61 + Math.floor(key / 26);
  const y = key % 26;
  const out = roomFor(units);
  let n = 0;
  for (let g = 0; g < units; g++) {
    // Most units start with another letter: only those with the first one are spelled out.
    if (py[pyOff[g]!] !== first) continue;
    unitLetters(tier, g, textEnd[unitText[g]!]!, letters);
    if (letters[1] === y || letters[3] === y) out[n++] = g;
  }
  return out.slice(0, n);
}

/** A tier's posting lists over its units, each made at its first query. */
export function tierPostings(tier: TierUnits): Pick<Tier, 'k1' | 'k2'> {
  return {
    k1: new LazyPostings((key) => k1Units(tier, key)),
    k2: new LazyPostings((key) => k2Units(tier, key)),
  };
}

/**
 * The unit arrays of a tier: the drafts' own when the tier is new (their used part: nothing copied), else
 * `from`'s with the drafts' laid after them.
 */
function tierUnits(drafts: Drafts, from?: Tier): Pick<Tier, 'lit' | 'han' | 'py' | 'pyOff'> {
  if (from === undefined) {
    return {
      lit: drafts.lit.subarray(0, drafts.units),
      han: drafts.han.subarray(0, drafts.units),
      py: drafts.py.subarray(0, drafts.letters),
      pyOff: drafts.pyOff.subarray(0, drafts.units + 1),
    };
  }
  const units0 = from.unitText.length;
  const letters0 = from.py.length;
  const units = units0 + drafts.units;
  const lit = new Int32Array(units);
  const han = new Uint8Array(units);
  const py = new Uint16Array(letters0 + drafts.letters);
  const pyOff = new Int32Array(units + 1);
  lit.set(from.lit);
  han.set(from.han);
  py.set(from.py);
  pyOff.set(from.pyOff.subarray(0, units0));
  lit.set(drafts.lit.subarray(0, drafts.units), units0);
  han.set(drafts.han.subarray(0, drafts.units), units0);
  py.set(drafts.py.subarray(0, drafts.letters), letters0);
  for (let u = 0; u <= drafts.units; u++) pyOff[units0 + u] = letters0 + drafts.pyOff[u]!;
  return { lit, han, py, pyOff };
}

/** A tier of `drafts`, or `from` with `drafts` laid after its texts (their units after its units). */
function buildTier(base: number, typos: boolean, drafts: Drafts, from?: Tier): Tier {
  const texts0 = from?.texts.length ?? 0;
  const units0 = from?.unitText.length ?? 0;
  const units = units0 + drafts.units;
  const textCount = texts0 + drafts.texts.length;
  const textFirst = new Int32Array(textCount);
  const textEnd = new Int32Array(textCount);
  const unitText = new Int32Array(units);
  if (from !== undefined) {
    textFirst.set(from.textFirst);
    textEnd.set(from.textEnd);
    unitText.set(from.unitText);
  }
  const { lit, han, py, pyOff } = tierUnits(drafts, from);
  const texts = from === undefined ? drafts.texts : from.texts.concat(drafts.texts);
  let g = units0;
  for (let i = 0; i < drafts.texts.length; i++) {
    const x = texts0 + i;
    const end = units0 + drafts.unitEnd[i]!;
    textFirst[x] = g;
    textEnd[x] = end;
    unitText.fill(x, g, end);
    g = end;
  }
  return {
    base,
    typos,
    texts,
    textFirst,
    textEnd,
    unitText,
    lit,
    han,
    py,
    pyOff,
    ...tierPostings({ lit, han, py, pyOff, unitText, textEnd }),
    maxUnits: Math.max(from?.maxUnits ?? 0, drafts.maxUnits),
  };
}

/**
 * The texts of one tier, deduplicated by field and text; the drafts of the texts added since the tier was
 * last built wait in `pending`.
 */
class TierTexts {
  private pending = new Drafts();
  /** The tier's texts by field, then by text (no key string made per item and text). */
  private readonly byField = new Map<SearchField, Map<string, IndexedText>>();

  constructor(private readonly segmenter: Segmenter | undefined) {}

  /** The texts of a tier read back from a snapshot, as if they had been added and built. */
  static of(segmenter: Segmenter | undefined, texts: readonly IndexedText[]): TierTexts {
    const tt = new TierTexts(segmenter);
    for (const t of texts) tt.textsOf(t.field).set(t.text, t);
    return tt;
  }

  private textsOf(field: SearchField): Map<string, IndexedText> {
    let texts = this.byField.get(field);
    if (texts === undefined) {
      texts = new Map();
      this.byField.set(field, texts);
    }
    return texts;
  }

  add(field: SearchField, text: string | undefined, item: number): void {
    if (typeof text !== 'string' || text.trim() === '') return;
    const texts = this.textsOf(field);
    let t = texts.get(text);
    if (t === undefined) {
      t = draftText(text, field, this.segmenter, this.pending);
      if (t === undefined) return;
      texts.set(text, t);
    }
    const items = t.items;
    if (items.length === 0 || items[items.length - 1]! < item) {
      items.push(item);
      return;
    }
    // An item changed in place joins a text out of order: keep the list ascending.
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]! < item) lo = mid + 1;
      else hi = mid;
    }
    if (items[lo] !== item) items.splice(lo, 0, item);
  }

  /** Drops the items of `slots` (a mask) from every text of the tier. */
  drop(texts: readonly IndexedText[], slots: Uint8Array): void {
    for (const t of texts) {
      if (t.items.some((item) => slots[item] === 1)) t.items = t.items.filter((item) => slots[item] !== 1);
    }
  }

  /** The drafts of the texts added since the last call. */
  take(): Drafts {
    const drafts = this.pending;
    this.pending = new Drafts();
    return drafts;
  }
}

/**
 * Which texts the phrase index spells out: every field when the phrase is the only reading of a query, or
 * only names and 俗称 when a word index reaches the other fields through their words (spelling materials and
 * conditions out letter by letter was most of the build, for matches that rank below every word match).
 */
export type PhraseFields = 'all' | 'names';

/** The tiers of each kind of text, in score order. */
const TIERS: ReadonlyArray<{ base: number; typos: boolean; names: boolean }> = [
  { base: TIER_BASES.name, typos: true, names: true },
  { base: TIER_BASES.alias, typos: true, names: true },
  { base: TIER_BASES.material, typos: false, names: false },
  { base: TIER_BASES.condition, typos: false, names: false },
  { base: TIER_BASES.other, typos: false, names: false },
];

/**
 * Builds the phrase index of a catalog, then keeps it in step with changes item by item: a changed or
 * removed item leaves the texts it had, a changed or new item's texts are added (only texts not indexed
 * yet are spelled out, after the others). Item numbers are slots: a removed item leaves an empty slot
 * (`undefined`), a new one takes a slot at the end, so the order of the items left is the catalog's.
 */
export class PhraseIndexer {
  private texts: TierTexts[] = [];
  private index: BuiltIndex | undefined;

  constructor(
    private readonly segmenter?: Segmenter,
    private readonly fields: PhraseFields = 'all',
  ) {}

  /** An indexer that goes on from an index read back from a snapshot (built by the same kind of indexer). */
  static restore(index: BuiltIndex, segmenter: Segmenter | undefined, fields: PhraseFields): PhraseIndexer {
    const indexer = new PhraseIndexer(segmenter, fields);
    indexer.texts = index.tiers.map((tier) => TierTexts.of(segmenter, tier.texts));
    indexer.index = index;
    return indexer;
  }

  /** The index as last built or updated. */
  current(): BuiltIndex | undefined {
    return this.index;
  }

  build(slots: ReadonlyArray<ServiceItem | undefined>): BuiltIndex {
    this.index = undefined;
    this.texts = this.kinds().map(() => new TierTexts(this.segmenter));
    return this.update(
      slots,
      slots.map((_, i) => i),
    );
  }

  /** The index after slots `changed` (ascending) got new items, lost theirs, or were added at the end. */
  update(slots: ReadonlyArray<ServiceItem | undefined>, changed: readonly number[]): BuiltIndex {
    const old = this.index;
    if (old === undefined && this.texts.length === 0) return this.build(slots);
    if (old !== undefined) {
      const mask = new Uint8Array(slots.length);
      for (const slot of changed) mask[slot] = 1;
      old.tiers.forEach((tier, t) => this.texts[t]!.drop(tier.texts, mask));
    }
    const [names, aliases, materials, conditions, others] = this.texts;
    for (let c = 0; c < changed.length; c++) {
      const slot = changed[c]!;
      const item = slots[slot];
      if (item === undefined) continue;
      names!.add('name', item.name, slot);
      const itemAliases = item.aliases;
      if (itemAliases)
        for (let i = 0; i < itemAliases.length; i++) aliases!.add('alias', itemAliases[i], slot);
      if (this.fields !== 'all') continue;
      for (const material of item.materials ?? []) materials!.add('material', material.name, slot);
      for (const condition of item.conditions ?? []) conditions!.add('condition', condition, slot);
      others!.add('result', item.resultName, slot);
      for (const theme of item.themes ?? []) others!.add('theme', theme, slot);
      others!.add('department', item.department, slot);
    }
    const nameLength = new Int32Array(slots.length);
    slots.forEach((item, i) => (nameLength[i] = item?.name.length ?? 0));
    const tiers = this.kinds().map((kind, t) =>
      buildTier(kind.base, kind.typos, this.texts[t]!.take(), old?.tiers[t]),
    );
    this.index = { items: slots, nameLength, tiers };
    return this.index;
  }

  private kinds(): typeof TIERS {
    return this.fields === 'all' ? TIERS : TIERS.filter((k) => k.names);
  }
}

/** Index a catalog. Cost grows with the number of distinct texts (pinyin conversion dominates). */
export function buildIndex(
  items: readonly ServiceItem[],
  segmenter?: Segmenter,
  fields: PhraseFields = 'all',
): BuiltIndex {
  return new PhraseIndexer(segmenter, fields).build(items);
}
