/**
 * The phrase search: the whole query as one phrase in the catalog's texts, typed as 汉字, full pinyin,
 * initials, mixed input, or with a small pinyin typo. Build the index once per catalog; each query then looks only at
 * the units the posting lists point to, tier by tier, and stops as soon as lower tiers cannot reach the top.
 * A query allocates almost nothing: per-text and per-item bests live in typed arrays stamped per query.
 * Pure: no Node, no DOM.
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import { buildIndex, key2, letterOf, startsLetters } from './search.index.js';
import type { BuiltIndex, IndexedText, PhraseFields, Tier } from './search.index.js';
import { highlightRanges, typoAt, UnitMatcher } from './search.match.js';
import { isHan, MAX_QUERY_CHARS, parseQuery } from './search.query.js';
import type { ParsedQuery } from './search.query.js';
import type { MatchKind, SearchHit } from '../../contract/search.types.js';
import type { Segmenter } from './search.segmenter.js';

/** Letters needed before a query may match with a typo ("one edit on a syllable sequence of length ≥ 4"). */
export const MIN_TYPO_LETTERS = 4;

const KINDS: readonly MatchKind[] = ['hanzi', 'pinyin', 'mixed', 'initials', 'partial', 'typo'];
const KIND_BONUS: Record<MatchKind, number> = {
  hanzi: 0,
  pinyin: -10,
  mixed: -15,
  initials: -20,
  partial: -30,
  typo: -150,
};
const EXACT_BONUS = 100;
const PREFIX_BONUS = 50;

/** Best match of each text of a tier in the current query (valid where `stamp` equals the query's stamp). */
interface TierScratch {
  stamp: Uint32Array;
  score: Int32Array;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
}

function tierScratch(tier: Tier): TierScratch {
  const n = tier.texts.length;
  return {
    stamp: new Uint32Array(n),
    score: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    kind: new Uint8Array(n),
  };
}

/**
 * Where a query may start in a tier: a posting list, and which of its units to keep. A query starting
 * with three letters keeps the units of its first two letters' list where the three can start; one
 * starting with a 汉字 and another character keeps the units of the 汉字's list followed by that character.
 */
interface StartRule {
  list: 'k1' | 'k2';
  key: number;
  /** 0: every unit of the list; 3: three letters x y z; 2: the character `x` after the unit. */
  keep: 0 | 2 | 3;
  x: number;
  y: number;
  z: number;
}

function startRule(q: ParsedQuery): StartRule {
  const [c0, c1, c2] = q.chars as [string, string | undefined, string | undefined];
  if (q.latin[0] === 1 && q.latin[1] === 1) {
    const a = letterOf(c0.charCodeAt(0));
    const b = letterOf(c1!.charCodeAt(0));
    const three = q.latin[2] === 1;
    const c = three ? letterOf(c2!.charCodeAt(0)) : -1;
    return { list: 'k2', key: key2(a, b), keep: three ? 3 : 0, x: a, y: b, z: c };
  }
  const cp0 = c0.codePointAt(0)!;
  const pair = c1 !== undefined && q.latin[1] === 0 && isHan(c0);
  return { list: 'k1', key: cp0, keep: pair ? 2 : 0, x: pair ? c1.codePointAt(0)! : -1, y: -1, z: -1 };
}

/** Whether the query may start at unit `g` (of a text ending before `end`) by `rule`'s filter. */
function keeps(tier: Tier, g: number, end: number, rule: StartRule): boolean {
  if (rule.keep === 0) return true;
  if (rule.keep === 2) return tier.han[g] === 1 && g + 1 < end && tier.lit[g + 1] === rule.x;
  return startsLetters(tier, g, end, rule.x, rule.y, rule.z);
}

class Searcher {
  private readonly index: BuiltIndex;
  private readonly scratch: TierScratch[];
  private readonly touchedTexts: Int32Array;
  private readonly itemStamp: Uint32Array;
  private readonly itemScore: Int32Array;
  private readonly itemTier: Uint8Array;
  private readonly itemText: Int32Array;
  private readonly touchedItems: Int32Array;
  private readonly maxUnits: number;
  private touchedCount = 0;
  private stamp = 0;

  constructor(index: BuiltIndex) {
    this.index = index;
    this.scratch = index.tiers.map(tierScratch);
    this.touchedTexts = new Int32Array(Math.max(0, ...index.tiers.map((t) => t.texts.length)));
    const n = index.items.length;
    this.itemStamp = new Uint32Array(n);
    this.itemScore = new Int32Array(n);
    this.itemTier = new Uint8Array(n);
    this.itemText = new Int32Array(n);
    this.touchedItems = new Int32Array(n);
    this.maxUnits = Math.max(0, ...index.tiers.map((t) => t.maxUnits));
  }

  search(query: string, limit: number): SearchHit[] {
    if (!(limit >= 1)) return [];
    const q = parseQuery(query);
    if (q.chars.length === 0 || q.chars.length > MAX_QUERY_CHARS) return [];
    this.nextStamp();
    const tiers = this.index.tiers;
    const matcher = new UnitMatcher(q.codes, q.latin, this.maxUnits);
    const rule = startRule(q);
    for (let ti = 0; ti < tiers.length; ti++) {
      const tier = tiers[ti] as Tier;
      if (this.filled(limit, tier.base + EXACT_BONUS)) break;
      const starts = tier[rule.list].get(rule.key);
      if (starts !== undefined) this.scanExact(ti, starts, rule, matcher);
    }
    // Typos are a fallback, only when no reading of the query matched anything: otherwise a right spelling
    // ("yinhang" → 银行卡) would be buried under a near miss in a name ("yishang" → 以上).
    if (q.latinOnly && q.chars.length >= MIN_TYPO_LETTERS && this.touchedCount === 0) {
      // The first letter is taken as right (the run starts with it), or as swapped with the second (the run
      // starts with those two letters the other way round).
      const [c0, c1] = q.chars as [string, string];
      for (let ti = 0; ti < tiers.length; ti++) {
        const tier = tiers[ti] as Tier;
        if (!tier.typos) continue;
        const lists = [
          tier.k1.get(c0.codePointAt(0)!),
          c0 === c1 ? undefined : tier.k2.get(key2(letterOf(c1.charCodeAt(0)), letterOf(c0.charCodeAt(0)))),
        ];
        this.scanTypos(
          ti,
          lists.filter((l) => l !== undefined),
          q.codes,
        );
      }
    }
    return this.top(limit).map((item) => this.hit(item));
  }

  private nextStamp(): void {
    this.touchedCount = 0;
    if (this.stamp === 0xffffffff) {
      this.stamp = 0;
      this.itemStamp.fill(0);
      for (const s of this.scratch) s.stamp.fill(0);
    }
    this.stamp++;
  }

  /** Whether `limit` items already score above `ceiling`, so nothing scoring at most that can enter the top. */
  private filled(limit: number, ceiling: number): boolean {
    if (this.touchedCount < limit) return false;
    let above = 0;
    for (let k = 0; k < this.touchedCount; k++) {
      if ((this.itemScore[this.touchedItems[k] as number] as number) > ceiling && ++above >= limit)
        return true;
    }
    return false;
  }

  private scanExact(ti: number, starts: Int32Array, rule: StartRule, matcher: UnitMatcher): void {
    const tier = this.index.tiers[ti] as Tier;
    let touched = 0;
    for (let k = 0; k < starts.length; k++) {
      const g = starts[k] as number;
      const x = tier.unitText[g] as number;
      const textEnd = tier.textEnd[x] as number;
      if (!keeps(tier, g, textEnd, rule)) continue;
      const end = matcher.matchAt(tier, g, textEnd);
      if (end >= 0) touched = this.record(ti, x, g, end, matcher.kind, touched);
    }
    this.offerTexts(ti, touched);
  }

  private scanTypos(ti: number, lists: Int32Array[], letters: Int32Array): void {
    const tier = this.index.tiers[ti] as Tier;
    let touched = 0;
    for (const starts of lists) {
      for (let k = 0; k < starts.length; k++) {
        const g = starts[k] as number;
        const x = tier.unitText[g] as number;
        const end = typoAt(tier, g, tier.textEnd[x] as number, letters);
        if (end >= 0) touched = this.record(ti, x, g, end, 'typo', touched);
      }
    }
    this.offerTexts(ti, touched);
  }

  /** Keeps the best match (units `[g, end)`) of text `x`; returns the new count of texts touched in this scan. */
  private record(ti: number, x: number, g: number, end: number, kind: MatchKind, touched: number): number {
    const tier = this.index.tiers[ti] as Tier;
    const s = this.scratch[ti] as TierScratch;
    const first = tier.textFirst[x] as number;
    let position = 0;
    if (g === first) position = end === tier.textEnd[x] ? EXACT_BONUS : PREFIX_BONUS;
    const score = tier.base + position + KIND_BONUS[kind];
    const fresh = s.stamp[x] !== this.stamp;
    if (!fresh && score <= (s.score[x] as number)) return touched;
    s.stamp[x] = this.stamp;
    s.score[x] = score;
    s.start[x] = g - first;
    s.end[x] = end - first;
    s.kind[x] = KINDS.indexOf(kind);
    if (fresh) this.touchedTexts[touched++] = x;
    return touched;
  }

  /** Hands the texts matched in a scan to the items that carry them. */
  private offerTexts(ti: number, touched: number): void {
    const tier = this.index.tiers[ti] as Tier;
    const s = this.scratch[ti] as TierScratch;
    for (let k = 0; k < touched; k++) {
      const x = this.touchedTexts[k] as number;
      const score = s.score[x] as number;
      for (const item of (tier.texts[x] as IndexedText).items) {
        if (this.itemStamp[item] !== this.stamp) {
          this.itemStamp[item] = this.stamp;
          this.touchedItems[this.touchedCount++] = item;
        } else if (score <= (this.itemScore[item] as number)) continue;
        this.itemScore[item] = score;
        this.itemTier[item] = ti;
        this.itemText[item] = x;
      }
    }
  }

  /** Whether item `a` ranks before item `b`: higher score, then shorter name, then catalog order. */
  private before(a: number, b: number): boolean {
    const sa = this.itemScore[a] as number;
    const sb = this.itemScore[b] as number;
    if (sa !== sb) return sa > sb;
    const la = this.index.nameLength[a] as number;
    const lb = this.index.nameLength[b] as number;
    return la !== lb ? la < lb : a < b;
  }

  /** The `limit` best items, in order (insertion into a short sorted list: no full sort of every hit). */
  private top(limit: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.touchedCount; k++) {
      const item = this.touchedItems[k] as number;
      if (out.length === limit && !this.before(item, out[limit - 1] as number)) continue;
      let lo = 0;
      let hi = out.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.before(out[mid] as number, item)) lo = mid + 1;
        else hi = mid;
      }
      out.splice(lo, 0, item);
      if (out.length > limit) out.pop();
    }
    return out;
  }

  private hit(i: number): SearchHit {
    const item = this.index.items[i] as ServiceItem;
    const ti = this.itemTier[i] as number;
    const x = this.itemText[i] as number;
    const text = (this.index.tiers[ti] as Tier).texts[x] as IndexedText;
    const s = this.scratch[ti] as TierScratch;
    return {
      id: item.id,
      code: item.code,
      name: item.name,
      score: this.itemScore[i] as number,
      field: text.field,
      kind: KINDS[s.kind[x] as number] as MatchKind,
      matchedText: text.text,
      highlights: highlightRanges(text, s.start[x] as number, s.end[x] as number),
    };
  }
}

/** The phrase search over a catalog (build once; rebuild when the catalog changes). */
export interface PhraseSearch {
  search(query: string, limit: number): SearchHit[];
}

/** The phrase search over an index built (or updated) by PhraseIndexer. */
export function phraseSearchOf(index: BuiltIndex): PhraseSearch {
  const searcher = new Searcher(index);
  return { search: (query, limit) => searcher.search(query, Math.floor(limit)) };
}

export function createPhraseSearch(
  items: readonly ServiceItem[],
  segmenter?: Segmenter,
  fields: PhraseFields = 'all',
): PhraseSearch {
  return phraseSearchOf(buildIndex(items, segmenter, fields));
}
