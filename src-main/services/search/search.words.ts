/**
 * The word index: every catalog word (jieba's words inside each text, the thesaurus' words among them)
 * with the items that use it and how strongly, and the BM25-style ranking of items by how much of an
 * understood query they cover. Fields weigh name > 俗称 > materials, conditions, result, 常见问题 >
 * themes, department; a short text weighs more than a long one for the same word.
 * Pure: no Node, no DOM (the segmenter is handed in).
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import type { SearchField } from '../../contract/search.types.js';
import type { Lexicon } from './search.lexicon.js';
import { pinyinKey } from './search.pinyin.js';
import { isHan } from './search.query.js';
import type { Segmenter } from './search.segmenter.js';
import { SoundTable } from './search.sound-table.js';
import { grown } from './search.typed-arrays.js';
import type { Understanding, Vocabulary } from './search.understand.js';

export const FIELD_WEIGHTS: Record<SearchField, number> = {
  name: 3,
  alias: 2.6,
  material: 1.1,
  condition: 1,
  result: 1,
  faq: 0.9,
  theme: 0.6,
  department: 0.5,
};
const FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[];
/** FIELD_WEIGHTS by field number (an array read instead of a property looked up by name per text). */
const WEIGHTS = Float64Array.from(FIELDS, (f) => FIELD_WEIGHTS[f]);
/** BM25's saturation and length normalisation (a term counts once per field here). */
const K1 = 1.2;
const B = 0.4;

/** The searchable texts of an item, by field. */
export function itemTexts(item: ServiceItem): Array<[SearchField, string]> {
  const out: Array<[SearchField, string]> = [['name', item.name]];
  for (const a of item.aliases ?? []) out.push(['alias', a]);
  for (const m of item.materials ?? []) out.push(['material', m.name]);
  for (const c of item.conditions ?? []) out.push(['condition', c]);
  if (item.resultName) out.push(['result', item.resultName]);
  for (const f of item.faq ?? []) out.push(['faq', f.q]);
  for (const t of item.themes ?? []) out.push(['theme', t]);
  if (item.department) out.push(['department', item.department]);
  return out;
}

/** Field numbers (indexes into FIELDS). */
const F_NAME = 0;
const F_ALIAS = 1;
const F_MATERIAL = 2;
const F_CONDITION = 3;
const F_RESULT = 4;
const F_FAQ = 5;
const F_THEME = 6;
const F_DEPARTMENT = 7;

/**
 * The entries of the items being collected (an entry: one text in one field, see WordIndexer), laid end
 * to end in one growable array: the items' texts are looked up in one pass, and their terms merged in
 * another, over typed arrays only.
 */
class ItemEntries {
  count = 0;
  length = 0;
  /** The slot of each item listed. */
  slot = new Int32Array(1024);
  /** Item `k`'s entries are `entries[first[k]..first[k + 1])`. */
  first = new Int32Array(1025);
  entries = new Int32Array(16384);

  /** Starts the entries of the item in `slot`. */
  open(slot: number): void {
    if (this.count + 1 === this.slot.length) {
      this.slot = grown(this.slot, this.slot.length * 2);
      this.first = grown(this.first, this.slot.length + 1);
    }
    this.slot[this.count++] = slot;
    this.first[this.count] = this.length;
  }

  push(entry: number): void {
    if (this.length === this.entries.length) this.entries = grown(this.entries, this.length * 2);
    this.entries[this.length++] = entry;
    this.first[this.count] = this.length;
  }
}

export interface WordIndex extends Vocabulary {
  /** The pinyin space, filled at its first read (see search.sound-table.ts). */
  byPinyin: SoundTable;
  itemCount: number;
  terms: string[];
  /**
   * Per term `t`, postings `postFirst[t]..postFirst[t + 1]` of the flat arrays: the items that use it
   * (ascending), its weight in each, and the field that gave it.
   */
  postFirst: Int32Array;
  postItems: Int32Array;
  postWeight: Float32Array;
  postField: Uint8Array;
  idf: Float32Array;
}

/** The catalog's own vocabulary: 俗称, material names, short names, and the thesaurus' words. */
function vocabulary(items: readonly ServiceItem[], lexicon: Lexicon): Set<string> {
  const raw = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.name.length <= 8) raw.add(item.name);
    const { aliases, materials } = item;
    if (aliases) for (let k = 0; k < aliases.length; k++) raw.add(aliases[k]!);
    if (materials) for (let k = 0; k < materials.length; k++) raw.add(materials[k]!.name);
  }
  const words = new Set<string>();
  for (const text of raw) {
    const word = text.replace(/[《》〈〉“”"（）()【】\s]/gu, '');
    // Eight code points at most: a UTF-16 length of 8 or less is sure to be, one over 16 sure not to be.
    if (word.length <= 8 || (word.length <= 16 && Array.from(word).length <= 8)) words.add(word);
  }
  for (const group of lexicon.groups) for (const w of group) words.add(w);
  return words;
}

/**
 * Makes the catalog's own vocabulary known to the segmenter, so its words are cut whole: before the
 * catalog's texts are cut for the indexes.
 */
export function addCatalogVocabulary(
  items: readonly ServiceItem[],
  segmenter: Segmenter,
  lexicon: Lexicon,
): void {
  segmenter.addWords(vocabulary(items, lexicon));
}

/** Whether a word found inside a text is worth indexing: two characters or more, or a thesaurus word. */
function indexable(word: string, lexicon: Lexicon): boolean {
  if (!/[\p{L}\p{N}]/u.test(word)) return false;
  if (lexicon.stopWords.has(word)) return false;
  return Array.from(word).length >= 2 || lexicon.synonyms.has(word);
}

/** The word index of a catalog; the segmenter knows the catalog's vocabulary (addCatalogVocabulary). */
export function buildWordIndex(
  items: readonly ServiceItem[],
  segmenter: Segmenter,
  lexicon: Lexicon,
): WordIndex {
  return new WordIndexer(segmenter, lexicon).build(items);
}

/** Postings per term: term `t`'s are `[first[t], first[t + 1])`, ascending by item. */
interface TermPostings {
  first: Int32Array;
  allItems: Int32Array;
  allWeights: Float32Array;
  allFields: Uint8Array;
}

/**
 * Room for this many terms before the per-term scratch arrays grow (the demo catalog grown to 3,000 items
 * has about 2,300 terms).
 */
const TERMS_CAPACITY = 4096;

/**
 * Builds the word index of a catalog, then keeps it in step with changes item by item: the postings of
 * changed and removed items are dropped, those of changed and new items added, and the idf follows. Item
 * numbers are slots: a removed item leaves an empty slot (`undefined`), a new one takes a slot at the end,
 * so the order of the items left is the catalog's. The field length averages of the BM25 normalisation are
 * those of the last full build (a few changed items move them by a hair).
 */
export class WordIndexer {
  private readonly termId = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly rejected = new Set<string>();
  private readonly textTerms = new Map<string, readonly number[]>();
  private readonly inside = new Map<string, number[]>();
  /** Each word's pinyin key in pinyin space, or null for a word left out of it (an update reuses them). */
  private readonly soundKeys = new Map<string, string | null>();
  private avg: number[] = FIELDS.map(() => 1);
  /**
   * Each text's entry in each field: its terms and its weight there (by the averages of the last full
   * build). An item's texts are looked up, not weighed again: a catalog repeats its texts thousands of
   * times. Entry `e` is in field `entryField[e]`, its text `entryLength[e]` long, and its terms are
   * `entryTermIds[entryTermFirst[e]..entryTermFirst[e + 1])`: flat typed arrays, so merging an item's
   * terms is one loop over numbers, fast even before the JIT has compiled it.
   */
  private entryOf: Array<Map<string, number>> = FIELDS.map(() => new Map<string, number>());
  private entryCount = 0;
  /** Entries from this one on are not weighed yet. */
  private weighed = 0;
  private entryField = new Uint8Array(4096);
  private entryLength = new Int32Array(4096);
  private entryWeight = new Float64Array(4096);
  private entryTermFirst = new Int32Array(4097);
  private entryTermIds = new Int32Array(16384);
  private best = new Float32Array(TERMS_CAPACITY);
  private bestField = new Uint8Array(TERMS_CAPACITY);
  private stamp = new Int32Array(TERMS_CAPACITY).fill(-1);
  private seenIds = new Int32Array(TERMS_CAPACITY);
  /** Stamps `stamp`: one mark per item collected. */
  private tick = 0;
  private index: WordIndex | undefined;

  constructor(
    private readonly segmenter: Segmenter,
    private readonly lexicon: Lexicon,
  ) {}

  /**
   * An indexer that goes on from an index read back from a snapshot: its terms (every term ever given an
   * id, in id order, live or not) and the field length averages of its last full build.
   */
  static restore(
    segmenter: Segmenter,
    lexicon: Lexicon,
    index: WordIndex,
    averages: readonly number[],
  ): WordIndexer {
    const indexer = new WordIndexer(segmenter, lexicon);
    for (const term of index.terms) {
      indexer.termId.set(term, indexer.terms.length);
      indexer.terms.push(term);
    }
    index.terms = indexer.terms;
    indexer.avg = FIELDS.map((_, f) => averages[f] ?? 1);
    indexer.index = index;
    return indexer;
  }

  /** The field length averages of the last full build (kept with a snapshot of the index). */
  averages(): readonly number[] {
    return this.avg;
  }

  build(slots: ReadonlyArray<ServiceItem | undefined>): WordIndex {
    this.entryOf = FIELDS.map(() => new Map<string, number>());
    this.entryCount = 0;
    this.weighed = 0;
    const list = new ItemEntries();
    for (let slot = 0; slot < slots.length; slot++) {
      const item = slots[slot];
      if (item !== undefined) this.listEntries(slot, item, list);
    }
    this.avg = this.fieldAverages(list);
    return this.finish(slots, this.collect(list), undefined, undefined);
  }

  /**
   * Each field's average text length over the listed items, for the length normalisation: summed over
   * the listed entries in one loop, in whole numbers (small integers in plain arrays, where a
   * Float64Array's sums are a boxed number each before the JIT has compiled this).
   */
  private fieldAverages(list: ItemEntries): number[] {
    const total = FIELDS.map(() => 0);
    const count = FIELDS.map(() => 0);
    const { entries } = list;
    const { entryField, entryLength } = this;
    for (let j = 0; j < list.length; j++) {
      const e = entries[j]!;
      const f = entryField[e]!;
      total[f]! += entryLength[e]!;
      count[f]!++;
    }
    return FIELDS.map((_, f) => total[f]! / Math.max(1, count[f]!));
  }

  /**
   * The index after slots `changed` (ascending) got new items, lost theirs (`undefined`) or were added at
   * the end of `slots`.
   */
  update(slots: ReadonlyArray<ServiceItem | undefined>, changed: readonly number[]): WordIndex {
    const old = this.index;
    if (old === undefined) return this.build(slots);
    const mask = new Uint8Array(slots.length);
    for (const slot of changed) mask[slot] = 1;
    const list = new ItemEntries();
    for (const slot of changed) {
      const item = slots[slot];
      if (item !== undefined) this.listEntries(slot, item, list);
    }
    return this.finish(slots, this.collect(list), old, mask);
  }

  /**
   * Lists the entries of the item in `slot`, in itemTexts' order (which decides the field of a term's
   * best weight on a tie). Indexed loops, not for-of: the build runs once, mostly before the JIT has
   * compiled it, and cold for-of loops allocate an iterator result per element.
   */
  private listEntries(slot: number, item: ServiceItem, list: ItemEntries): void {
    list.open(slot);
    this.listText(F_NAME, item.name, list);
    const { aliases, materials, conditions, faq, themes } = item;
    if (aliases) for (let i = 0; i < aliases.length; i++) this.listText(F_ALIAS, aliases[i]!, list);
    if (materials)
      for (let i = 0; i < materials.length; i++) this.listText(F_MATERIAL, materials[i]!.name, list);
    if (conditions)
      for (let i = 0; i < conditions.length; i++) this.listText(F_CONDITION, conditions[i]!, list);
    if (item.resultName) this.listText(F_RESULT, item.resultName, list);
    if (faq) for (let i = 0; i < faq.length; i++) this.listText(F_FAQ, faq[i]!.q, list);
    if (themes) for (let i = 0; i < themes.length; i++) this.listText(F_THEME, themes[i]!, list);
    if (item.department) this.listText(F_DEPARTMENT, item.department, list);
  }

  /** Lists the entry of `text` in field `f` (a catalog repeats its texts: most are known already). */
  private listText(f: number, text: string, list: ItemEntries): void {
    const known = this.entryOf[f]!.get(text);
    list.push(known === undefined ? this.entry(f, text) : known);
  }

  /** Makes the entry of `text`, first seen in field `f` (weighed once the averages are known). */
  private entry(f: number, text: string): number {
    const e = this.entryCount++;
    if (e === this.entryField.length) {
      this.entryField = grown(this.entryField, e * 2);
      this.entryLength = grown(this.entryLength, e * 2);
      this.entryWeight = grown(this.entryWeight, e * 2);
      this.entryTermFirst = grown(this.entryTermFirst, e * 2 + 1);
    }
    this.entryField[e] = f;
    this.entryLength[e] = text.length;
    const terms = this.termsOf(text);
    let at = this.entryTermFirst[e]!;
    if (at + terms.length > this.entryTermIds.length)
      this.entryTermIds = grown(this.entryTermIds, Math.max(at + terms.length, this.entryTermIds.length * 2));
    for (let k = 0; k < terms.length; k++) this.entryTermIds[at++] = terms[k]!;
    this.entryTermFirst[e + 1] = at;
    this.entryOf[f]!.set(text, e);
    return e;
  }

  /** Weighs the entries made since the last call, by the current averages. */
  private weigh(): void {
    const { entryField, entryLength, entryWeight, avg } = this;
    for (let e = this.weighed; e < this.entryCount; e++) {
      const f = entryField[e]!;
      const norm = (K1 + 1) / (1 + K1 * (1 - B + (B * entryLength[e]!) / (avg[f] || 1)));
      entryWeight[e] = WEIGHTS[f]! * norm;
    }
    this.weighed = this.entryCount;
  }

  private termsOf(text: string): readonly number[] {
    const ids = this.textTerms.get(text);
    if (ids !== undefined) return ids;
    const found: number[] = [];
    const cut = this.segmenter.cut(text.toLowerCase());
    for (let w = 0; w < cut.length; w++) {
      const terms = this.wordTerms(cut[w]!);
      for (let k = 0; k < terms.length; k++) {
        const id = terms[k]!;
        if (!found.includes(id)) found.push(id);
      }
    }
    this.textTerms.set(text, found);
    return found;
  }

  /**
   * The terms of the dictionary words inside one of the segmenter's words (养老保险 → 养老, 保险): catalogs
   * repeat their words thousands of times, so each word is looked into once. Words straddling two of the
   * segmenter's words (低保|证明 → 保证) are left out as misreadings.
   */
  private wordTerms(word: string): readonly number[] {
    let ids = this.inside.get(word);
    if (ids !== undefined) return ids;
    ids = [];
    const parts = Array.from(word).length > 1 ? this.segmenter.cutAll(word) : [word];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      let id = this.termId.get(part);
      if (id === undefined) {
        if (this.rejected.has(part)) continue;
        if (!indexable(part, this.lexicon)) {
          this.rejected.add(part);
          continue;
        }
        id = this.terms.length;
        this.terms.push(part);
        this.termId.set(part, id);
      }
      ids.push(id);
    }
    this.inside.set(word, ids);
    return ids;
  }

  /**
   * Pinyin space: the words of the catalog (terms some item still has) and of the thesaurus, of two 汉字
   * or more, by their toneless pinyin.
   */
  private pinyinSpace(live: readonly string[]): Map<string, string[]> {
    const byPinyin = new Map<string, string[]>();
    const add = (word: string): void => {
      let key = this.soundKeys.get(word);
      if (key === undefined) {
        let han = 0;
        let units = 0;
        for (const ch of word) {
          units++;
          if (isHan(ch)) han++;
        }
        key = han < 2 || han !== units ? null : pinyinKey(word);
        this.soundKeys.set(word, key);
      }
      if (key === null) return;
      const list = byPinyin.get(key);
      if (list === undefined) byPinyin.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    };
    for (const t of live) add(t);
    for (const group of this.lexicon.groups) for (const w of group) add(w);
    for (const w of this.lexicon.stopWords) add(w);
    return byPinyin;
  }

  /**
   * Each term's best weight in each listed item, grouped by term and ascending by item within a term. The
   * items' terms are gathered twice over typed arrays stamped per item (a Map per item was most of the
   * build): once to count each term's items, once to write each posting in its place. Nothing is kept
   * per posting in between: a 3,000-item catalog makes a quarter of a million of them.
   */
  private collect(list: ItemEntries): TermPostings {
    this.weigh();
    if (this.terms.length > this.best.length) this.grow();
    const termCount = this.terms.length;
    const first = new Int32Array(termCount + 1);
    this.gather(list, first, undefined);
    for (let t = 0; t < termCount; t++) first[t + 1]! += first[t]!;
    const n = first[termCount]!;
    const out: TermPostings = {
      first,
      allItems: new Int32Array(n),
      allWeights: new Float32Array(n),
      allFields: new Uint8Array(n),
    };
    this.gather(list, first.slice(0, termCount), out);
    return out;
  }

  /**
   * One pass over the listed items' terms: counts each term's items in `at` (at `at[term + 1]`) when `out`
   * is undefined, else writes each term's best weight and field per item at `at[term]`, moving it on.
   */
  private gather(list: ItemEntries, at: Int32Array, out: TermPostings | undefined): void {
    const { best, bestField, stamp, seenIds, entryWeight, entryField, entryTermFirst, entryTermIds } = this;
    const { slot, first, entries } = list;
    for (let k = 0; k < list.count; k++) {
      if (this.tick === 0x7fffffff) {
        this.tick = 0;
        stamp.fill(-1);
      }
      const mark = ++this.tick;
      // The item's terms, in the order first met.
      let seen = 0;
      const end = first[k + 1]!;
      for (let j = first[k]!; j < end; j++) {
        const e = entries[j]!;
        const w = entryWeight[e]!;
        const f = entryField[e]!;
        const termsEnd = entryTermFirst[e + 1]!;
        for (let t = entryTermFirst[e]!; t < termsEnd; t++) {
          const id = entryTermIds[t]!;
          if (stamp[id] !== mark) {
            stamp[id] = mark;
            best[id] = w;
            bestField[id] = f;
            seenIds[seen++] = id;
          } else if (best[id]! < w) {
            best[id] = w;
            bestField[id] = f;
          }
        }
      }
      if (out === undefined) {
        for (let i = 0; i < seen; i++) at[seenIds[i]! + 1]!++;
        continue;
      }
      const s = slot[k]!;
      const { allItems, allWeights, allFields } = out;
      for (let i = 0; i < seen; i++) {
        const id = seenIds[i]!;
        const p = at[id]!++;
        allItems[p] = s;
        allWeights[p] = best[id]!;
        allFields[p] = bestField[id]!;
      }
    }
  }

  private grow(): void {
    const size = Math.max(this.terms.length, this.best.length * 2);
    const stamp = new Int32Array(size).fill(-1);
    stamp.set(this.stamp);
    this.stamp = stamp;
    this.best = grown(this.best, size);
    this.bestField = grown(this.bestField, size);
    this.seenIds = grown(this.seenIds, size);
  }

  /**
   * Lays the postings out per term: the old index's postings of unchanged items, merged in item order
   * with the collected ones (both ascending by item).
   */
  private finish(
    slots: ReadonlyArray<ServiceItem | undefined>,
    add: TermPostings,
    old: WordIndex | undefined,
    changed: Uint8Array | undefined,
  ): WordIndex {
    const termCount = this.terms.length;
    const { first, allItems, allWeights, allFields } =
      old === undefined ? add : this.merged(add, old, changed!, termCount);

    let items = 0;
    for (const item of slots) if (item !== undefined) items++;
    const idf = new Float32Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const df = first[t + 1]! - first[t]!;
      idf[t] = Math.log(1 + (items - df + 0.5) / (df + 0.5));
    }
    // Words no item has any more (after an update) are unknown to queries, as in a fresh build.
    const termId = new Map<string, number>();
    const live: string[] = [];
    for (let t = 0; t < termCount; t++) {
      if (first[t + 1] === first[t]) continue;
      termId.set(this.terms[t]!, t);
      live.push(this.terms[t]!);
    }
    this.index = {
      itemCount: slots.length,
      terms: this.terms,
      termId,
      byPinyin: new SoundTable(() => this.pinyinSpace(live)),
      postFirst: first,
      postItems: allItems,
      postWeight: allWeights,
      postField: allFields,
      idf,
    };
    return this.index;
  }

  /**
   * The old index's postings of unchanged items, merged per term in item order with the collected ones
   * (both ascending by item).
   */
  private merged(add: TermPostings, old: WordIndex, changed: Uint8Array, termCount: number): TermPostings {
    const addFirst = add.first;
    // Old postings, in locals (this runs once per catalog change, before the JIT has warmed to it).
    const oldTerms = old.postFirst.length - 1;
    const oFirst = old.postFirst;
    const oItems = old.postItems;
    const oWeights = old.postWeight;
    const oFields = old.postField;
    const aItems = add.allItems;
    const aWeights = add.allWeights;
    const aFields = add.allFields;
    // Old postings kept per term (a term whose postings all stay and that gains none is copied whole).
    const kept = new Int32Array(termCount);
    const first = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) {
      let n = 0;
      if (t < oldTerms) {
        const end = oFirst[t + 1]!;
        for (let k = oFirst[t]!; k < end; k++) if (changed[oItems[k]!] === 0) n++;
      }
      kept[t] = n;
      first[t + 1] = first[t]! + n + addFirst[t + 1]! - addFirst[t]!;
    }
    const size = first[termCount]!;
    const allItems = new Int32Array(size);
    const allWeights = new Float32Array(size);
    const allFields = new Uint8Array(size);
    let at = 0;
    for (let t = 0; t < termCount; t++) {
      let a = addFirst[t]!;
      const aEnd = addFirst[t + 1]!;
      let o = t < oldTerms ? oFirst[t]! : 0;
      const oEnd = t < oldTerms ? oFirst[t + 1]! : 0;
      if (a === aEnd && kept[t] === oEnd - o) {
        allItems.set(oItems.subarray(o, oEnd), at);
        allWeights.set(oWeights.subarray(o, oEnd), at);
        allFields.set(oFields.subarray(o, oEnd), at);
        at += oEnd - o;
        continue;
      }
      while (a < aEnd || o < oEnd) {
        if (o < oEnd && changed[oItems[o]!] !== 0) {
          o++;
          continue;
        }
        if (o < oEnd && (a === aEnd || oItems[o]! < aItems[a]!)) {
          allItems[at] = oItems[o]!;
          allWeights[at] = oWeights[o]!;
          allFields[at] = oFields[o]!;
          o++;
        } else {
          allItems[at] = aItems[a]!;
          allWeights[at] = aWeights[a]!;
          allFields[at] = aFields[a]!;
          a++;
        }
        at++;
      }
    }
    return { first, allItems, allWeights, allFields };
  }
}

/** Where item `item` sits in the flat postings, within its term's (binary search: they are ascending), or -1. */
export function postingOf(index: WordIndex, term: number, item: number): number {
  const list = index.postItems;
  let lo = index.postFirst[term]!;
  let hi = index.postFirst[term + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === item) return mid;
    if (v < item) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The field a term's weight in an item came from, or undefined when the item lacks the term. */
export function termField(index: WordIndex, term: number, item: number): SearchField | undefined {
  const at = postingOf(index, term, item);
  return at < 0 ? undefined : FIELDS[index.postField[at]!];
}

/** Scores of the items an understood query reaches, reused across queries (typed arrays, stamped). */
export class WordScorer {
  readonly score: Float32Array;
  readonly covered: Uint16Array;
  readonly touched: Int32Array;
  touchedCount = 0;
  private readonly conceptBest: Float32Array;
  private readonly conceptStamp: Uint32Array;
  private readonly itemStamp: Uint32Array;
  private stamp = 0;
  private conceptNo = 0;

  constructor(private readonly index: WordIndex) {
    const n = index.itemCount;
    this.score = new Float32Array(n);
    this.covered = new Uint16Array(n);
    this.touched = new Int32Array(n);
    this.conceptBest = new Float32Array(n);
    this.conceptStamp = new Uint32Array(n);
    this.itemStamp = new Uint32Array(n);
  }

  /**
   * Sums, per item, the best match of each concept (idf × field weight × route factor); then weighs the
   * sum by the share of concepts the item covers, so an item that answers the whole question comes first.
   */
  run(u: Understanding): void {
    this.touchedCount = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamp = 1;
      this.itemStamp.fill(0);
    }
    const index = this.index;
    const concepts = u.concepts.length;
    if (concepts === 0) return;
    for (const concept of u.concepts) {
      this.conceptNo++;
      if (this.conceptNo === 0xffffffff) {
        this.conceptNo = 1;
        this.conceptStamp.fill(0);
      }
      const cn = this.conceptNo;
      for (const alt of concept.alternatives) {
        const items = index.postItems;
        const weights = index.postWeight;
        const base = index.idf[alt.term]! * alt.factor;
        const end = index.postFirst[alt.term + 1]!;
        for (let k = index.postFirst[alt.term]!; k < end; k++) {
          const item = items[k]!;
          const v = base * weights[k]!;
          if (this.itemStamp[item] !== this.stamp) {
            this.itemStamp[item] = this.stamp;
            this.score[item] = 0;
            this.covered[item] = 0;
            this.touched[this.touchedCount++] = item;
          }
          if (this.conceptStamp[item] !== cn) {
            this.conceptStamp[item] = cn;
            this.conceptBest[item] = v;
            this.covered[item]!++;
            this.score[item]! += v;
          } else if (v > this.conceptBest[item]!) {
            this.score[item]! += v - this.conceptBest[item]!;
            this.conceptBest[item] = v;
          }
        }
      }
    }
    for (let k = 0; k < this.touchedCount; k++) {
      const item = this.touched[k]!;
      const share = this.covered[item]! / concepts;
      this.score[item] = this.score[item]! * share * share;
    }
  }
}
