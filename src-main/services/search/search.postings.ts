/**
 * Posting lists keyed by a number, laid out flat: every list end to end in one Int32Array, found through
 * `first`. Keys below `dense` are their own list number (letters, letter pairs and triples, the common
 * code points: no hashing for the hundreds of thousands of postings a 3,000-item catalog makes); a key
 * above gets a list number from a Map. A small typed array per key made the garbage collector most of the
 * build; one flat array costs it nothing.
 * Pure: no Node, no DOM.
 */

/** Frozen posting lists: `get(key)` is the ascending list of units under `key` (maybe empty). */
export class Postings {
  constructor(
    /** Keys `0 <= key < dense` are list numbers themselves. */
    readonly dense: number,
    /** List number of each other key (from `dense` up). */
    readonly ids: ReadonlyMap<number, number>,
    /** List `i` is `units[first[i]..first[i + 1])`. */
    readonly first: Int32Array,
    readonly units: Int32Array,
  ) {}

  get(key: number): Int32Array | undefined {
    const id = key >= 0 && key < this.dense ? key : this.ids.get(key);
    return id === undefined ? undefined : this.units.subarray(this.first[id], this.first[id + 1]);
  }

  /** Number of lists. */
  get size(): number {
    return this.dense + this.ids.size;
  }
}

/**
 * Posting lists built in two passes over the same `(key, unit)` pairs, units in ascending order: the
 * first pass counts (`add` with `filling` false), then `layOut` places the lists (after those of `from`,
 * whose units are all smaller), then the second pass fills them (the same `add` calls again). A unit
 * repeated under the same key is kept once. Nothing is stored per pair: a 3,000-item catalog makes half a
 * million of them.
 */
export class TwoPassPostings {
  filling = false;
  private readonly ids: Map<number, number>;
  private count: Int32Array;
  /** The last unit added under each list, plus one (0: none yet, as a new array holds). */
  private last: Int32Array;
  private lists: number;
  private first = new Int32Array(1);
  private fill = new Int32Array(0);
  private units = new Int32Array(0);

  constructor(
    private readonly dense: number,
    private readonly from?: Postings,
  ) {
    if (from !== undefined && from.dense !== dense) throw new Error('postings of another key space');
    this.ids = new Map(from?.ids);
    this.lists = from?.size ?? dense;
    // Room for a few keys above the dense ones (most builds have none); it doubles when full.
    this.count = new Int32Array(this.lists + 64);
    this.last = new Int32Array(this.count.length);
  }

  add(key: number, unit: number): void {
    let id: number | undefined;
    if (key >= 0 && key < this.dense) id = key;
    else {
      id = this.ids.get(key);
      if (id === undefined) {
        id = this.lists++;
        this.ids.set(key, id);
        if (id === this.count.length) this.grow();
      }
    }
    if (this.last[id] === unit + 1) return;
    this.last[id] = unit + 1;
    if (this.filling) this.units[this.fill[id]!++] = unit;
    else this.count[id]!++;
  }

  /** Ends the counting pass: the lists are laid out, the old ones copied, the new ones to be filled. */
  layOut(): void {
    const n = this.lists;
    const first = new Int32Array(n + 1);
    const old = this.from;
    if (old === undefined) {
      for (let i = 0; i < n; i++) first[i + 1] = first[i]! + this.count[i]!;
    } else {
      const oldN = old.size;
      const oldFirst = old.first;
      for (let i = 0; i < n; i++) {
        const had = i < oldN ? oldFirst[i + 1]! - oldFirst[i]! : 0;
        first[i + 1] = first[i]! + had + this.count[i]!;
      }
    }
    const units = new Int32Array(first[n]!);
    const fill = first.slice(0, n);
    if (old !== undefined) {
      for (let i = 0; i < old.size; i++) {
        const a = old.first[i]!;
        const b = old.first[i + 1]!;
        if (a === b) continue;
        units.set(old.units.subarray(a, b), fill[i]);
        fill[i]! += b - a;
      }
    }
    this.first = first;
    this.fill = fill;
    this.units = units;
    this.last.fill(0);
    this.filling = true;
  }

  /** The lists, once filled. */
  freeze(): Postings {
    return new Postings(this.dense, this.ids, this.first, this.units);
  }

  private grow(): void {
    const count = new Int32Array(this.count.length * 2);
    count.set(this.count);
    const last = new Int32Array(count.length);
    last.set(this.last);
    this.count = count;
    this.last = last;
  }
}
