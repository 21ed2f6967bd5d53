/**
 * What the search needs from a Chinese word segmenter. The kiosk, the CLI and the bench use jieba
 * (jieba.segmenter.ts); this interface keeps the search itself pure (no Node, no DOM).
 */
export interface Segmenter {
  /** The words of a text in order, covering it (dictionary only, no guessing of unknown words). */
  cut(text: string): string[];
  /** Every dictionary word found inside a text, overlapping ones included, and single characters. */
  cutAll(text: string): string[];
  /** Makes these words known (the catalog's own vocabulary, the thesaurus), so they are cut whole. */
  addWords(words: Iterable<string>): void;
}
