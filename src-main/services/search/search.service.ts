/**
 * The catalog search behind the kiosk's one search box, the CLI and the bench. Two readings of a query:
 * - as one phrase (search.phrase.ts): 汉字, pinyin, initials, mixed input, typos, in names and 俗称 first;
 * - as words (search.understand.ts, search.words.ts): segmented, stop words dropped, synonyms and
 *   homophones added, items ranked by how much of the query they cover.
 * A whole-phrase match in a name or a 俗称 comes first; then items by word score; ties go to the items
 * most viewed at this kiosk, then to the shorter name. Pure: no Node, no DOM (segmenter and lexicon are
 * handed in; without a segmenter only the phrase reading runs).
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import type { MatchedWord, SearchField, SearchHit, SearchIndex } from '../../contract/search.types.js';
import { EMPTY_LEXICON, type Lexicon } from './search.lexicon.js';
import { PhraseIndexer } from './search.index.js';
import { phraseSearchOf, type PhraseSearch } from './search.phrase.js';
import type { Segmenter } from './search.segmenter.js';
import { understand, type Understanding } from './search.understand.js';
import { segmentMemo } from './search.segment-memo.js';
import type { SearchSnapshot } from './search.snapshot.js';
import {
  addCatalogVocabulary,
  itemTexts,
  postingOf,
  termField,
  WordIndexer,
  WordScorer,
  type WordIndex,
} from './search.words.js';

export interface SearchOptions {
  /** Chinese word segmenter; without it, only the phrase reading runs. */
  segmenter?: Segmenter;
  /** Thesaurus and stop words. */
  lexicon?: Lexicon;
  /** How often each item was asked for at this kiosk (breaks ties). */
  popularity?: (id: string) => number;
}

/** One concept of the query and what it contributed to a hit. */
export interface ExplainedWord extends MatchedWord {
  score: number;
}

export interface SearchExplanation {
  understanding: Understanding;
  /** Each alternative of each concept, by catalog word (for printing). */
  hits: Array<SearchHit & { contributions: ExplainedWord[]; phrase: boolean }>;
}

export interface CatalogSearchIndex extends SearchIndex {
  /** The same search, with the query's segmentation, expansions and each hit's word scores. */
  explain(query: string, limit?: number): SearchExplanation;
  /** Keeps the index in step with the catalog's new items (item by item when few changed). */
  update(items: readonly ServiceItem[]): void;
  /** The index as a snapshot under `key` (undefined for a phrase-only index, which is not worth keeping). */
  snapshot(key: string): SearchSnapshot | undefined;
  /** Fills now what the build left for its first use (the pinyin space), so no query waits for it. */
  warm(): void;
}

/** A word hit scoring under this share of the best one is left out. */
const WEAK_SHARE = 0.15;
/** Scores of phrase hits in names and 俗称 sit above every word score. */
const PHRASE_FLOOR = 1000;
/** Word scores are mapped below the phrase floor, keeping their order. */
const wordScore = (s: number): number => Math.round(((PHRASE_FLOOR * s) / (s + 20)) * 100) / 100;

function rangesOf(text: string, words: readonly string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const w of words) {
    if (w === '') continue;
    let at = lower.indexOf(w);
    while (at >= 0) {
      ranges.push([at, at + w.length]);
      at = lower.indexOf(w, at + w.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last !== undefined && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** A change touching more than this share of the catalog rebuilds the index instead of updating it. */
const MAX_UPDATE_SHARE = 0.25;

class CombinedSearch implements CatalogSearchIndex {
  size = 0;
  /** The items by slot (catalog order; a removed item leaves its slot empty until the next rebuild). */
  private slots: Array<ServiceItem | undefined> = [];
  private phrase!: PhraseSearch;
  private phraseIndexer!: PhraseIndexer;
  private words: WordIndex | undefined;
  private wordIndexer: WordIndexer | undefined;
  private scorer: WordScorer | undefined;
  private nameLength = new Int32Array(0);
  private indexOf = new Map<string, number>();
  /** Catalog texts are cut through the memo: an update or rebuild cuts only texts not seen before. */
  private readonly texts: Segmenter | undefined;
  private readonly lexicon: Lexicon;

  constructor(
    items: readonly ServiceItem[],
    private readonly options: SearchOptions,
    restored?: { slots: Array<ServiceItem | undefined>; snapshot: SearchSnapshot },
  ) {
    this.texts = options.segmenter === undefined ? undefined : segmentMemo(options.segmenter);
    this.lexicon = options.lexicon ?? EMPTY_LEXICON;
    if (restored === undefined || this.texts === undefined) {
      this.rebuild(items);
      return;
    }
    // The segmenter learns the catalog's vocabulary as after a build (a lazy one only when first needed).
    addCatalogVocabulary(items, this.texts, this.lexicon);
    const { slots, snapshot } = restored;
    this.slots = slots;
    const phrase = {
      ...snapshot.phrase,
      items: slots,
      nameLength: Int32Array.from(slots, (i) => i?.name.length ?? 0),
    };
    this.phraseIndexer = PhraseIndexer.restore(phrase, this.texts, 'names');
    this.phrase = phraseSearchOf(phrase);
    this.wordIndexer = WordIndexer.restore(this.texts, this.lexicon, snapshot.words, snapshot.averages);
    this.words = snapshot.words;
    this.scorer = new WordScorer(this.words);
    this.index();
  }

  warm(): void {
    this.words?.byPinyin.entries();
  }

  snapshot(key: string): SearchSnapshot | undefined {
    const phrase = this.phraseIndexer.current();
    if (this.words === undefined || this.wordIndexer === undefined || phrase === undefined) return undefined;
    return {
      key,
      slotIds: this.slots.map((item) => item?.id ?? null),
      phrase,
      words: this.words,
      averages: this.wordIndexer.averages(),
    };
  }

  /**
   * Keeps the index in step with a changed catalog. Items are compared by identity (the catalog service
   * keeps the objects of unchanged items): when few changed and the catalog kept its order (changed items
   * in place, new ones at the end), only their entries are updated; otherwise the index is rebuilt.
   */
  update(items: readonly ServiceItem[]): void {
    const changed = this.words === undefined ? undefined : this.changedSlots(items);
    if (changed === undefined) {
      this.rebuild(items);
      return;
    }
    if (changed.slots.length === 0) return;
    this.slots = changed.next;
    addCatalogVocabulary(changed.items, this.texts!, this.lexicon);
    this.phrase = phraseSearchOf(this.phraseIndexer.update(this.slots, changed.slots));
    this.words = this.wordIndexer!.update(this.slots, changed.slots);
    this.scorer = new WordScorer(this.words);
    this.index();
  }

  /** The slots an update touches, or undefined when the change calls for a rebuild. */
  private changedSlots(
    items: readonly ServiceItem[],
  ): { next: Array<ServiceItem | undefined>; slots: number[]; items: ServiceItem[] } | undefined {
    const next = this.slots.slice();
    const seen = new Uint8Array(next.length);
    const slots: number[] = [];
    const changedItems: ServiceItem[] = [];
    let last = -1;
    for (const item of items) {
      const slot = this.indexOf.get(item.id);
      if (slot === undefined) {
        last = next.length;
        slots.push(next.length);
        next.push(item);
        changedItems.push(item);
        continue;
      }
      // An item moved, or an old one after a new one: the catalog's order changed.
      if (slot <= last || last >= this.slots.length || seen[slot] === 1) return undefined;
      last = slot;
      seen[slot] = 1;
      if (next[slot] !== item) {
        next[slot] = item;
        slots.push(slot);
        changedItems.push(item);
      }
    }
    for (let slot = 0; slot < this.slots.length; slot++) {
      if (seen[slot] === 0 && this.slots[slot] !== undefined) {
        next[slot] = undefined;
        slots.push(slot);
      }
    }
    const empty = next.length - items.length;
    if (slots.length > MAX_UPDATE_SHARE * Math.max(1, items.length) || empty > MAX_UPDATE_SHARE * next.length)
      return undefined;
    slots.sort((a, b) => a - b);
    return { next, slots, items: changedItems };
  }

  private rebuild(items: readonly ServiceItem[]): void {
    this.slots = items.slice();
    if (this.texts === undefined) {
      this.phraseIndexer = new PhraseIndexer(undefined, 'all');
      this.phrase = phraseSearchOf(this.phraseIndexer.build(this.slots));
    } else {
      addCatalogVocabulary(items, this.texts, this.lexicon);
      // With words, the phrase reading needs only names and 俗称: the word index reaches the other fields.
      this.phraseIndexer = new PhraseIndexer(this.texts, 'names');
      this.phrase = phraseSearchOf(this.phraseIndexer.build(this.slots));
      this.wordIndexer = new WordIndexer(this.texts, this.lexicon);
      this.words = this.wordIndexer.build(this.slots);
      this.scorer = new WordScorer(this.words);
    }
    this.index();
  }

  private index(): void {
    this.nameLength = Int32Array.from(this.slots, (i) => i?.name.length ?? 0);
    this.indexOf = new Map();
    let size = 0;
    this.slots.forEach((it, i) => {
      if (it === undefined) return;
      this.indexOf.set(it.id, i);
      size++;
    });
    this.size = size;
  }

  search(query: string, limit = 20): SearchHit[] {
    return this.run(query, limit).map(({ hit }) => hit);
  }

  explain(query: string, limit = 10): SearchExplanation {
    const understanding = this.understand(query);
    return {
      understanding,
      hits: this.run(query, limit).map(({ hit, item, phrase }) => ({
        ...hit,
        phrase,
        contributions: item < 0 ? [] : this.contributions(understanding, item),
      })),
    };
  }

  private understand(query: string): Understanding {
    if (this.words === undefined || this.options.segmenter === undefined)
      return { words: [], dropped: [], concepts: [], unknown: [] };
    return understand(query, this.options.segmenter, this.words, this.options.lexicon ?? EMPTY_LEXICON);
  }

  private popularity(item: number): number {
    const f = this.options.popularity;
    return f === undefined ? 0 : f((this.slots[item] as ServiceItem).id);
  }

  private run(query: string, rawLimit: number): Array<{ hit: SearchHit; item: number; phrase: boolean }> {
    const limit = Math.floor(rawLimit);
    if (!(limit >= 1) || typeof query !== 'string') return [];
    const phraseHits = this.phrase.search(query, limit);
    const indexOf = this.indexOf;
    const out: Array<{ hit: SearchHit; item: number; phrase: boolean }> = [];
    const taken = new Set<string>();
    const strong = (h: SearchHit): boolean =>
      (h.field === 'name' || h.field === 'alias') && h.kind !== 'typo';
    for (const h of phraseHits) {
      if (!strong(h)) continue;
      out.push({ hit: { ...h, score: PHRASE_FLOOR + h.score }, item: indexOf.get(h.id) ?? -1, phrase: true });
      taken.add(h.id);
    }
    const scorer = this.scorer;
    if (scorer !== undefined && out.length < limit) {
      const u = this.understand(query);
      scorer.run(u);
      // Items far below the best one matched a stray word of the question ("领"): left out before
      // sorting, so a common word does not make the sort as long as the catalog.
      let best = 0;
      for (let k = 0; k < scorer.touchedCount; k++) best = Math.max(best, scorer.score[scorer.touched[k]!]!);
      const floor = best * WEAK_SHARE;
      const score = (i: number): number => wordScore(scorer.score[i]!);
      // Popularity is read only for ties, once per item and query.
      const views = new Map<number, number>();
      const popularity = (i: number): number => {
        let v = views.get(i);
        if (v === undefined) views.set(i, (v = this.popularity(i)));
        return v;
      };
      const before = (a: number, b: number): boolean => {
        const d =
          score(b) - score(a) || popularity(b) - popularity(a) || this.nameLength[a]! - this.nameLength[b]!;
        return d !== 0 ? d < 0 : a < b;
      };
      // The best `limit` items in order, by insertion into a short sorted list: a common word reaches
      // thousands of items of a large catalog, and sorting them all was most of such a query.
      const ranked: number[] = [];
      for (let k = 0; k < scorer.touchedCount; k++) {
        const item = scorer.touched[k]!;
        if (!(scorer.score[item]! > 0 && scorer.score[item]! >= floor)) continue;
        if (ranked.length === limit && !before(item, ranked[limit - 1]!)) continue;
        let lo = 0;
        let hi = ranked.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (before(ranked[mid]!, item)) lo = mid + 1;
          else hi = mid;
        }
        ranked.splice(lo, 0, item);
        if (ranked.length > limit) ranked.pop();
      }
      for (const item of ranked) {
        if (out.length >= limit) break;
        const it = this.slots[item] as ServiceItem;
        if (taken.has(it.id)) continue;
        taken.add(it.id);
        out.push({ hit: this.wordHit(u, item, score(item)), item, phrase: false });
      }
    }
    for (const h of phraseHits) {
      if (out.length >= limit) break;
      if (taken.has(h.id)) continue;
      taken.add(h.id);
      // Weaker phrase matches (materials, conditions, typos) follow the word matches.
      out.push({
        hit: { ...h, score: Math.min(h.score, 1000) / 100 },
        item: indexOf.get(h.id) ?? -1,
        phrase: true,
      });
    }
    return out;
  }

  /** Each concept's best route into item `item`, with its score. */
  private contributions(u: Understanding, item: number): ExplainedWord[] {
    const index = this.words;
    if (index === undefined) return [];
    const out: ExplainedWord[] = [];
    for (const concept of u.concepts) {
      let best: ExplainedWord | undefined;
      for (const alt of concept.alternatives) {
        const k = postingOf(index, alt.term, item);
        if (k < 0) continue;
        const field = termField(index, alt.term, item)!;
        const s = index.idf[alt.term]! * alt.factor * index.postWeight[k]!;
        if (best === undefined || s > best.score)
          best = {
            query: concept.query,
            matched: alt.word,
            via: alt.via,
            field,
            score: Math.round(s * 100) / 100,
          };
      }
      if (best !== undefined) out.push(best);
    }
    return out;
  }

  private wordHit(u: Understanding, item: number, score: number): SearchHit {
    const it = this.slots[item] as ServiceItem;
    const contributions = this.contributions(u, item);
    const words: MatchedWord[] = contributions.map(({ query, matched, via, field }) => ({
      query,
      matched,
      via,
      field,
    }));
    // Show the name when a word matched there, else the text of the strongest match.
    const strongest = [...contributions].sort((a, b) => b.score - a.score)[0];
    const field: SearchField = words.some((w) => w.field === 'name') ? 'name' : (strongest?.field ?? 'name');
    const matched = words.filter((w) => w.field === field).map((w) => w.matched);
    const texts = itemTexts(it).filter(([f]) => f === field);
    const text =
      texts.find(([, t]) => matched.some((m) => t.toLowerCase().includes(m)))?.[1] ??
      texts[0]?.[1] ??
      it.name;
    return {
      id: it.id,
      code: it.code,
      name: it.name,
      score,
      field,
      kind: words.some((w) => w.via === 'pinyin') ? 'pinyin' : 'hanzi',
      matchedText: text,
      highlights: rangesOf(text, matched),
      words,
    };
  }
}

/**
 * The search index of a catalog read back from a snapshot of it, or undefined when the snapshot's slots
 * do not hold exactly these items (the caller then builds it). The snapshot's key is the caller's check
 * that it was made from these items' contents.
 */
export function restoreSearchIndex(
  items: readonly ServiceItem[],
  snapshot: SearchSnapshot,
  options: SearchOptions,
): CatalogSearchIndex | undefined {
  if (options.segmenter === undefined) return undefined;
  const byId = new Map(items.map((item) => [item.id, item]));
  if (byId.size !== items.length) return undefined;
  const slots: Array<ServiceItem | undefined> = [];
  for (const id of snapshot.slotIds) {
    if (id === null) {
      slots.push(undefined);
      continue;
    }
    const item = byId.get(id);
    // Every item once, in a slot of its own, and no slot for an item the catalog does not have.
    if (item === undefined) return undefined;
    byId.delete(id);
    slots.push(item);
  }
  if (byId.size !== 0) return undefined;
  return new CombinedSearch(items, options, { slots, snapshot });
}

/** Build the search index of a catalog (once; rebuild when the catalog changes). */
export function createSearchIndex(
  items: readonly ServiceItem[],
  options: SearchOptions = {},
): CatalogSearchIndex {
  return new CombinedSearch(items, options);
}
