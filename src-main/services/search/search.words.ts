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
 * The searchable texts of an item with their field numbers, in itemTexts' order, without building the
 * list (a catalog of 3,000 items has about 55,000 of them). Indexed loops, not for-of: the build runs once,
 * mostly before the JIT has compiled it, and cold for-of loops allocate an iterator result per element.
 */
function eachText(item: ServiceItem, visit: (field: number, text: string) => void): void {
  visit(F_NAME, item.name);
  const { aliases, materials, conditions, faq, themes } = item;
  if (aliases) for (let i = 0; i < aliases.length; i++) visit(F_ALIAS, aliases[i]!);
  if (materials) for (let i = 0; i < materials.length; i++) visit(F_MATERIAL, materials[i]!.name);
  if (conditions) for (let i = 0; i < conditions.length; i++) visit(F_CONDITION, conditions[i]!);
  if (item.resultName) visit(F_RESULT, item.resultName);
  if (faq) for (let i = 0; i < faq.length; i++) visit(F_FAQ, faq[i]!.q);
  if (themes) for (let i = 0; i < themes.length; i++) visit(F_THEME, themes[i]!);
  if (item.department) visit(F_DEPARTMENT, item.department);
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

/** A growable typed array (the postings are collected flat, then cut per term). */
class Column<T extends Int32Array | Float32Array | Uint8Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** The word index of a catalog; the segmenter knows the catalog's vocabulary (addCatalogVocabulary). */
export function buildWordIndex(
  items: readonly ServiceItem[],
  segmenter: Segmenter,
  lexicon: Lexicon,
): WordIndex {
  return new WordIndexer(segmenter, lexicon).build(items);
}

/** One item's postings while they are collected: flat, in item order. */
interface Collected {
  item: Column<Int32Array>;
  term: Column<Int32Array>;
  weight: Column<Float32Array>;
  field: Column<Uint8Array>;
}

const collected = (): Collected => ({
  item: new Column(new Int32Array(4096), (n) => new Int32Array(n)),
  term: new Column(new Int32Array(4096), (n) => new Int32Array(n)),
  weight: new Column(new Float32Array(4096), (n) => new Float32Array(n)),
  field: new Column(new Uint8Array(4096), (n) => new Uint8Array(n)),
});

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
  private readonly inside = new Map<string, string[]>();
  /** Each word's pinyin key in pinyin space, or null for a word left out of it (an update reuses them). */
  private readonly soundKeys = new Map<string, string | null>();
  private avg: number[] = FIELDS.map(() => 1);
  private best = new Float32Array(1024);
  private bestField = new Uint8Array(1024);
  private stamp = new Int32Array(1024).fill(-1);
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
    // Average length per field, for the length normalisation.
    const total = new Float64Array(FIELDS.length);
    const count = new Float64Array(FIELDS.length);
    const measure = (f: number, text: string): void => {
      total[f]! += text.length;
      count[f]! += 1;
    };
    for (let i = 0; i < slots.length; i++) {
      const item = slots[i];
      if (item !== undefined) eachText(item, measure);
    }
    this.avg = FIELDS.map((_, f) => total[f]! / Math.max(1, count[f]!));
    const out = collected();
    slots.forEach((item, slot) => {
      if (item !== undefined) this.collect(slot, item, out);
    });
    return this.finish(slots, out, undefined, undefined);
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
    const out = collected();
    for (const slot of changed) {
      const item = slots[slot];
      if (item !== undefined) this.collect(slot, item, out);
    }
    return this.finish(slots, out, old, mask);
  }

  private termsOf(text: string): readonly number[] {
    const ids = this.textTerms.get(text);
    if (ids !== undefined) return ids;
    const found: number[] = [];
    const words = this.wordsIn(text.toLowerCase());
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      let id = this.termId.get(word);
      if (id === undefined) {
        if (this.rejected.has(word)) continue;
        if (!indexable(word, this.lexicon)) {
          this.rejected.add(word);
          continue;
        }
        id = this.terms.length;
        this.terms.push(word);
        this.termId.set(word, id);
      }
      if (!found.includes(id)) found.push(id);
    }
    this.textTerms.set(text, found);
    return found;
  }

  /**
   * The words inside a text: the segmenter's words, and the dictionary words inside each of them
   * (养老保险 → 养老, 保险). Catalogs repeat their words thousands of times, so each word is looked into
   * once; words straddling two of the segmenter's words (低保|证明 → 保证) are left out as misreadings.
   */
  private wordsIn(text: string): string[] {
    const out: string[] = [];
    const cut = this.segmenter.cut(text);
    for (let w = 0; w < cut.length; w++) {
      const word = cut[w]!;
      let parts = this.inside.get(word);
      if (parts === undefined) {
        parts = Array.from(word).length > 1 ? this.segmenter.cutAll(word) : [word];
        this.inside.set(word, parts);
      }
      for (let i = 0; i < parts.length; i++) out.push(parts[i]!);
    }
    return out;
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

  /** Each term's best weight in item `slot` (arrays stamped per item: a Map per item was most of the build). */
  private collect(slot: number, item: ServiceItem, out: Collected): void {
    const seen: number[] = [];
    if (this.tick === 0x7fffffff) {
      this.tick = 0;
      this.stamp.fill(-1);
    }
    const mark = ++this.tick;
    const avg = this.avg;
    eachText(item, (f, text) => {
      const norm = (K1 + 1) / (1 + K1 * (1 - B + (B * text.length) / (avg[f] || 1)));
      const w = WEIGHTS[f]! * norm;
      const ids = this.termsOf(text);
      if (this.terms.length > this.best.length) this.grow();
      const { best, bestField, stamp } = this;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (stamp[id] !== mark) {
          stamp[id] = mark;
          best[id] = w;
          bestField[id] = f;
          seen.push(id);
        } else if (best[id]! < w) {
          best[id] = w;
          bestField[id] = f;
        }
      }
    });
    for (let k = 0; k < seen.length; k++) {
      const id = seen[k]!;
      out.item.push(slot);
      out.term.push(id);
      out.weight.push(this.best[id]!);
      out.field.push(this.bestField[id]!);
    }
  }

  private grow(): void {
    const size = Math.max(this.terms.length, this.best.length * 2);
    const best = new Float32Array(size);
    best.set(this.best);
    const bestField = new Uint8Array(size);
    bestField.set(this.bestField);
    const stamp = new Int32Array(size).fill(-1);
    stamp.set(this.stamp);
    this.best = best;
    this.bestField = bestField;
    this.stamp = stamp;
  }

  /**
   * Lays the postings out per term: the old index's postings of unchanged items, merged in item order
   * with the collected ones (both ascending by item).
   */
  private finish(
    slots: ReadonlyArray<ServiceItem | undefined>,
    add: Collected,
    old: WordIndex | undefined,
    changed: Uint8Array | undefined,
  ): WordIndex {
    const termCount = this.terms.length;
    // New postings grouped by term (counting sort keeps them ascending by item within a term).
    const addFirst = new Int32Array(termCount + 1);
    for (let k = 0; k < add.term.length; k++) addFirst[add.term.data[k]! + 1]!++;
    for (let t = 0; t < termCount; t++) addFirst[t + 1]! += addFirst[t]!;
    const addFill = addFirst.slice(0, termCount);
    const addOrder = new Int32Array(add.term.length);
    for (let k = 0; k < add.term.length; k++) addOrder[addFill[add.term.data[k]!]!++] = k;

    // Old postings, in locals (this runs once per catalog change, before the JIT has warmed to it).
    const oldTerms = old === undefined ? 0 : old.postFirst.length - 1;
    const oFirst = old?.postFirst ?? new Int32Array(1);
    const oItems = old?.postItems ?? new Int32Array(0);
    const oWeights = old?.postWeight ?? new Float32Array(0);
    const oFields = old?.postField ?? new Uint8Array(0);
    const gone = changed ?? new Uint8Array(0);
    const dropAny = changed !== undefined;
    const aItems = add.item.data;
    const aWeights = add.weight.data;
    const aFields = add.field.data;
    // Old postings kept per term (a term whose postings all stay and that gains none is copied whole).
    const kept = new Int32Array(termCount);
    const first = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) {
      let n = 0;
      if (t < oldTerms) {
        const end = oFirst[t + 1]!;
        if (dropAny) {
          for (let k = oFirst[t]!; k < end; k++) if (gone[oItems[k]!] === 0) n++;
        } else n = end - oFirst[t]!;
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
        if (o < oEnd && dropAny && gone[oItems[o]!] !== 0) {
          o++;
          continue;
        }
        const k = a < aEnd ? addOrder[a]! : -1;
        if (o < oEnd && (k < 0 || oItems[o]! < aItems[k]!)) {
          allItems[at] = oItems[o]!;
          allWeights[at] = oWeights[o]!;
          allFields[at] = oFields[o]!;
          o++;
        } else {
          allItems[at] = aItems[k]!;
          allWeights[at] = aWeights[k]!;
          allFields[at] = aFields[k]!;
          a++;
        }
        at++;
      }
    }

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
