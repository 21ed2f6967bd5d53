/**
 * Growable typed arrays for the index builds: a build lays its texts, units and postings end to end in
 * typed arrays that start at a guess and double when full.
 * Pure: no Node, no DOM.
 */

export type GrowableArray = Int32Array | Uint16Array | Uint8Array | Float32Array | Float64Array;

/** A copy of `a` with room for `size` elements (the ones past `a`'s length are 0). */
export function grown<T extends GrowableArray>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
