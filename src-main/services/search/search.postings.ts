/**
 * Posting lists keyed by a number, each made at its key's first query and kept: a query looks up the
 * list of its first character or first two letters only, so a kiosk needs a few dozen of the thousands
 * of lists a catalog could have. Making every list at the build was a tenth of it, for lists no query
 * would read. A list is found by one pass over the tier's units, once per key: well under a millisecond
 * at 3,000 items once compiled. Keys with no units are remembered too (a query
 * of a character no text has does not scan again); past MAX_LISTS keys, which only odd input reaches,
 * the lists start afresh.
 * Pure: no Node, no DOM.
 */

/** Posting lists: `get(key)` is the ascending list of units under `key`, or undefined when it has none. */
export interface Postings {
  get(key: number): Int32Array | undefined;
}

/** More keys than a catalog's characters and letter pairs: only odd input gets this far. */
export const MAX_LISTS = 16_384;

/** Lists made on demand by `collect` (the units under a key, ascending), each once. */
export class LazyPostings implements Postings {
  private readonly lists = new Map<number, Int32Array>();

  constructor(private readonly collect: (key: number) => Int32Array) {}

  get(key: number): Int32Array | undefined {
    let list = this.lists.get(key);
    if (list === undefined) {
      list = this.collect(key);
      if (this.lists.size >= MAX_LISTS) this.lists.clear();
      this.lists.set(key, list);
    }
    return list.length === 0 ? undefined : list;
  }

  /** How many lists have been made so far. */
  get made(): number {
    return this.lists.size;
  }
}
