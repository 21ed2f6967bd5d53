/**
 * The pinyin space of a word index: catalog and thesaurus words by their toneless pinyin ("yanglaojin" →
 * 养老金), read by queries typed in pinyin and by homophone slips. Filling it converts every catalog word
 * to pinyin, a large share of a fresh build, for queries that may never come: it is filled at its first
 * read, or when the index is warmed or saved, whichever comes first. Either way it holds the same words in
 * the same order. Pure: no Node, no DOM.
 */

/** What understanding reads of the pinyin space. */
export interface SoundLookup {
  get(key: string): readonly string[] | undefined;
}

export class SoundTable implements SoundLookup {
  private table: ReadonlyMap<string, readonly string[]> | undefined;
  private fill: (() => ReadonlyMap<string, readonly string[]>) | undefined;

  /** A table filled now (`source` a map) or at its first read (`source` what fills it). */
  constructor(
    source: ReadonlyMap<string, readonly string[]> | (() => ReadonlyMap<string, readonly string[]>),
  ) {
    if (typeof source === 'function') this.fill = source;
    else this.table = source;
  }

  get(key: string): readonly string[] | undefined {
    return this.entries().get(key);
  }

  /** Whether the table is filled yet. */
  get filled(): boolean {
    return this.table !== undefined;
  }

  /** The whole table (filled now if it was not yet). */
  entries(): ReadonlyMap<string, readonly string[]> {
    if (this.table === undefined) {
      this.table = this.fill!();
      this.fill = undefined;
    }
    return this.table;
  }
}
