/**
 * Posting lists keyed by a number, laid out flat: one Map from key to a dense id, and every list end to end
 * in one Int32Array. An index of 3,000 items has tens of thousands of keys; a small typed array per key
 * made the garbage collector most of the build, one flat array costs it nothing.
 * Pure: no Node, no DOM.
 */

/** A growable Int32Array. */
export class IntColumn {
  length = 0;
  data: Int32Array;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Frozen posting lists: `get(key)` is the ascending list of units under `key`. */
export class Postings {
  constructor(
    /** Dense id of each key. */
    readonly ids: ReadonlyMap<number, number>,
    /** List of id `i` is `units[first[i]..first[i + 1])`. */
    readonly first: Int32Array,
    readonly units: Int32Array,
  ) {}

  get(key: number): Int32Array | undefined {
    const id = this.ids.get(key);
    return id === undefined ? undefined : this.units.subarray(this.first[id], this.first[id + 1]);
  }

  get size(): number {
    return this.ids.size;
  }

  static readonly EMPTY = new Postings(new Map(), new Int32Array(1), new Int32Array(0));
}

/**
 * Collects `(key, unit)` pairs, units pushed in ascending order (a unit repeated under the same key is
 * kept once), then freezes them, after the lists of `from` when given (whose units are all smaller).
 */
export class PostingsBuilder {
  private readonly ids: Map<number, number>;
  private readonly pairId = new IntColumn(4096);
  private readonly pairUnit = new IntColumn(4096);
  private count: IntColumn;
  private last: IntColumn;

  constructor(private readonly from: Postings = Postings.EMPTY) {
    this.ids = new Map(from.ids);
    const n = from.ids.size;
    this.count = new IntColumn(Math.max(1024, n * 2));
    this.last = new IntColumn(Math.max(1024, n * 2));
    for (let i = 0; i < n; i++) {
      this.count.push(0);
      this.last.push(-1);
    }
  }

  push(key: number, unit: number): void {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.count.length;
      this.ids.set(key, id);
      this.count.push(0);
      this.last.push(-1);
    }
    const last = this.last.data;
    if (last[id] === unit) return;
    last[id] = unit;
    this.count.data[id]!++;
    this.pairId.push(id);
    this.pairUnit.push(unit);
  }

  freeze(): Postings {
    const n = this.count.length;
    const old = this.from;
    const oldN = old.ids.size;
    const first = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const had = i < oldN ? old.first[i + 1]! - old.first[i]! : 0;
      first[i + 1] = first[i]! + had + this.count.data[i]!;
    }
    const units = new Int32Array(first[n]!);
    const fill = first.slice(0, n);
    for (let i = 0; i < oldN; i++) {
      const a = old.first[i]!;
      const b = old.first[i + 1]!;
      units.set(old.units.subarray(a, b), fill[i]);
      fill[i]! += b - a;
    }
    const ids = this.pairId.data;
    const us = this.pairUnit.data;
    for (let k = 0; k < this.pairId.length; k++) units[fill[ids[k]!]!++] = us[k]!;
    return new Postings(this.ids, first, units);
  }
}
