/**
 * Segmentation of catalog texts, remembered between index builds: a catalog change touches a few items, so
 * the next build cuts only their texts again (and a text the phrase index and the word index both read is
 * cut once). Only catalog texts go through it, never what a citizen typed. Words made known later change how
 * some texts are cut: only the texts containing a new word are forgotten. Pure: no Node, no DOM.
 */
import type { Segmenter } from './search.segmenter.js';

/** Beyond this many remembered texts the memo starts afresh (a 30,000-item catalog has about 70,000). */
const MAX_TEXTS = 250_000;
/** More new words than this, and every text is forgotten rather than checked for each of them. */
const MAX_FRESH_CHECKED = 50;

export class SegmentMemo implements Segmenter {
  private readonly cuts = new Map<string, string[]>();
  private readonly alls = new Map<string, string[]>();
  private readonly known = new Set<string>();

  constructor(private readonly inner: Segmenter) {}

  /** The words of a catalog text; the array is shared: callers must not change it. */
  cut(text: string): string[] {
    let words = this.cuts.get(text);
    if (words === undefined) {
      if (this.cuts.size >= MAX_TEXTS) this.cuts.clear();
      words = this.inner.cut(text);
      this.cuts.set(text, words);
    }
    return words;
  }

  /** Every dictionary word inside a catalog text; the array is shared: callers must not change it. */
  cutAll(text: string): string[] {
    let words = this.alls.get(text);
    if (words === undefined) {
      if (this.alls.size >= MAX_TEXTS) this.alls.clear();
      words = this.inner.cutAll(text);
      this.alls.set(text, words);
    }
    return words;
  }

  addWords(words: Iterable<string>): void {
    const fresh: string[] = [];
    for (const word of words) {
      if (this.known.has(word)) continue;
      this.known.add(word);
      fresh.push(word);
    }
    if (fresh.length === 0) return;
    this.inner.addWords(fresh);
    if (fresh.length > MAX_FRESH_CHECKED) {
      this.cuts.clear();
      this.alls.clear();
      return;
    }
    for (const memo of [this.cuts, this.alls]) {
      if (memo.size === 0) continue;
      for (const text of memo.keys()) if (fresh.some((w) => text.includes(w))) memo.delete(text);
    }
  }
}

const memos = new WeakMap<Segmenter, SegmentMemo>();

/** The memo of catalog texts for this segmenter (one per segmenter, kept for the process). */
export function segmentMemo(segmenter: Segmenter): SegmentMemo {
  let memo = memos.get(segmenter);
  if (memo === undefined) {
    memo = new SegmentMemo(segmenter);
    memos.set(segmenter, memo);
  }
  return memo;
}
