/**
 * Types of the catalog search. Pure: no Node, no DOM, so the renderer can import them as types.
 */
import type { Category, ItemSummary } from './types.js';

/** Which text of an item matched: its name, a 俗称, a material, a condition, the result, a 常见问题, ... */
export type SearchField =
  'name' | 'alias' | 'material' | 'condition' | 'result' | 'faq' | 'theme' | 'department';

/**
 * How a word of the query reached a word of the item:
 * - `word`: the same word;
 * - `synonym`: through the domain thesaurus (媳妇 → 配偶, 批 → 审批);
 * - `homophone`: same pinyin, other 汉字 (养劳金 → 养老金), ranked below the right 汉字;
 * - `pinyin`: typed in pinyin (yanglaojin → 养老金);
 * - `part`: a word the catalog does not know, matched by a known word inside it.
 */
export type WordVia = 'word' | 'synonym' | 'homophone' | 'pinyin' | 'part';

/** One query word that matched, and where. */
export interface MatchedWord {
  /** The word as the query had it. */
  query: string;
  /** The catalog's word it matched. */
  matched: string;
  via: WordVia;
  field: SearchField;
}

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
  /**
   * Why the item was found when the query was read word by word: each query word that matched. Absent
   * when the whole query matched as one phrase (then `highlights` tell it all).
   */
  words?: MatchedWord[];
}

export interface SearchIndex {
  /** Ranked hits, best first; `[]` for an empty or meaningless query. Never throws on user input. */
  search(query: string, limit?: number): SearchHit[];
  /** Number of items indexed. */
  readonly size: number;
}

/** What the search screen offers when nothing matched: never a bare "没有找到". */
export interface SearchHelp {
  /**
   * Categories sharing the most (rarest) 汉字 with the query, at most 3; when none shares any, the
   * largest theme categories (then `categoriesNear` is false).
   */
  categories: Category[];
  categoriesNear: boolean;
  /** The most asked items at this kiosk. */
  popular: ItemSummary[];
  /** Ways to ask that find something in this catalog ("换个说法试试"). */
  examples: string[];
}

/** A query that found nothing, as the admin's 统计 lists it. */
export interface SearchMiss {
  query: string;
  count: number;
  /** Last time it was typed (ISO). */
  lastAt: string;
}
