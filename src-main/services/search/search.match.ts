/**
 * Matchers of one query against the units of one text, from a given starting unit:
 * - the unit matcher, where each unit is consumed by its own character (汉字, digit or letter) or by a
 *   non-empty prefix of its pinyin; this one rule covers 汉字 substrings, full pinyin, initials, unfinished
 *   syllables and mixed input such as "养老bx" or "di保";
 * - the typo matcher: the query's letters within one edit (insertion, deletion, substitution or swap of two
 *   neighbours) of the pinyin of a run of whole units.
 * Both work on the tier's flat arrays (global unit numbers) and allocate nothing per call.
 * Pure: no Node, no DOM.
 */
import type { IndexedText, Tier } from './search.index.js';
import type { MatchKind } from '../../contract/search.types.js';
import { normalizeUnits } from './search.query.js';

/** Matches one query; create one per query (it keeps a failure memo sized for the query). */
export class UnitMatcher {
  /** How the last successful `matchAt` matched. */
  kind: MatchKind = 'hanzi';
  private readonly q: Int32Array;
  private readonly latin: Uint8Array;
  private readonly stride: number;
  private memo: Uint32Array;
  private gen = 0;
  // The candidate start unit and the unit after the end of its text.
  private g0 = 0;
  private gEnd = 0;
  // How the units of the current path were consumed.
  private hanLiteral = 0;
  private full = 0;
  private initial = 0;
  private partial = 0;
  private tail = 0;

  /** `q`: the query's code points; `latin`: 1 where the query has a latin letter. */
  constructor(q: Int32Array, latin: Uint8Array, maxUnits: number) {
    this.q = q;
    this.latin = latin;
    this.stride = q.length + 1;
    this.memo = new Uint32Array((maxUnits + 1) * this.stride);
  }

  /** The unit after the end of a match of the whole query starting at unit `g` (before `gEnd`), or -1. */
  matchAt(tier: Tier, g: number, gEnd: number): number {
    const need = (gEnd - g + 1) * this.stride;
    if (need > this.memo.length) this.memo = new Uint32Array(need);
    if (this.gen === 0xffffffff) {
      this.memo.fill(0);
      this.gen = 0;
    }
    this.gen++;
    this.g0 = g;
    this.gEnd = gEnd;
    this.hanLiteral = this.full = this.initial = this.partial = this.tail = 0;
    const end = this.walk(tier, g, 0);
    if (end >= 0) this.kind = this.kindOfPath();
    return end;
  }

  /** Depth-first: the character itself first, then the whole syllable, then shorter and shorter prefixes. */
  private walk(tier: Tier, g: number, i: number): number {
    const q = this.q;
    const qn = q.length;
    if (i === qn) return g;
    if (g >= this.gEnd) return -1;
    const key = (g - this.g0) * this.stride + i;
    if (this.memo[key] === this.gen) return -1;
    const isHan = tier.han[g] === 1;
    if (tier.lit[g] === q[i]) {
      if (isHan) this.hanLiteral++;
      const end = this.walk(tier, g + 1, i + 1);
      if (end >= 0) return end;
      if (isHan) this.hanLiteral--;
    }
    if (isHan && this.latin[i] === 1) {
      const py = tier.py;
      const p = tier.pyOff[g] as number;
      const sl = (tier.pyOff[g + 1] as number) - p;
      let c = 0;
      while (c < sl && i + c < qn && q[i + c] === py[p + c]) c++;
      if (c === sl && (i + sl === qn || this.canStart(tier, g + 1, q[i + sl] as number))) {
        this.full++;
        const end = this.walk(tier, g + 1, i + sl);
        if (end >= 0) return end;
        this.full--;
      }
      for (let len = Math.min(c, sl - 1); len >= 1; len--) {
        if (i + len === qn) {
          // The query ends inside this syllable: the villager is still typing it.
          this.tail = len;
          return g + 1;
        }
        if (!this.canStart(tier, g + 1, q[i + len] as number)) continue;
        if (len === 1) this.initial++;
        else this.partial++;
        const end = this.walk(tier, g + 1, i + len);
        if (end >= 0) return end;
        if (len === 1) this.initial--;
        else this.partial--;
      }
    }
    this.memo[key] = this.gen;
    return -1;
  }

  /** Cheap test before recursing: can unit `g` take query character `code` first? */
  private canStart(tier: Tier, g: number, code: number): boolean {
    if (g >= this.gEnd) return false;
    return tier.lit[g] === code || (tier.han[g] === 1 && tier.py[tier.pyOff[g] as number] === code);
  }

  private kindOfPath(): MatchKind {
    if (this.partial > 0) return 'partial';
    const spelled = this.full + this.initial + (this.tail > 0 ? 1 : 0);
    if (this.hanLiteral > 0) return spelled > 0 ? 'mixed' : 'hanzi';
    if (this.full > 0) return this.initial > 0 ? 'mixed' : 'pinyin';
    if (this.initial > 0) return 'initials';
    if (this.tail > 0) return this.tail === 1 ? 'initials' : 'pinyin';
    return 'hanzi';
  }
}

/** Whether `a` from `ai` equals `b` from `off + bi` to their ends (`m`, `n` their lengths). */
function sameTail(
  a: ArrayLike<number>,
  ai: number,
  m: number,
  b: ArrayLike<number>,
  off: number,
  bi: number,
  n: number,
): boolean {
  if (m - ai !== n - bi) return false;
  for (; ai < m; ai++, bi++) if (a[ai] !== b[off + bi]) return false;
  return true;
}

/**
 * Whether `a` is within one edit of `b[off..off + n)`: one insertion, deletion, substitution, or a swap of
 * two neighbouring letters (optimal string alignment distance ≤ 1). Linear, no allocation.
 */
export function withinOneEdit(a: ArrayLike<number>, b: ArrayLike<number>, off: number, n: number): boolean {
  const m = a.length;
  if (m - n > 1 || n - m > 1) return false;
  let i = 0;
  const common = Math.min(m, n);
  while (i < common && a[i] === b[off + i]) i++;
  if (i === m && i === n) return true;
  if (m > n) return sameTail(a, i + 1, m, b, off, i, n); // an extra letter typed
  if (n > m) return sameTail(a, i, m, b, off, i + 1, n); // a letter missed
  if (sameTail(a, i + 1, m, b, off, i + 1, n)) return true; // a wrong letter
  return (
    i + 1 < m && a[i] === b[off + i + 1] && a[i + 1] === b[off + i] && sameTail(a, i + 2, m, b, off, i + 2, n)
  ); // two neighbours swapped
}

/**
 * The run of whole units starting at unit `g` (before `gEnd`) whose pinyin is within one edit of `letters`
 * (char codes of latin letters): the unit after the run, or -1. Only runs of `letters.length ± 1` letters
 * can qualify, so at most three runs are checked.
 */
export function typoAt(tier: Tier, g: number, gEnd: number, letters: Int32Array): number {
  const m = letters.length;
  const pyOff = tier.pyOff;
  const p0 = pyOff[g] as number;
  for (let e = g + 1; e <= gEnd; e++) {
    const len = (pyOff[e] as number) - p0;
    if (len > m + 1) break;
    if (len >= m - 1 && withinOneEdit(letters, tier.py, p0, len)) return e;
  }
  return -1;
}

/** UTF-16 ranges in the text covered by its units `[start, end)`, merged where the units touch. */
export function highlightRanges(t: IndexedText, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Offsets are worked out again for the few texts shown, rather than kept for every text of the index.
  const norm = normalizeUnits(t.text);
  for (let u = start; u < end; u++) {
    const s = norm.starts[u] as number;
    const e = norm.ends[u] as number;
    const last = out[out.length - 1];
    if (last !== undefined && last[1] >= s) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
