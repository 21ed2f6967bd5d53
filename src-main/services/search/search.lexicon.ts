/**
 * The search's language data, kept as text files beside the catalog (resources/catalog/): the domain
 * thesaurus (everyday words against the catalog's official ones) and the stop words (function words and
 * question tails). Parsing only; reading the files is search-lexicon.load.ts. Pure: no Node, no DOM.
 */

export interface Lexicon {
  /** Words that carry no meaning for finding an item (办, 要, 什么, 怎么办 …). */
  stopWords: ReadonlySet<string>;
  /** Each word's synonyms (the other words of every group it belongs to), never itself. */
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** The thesaurus groups, as written. */
  groups: ReadonlyArray<readonly string[]>;
  /** The first word of each group: the catalog's own word. */
  heads: ReadonlySet<string>;
}

/** Lines without their `#` comments, trimmed, empty ones left out. */
function dataLines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.replace(/#.*$/u, '').trim())
    .filter((line) => line !== '');
}

/**
 * Thesaurus: one group per line, words separated by spaces; the first word is the catalog's own word,
 * the others the ways people say it. A word may be in several groups.
 */
export function parseThesaurus(text: string): string[][] {
  const groups: string[][] = [];
  for (const line of dataLines(text)) {
    const words = [...new Set(line.split(/[\s,，、]+/u).filter((w) => w !== ''))];
    if (words.length >= 2) groups.push(words);
  }
  return groups;
}

/** Stop words: any number per line, separated by spaces. */
export function parseStopWords(text: string): string[] {
  return dataLines(text).flatMap((line) => line.split(/\s+/u).filter((w) => w !== ''));
}

export function createLexicon(groups: string[][], stopWords: string[]): Lexicon {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const word of group) {
      let set = synonyms.get(word);
      if (set === undefined) synonyms.set(word, (set = new Set()));
      for (const other of group) if (other !== word) set.add(other);
    }
  }
  return {
    stopWords: new Set(stopWords),
    synonyms: new Map([...synonyms].map(([word, set]) => [word, [...set]])),
    groups,
    heads: new Set(groups.map((g) => g[0] as string)),
  };
}

/** A lexicon with no data: the search then matches the catalog's words only. */
export const EMPTY_LEXICON: Lexicon = createLexicon([], []);
