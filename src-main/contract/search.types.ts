/**
 * Types of the catalog search. Pure: no Node, no DOM, so the renderer can import them as types.
 */

/** Which text of an item matched. `other` texts are the result name, the themes and the department. */
export type SearchField = 'name' | 'alias' | 'material' | 'condition' | 'result' | 'theme' | 'department';

/**
 * How the query matched:
 * - `hanzi`: the characters themselves (汉字, digits, latin letters written in the text);
 * - `pinyin`: full pinyin syllables (the last one may be unfinished: "yanglaob");
 * - `initials`: first letters of the syllables ("ylbx");
 * - `mixed`: a mix of the above ("养老bx", "di保", "yanglaobx");
 * - `partial`: some syllable inside the query was cut short ("yanlao" for 养老, "zhcj");
 * - `typo`: one edit away from the pinyin of the text ("yangloa").
 */
export type MatchKind = 'hanzi' | 'pinyin' | 'initials' | 'mixed' | 'partial' | 'typo';

/** What the search box typed, once normalized. */
export type QueryClass = 'empty' | 'hanzi' | 'pinyin' | 'initials' | 'mixed' | 'other';

/** One ranked result: the best match of one item. */
export interface SearchHit {
  id: string;
  code: string;
  name: string;
  /** Higher is better. Name matches always outrank alias matches, which outrank the other texts. */
  score: number;
  field: SearchField;
  kind: MatchKind;
  /** The text that matched: the name itself when `field` is `name`, otherwise the alias, material, ... */
  matchedText: string;
  /**
   * Half-open ranges `[start, end)` of UTF-16 offsets into `matchedText` (so into `name` when `field` is
   * `name`) that matched the query, in order, for rendering with `<mark>`. Punctuation and spaces that
   * the query skipped split a range in two.
   */
  highlights: Array<[number, number]>;
}

export interface SearchIndex {
  /** Ranked hits, best first; `[]` for an empty or meaningless query. Never throws on user input. */
  search(query: string, limit?: number): SearchHit[];
  /** Number of items indexed. */
  readonly size: number;
}
