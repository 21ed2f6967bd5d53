/**
 * Query understanding: cuts a query into words, drops function words and question tails, and turns each
 * remaining word into a concept: the catalog words that carry its meaning, found as the same word, through
 * the thesaurus, in pinyin space (a 汉字 slip on the pinyin keyboard, or pinyin typed), or as a known word
 * inside an unknown one. Neighbouring words are tried together first (生 + 孩子 → 生孩子 → 生育).
 * Pure: no Node, no DOM (the segmenter is handed in).
 */
import type { WordVia } from '../../contract/search.types.js';
import type { Lexicon } from './search.lexicon.js';
import { pinyinKey } from './search.pinyin.js';
import { isHan, isLatin, MAX_QUERY_CHARS, splitSyllables } from './search.query.js';
import type { Segmenter } from './search.segmenter.js';
import type { SoundLookup } from './search.sound-table.js';

/** What understanding needs to know about the catalog's words. */
export interface Vocabulary {
  /** Id of a word that occurs in the catalog's texts. */
  termId: ReadonlyMap<string, number>;
  /** Words (catalog words and thesaurus words) by their toneless pinyin ("yanglaojin" → 养老金). */
  byPinyin: SoundLookup;
}

/** How much a match through each route is worth, against the same word (1). */
export const VIA_FACTOR: Record<WordVia, number> = {
  word: 1,
  synonym: 0.85,
  pinyin: 0.8,
  homophone: 0.6,
  part: 0.45,
};

/** A synonym through the group rather than to its head (户口本 → 户籍 rather than 户口本 → 户口簿). */
const SIBLING_FACTOR = 0.8;

export interface Alternative {
  term: number;
  word: string;
  via: WordVia;
  factor: number;
}

export interface Concept {
  /** The query's words this concept stands for. */
  query: string;
  alternatives: Alternative[];
}

export interface Understanding {
  /** The segmenter's words (spaces and punctuation left out; pinyin cut into syllables). */
  words: string[];
  /** Words dropped as function words or question tails. */
  dropped: string[];
  concepts: Concept[];
  /** Words neither the catalog nor the thesaurus knows. */
  unknown: string[];
}

/** A piece of the query: a segmenter word, or one pinyin syllable of a latin word. */
interface Piece {
  text: string;
  latin: boolean;
  han: number;
}

const MAX_SPAN_PIECES = 4;
const MAX_SPAN_SYLLABLES = 6;
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;
const MEANINGFUL = /[\p{L}\p{N}]/u;

function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (isHan(ch)) n++;
  return n;
}

const LETTER_WORDS = /^[a-z]+(?: [a-z]+)*$/u;

/**
 * The query's words: the segmenter's, except where the answer is known without it (which spares loading
 * the segmenter's dictionary): a query that is one word the catalog or the thesaurus knows, or letters
 * and spaces only (a segmenter keeps a run of letters whole).
 */
function queryWords(query: string, segmenter: Segmenter, vocab: Vocabulary, lexicon: Lexicon): string[] {
  if (vocab.termId.has(query) || lexicon.synonyms.has(query) || lexicon.stopWords.has(query)) return [query];
  if (LETTER_WORDS.test(query)) return query.split(' ');
  return segmenter.cut(query);
}

function pieces(query: string, segmenter: Segmenter, vocab: Vocabulary, lexicon: Lexicon): Piece[] {
  const out: Piece[] = [];
  for (const word of queryWords(query, segmenter, vocab, lexicon)) {
    if (!MEANINGFUL.test(word)) continue;
    if ([...word].every(isLatin)) {
      const syllables = splitSyllables(word);
      if (syllables === undefined) out.push({ text: word, latin: true, han: 0 });
      else for (const s of syllables) out.push({ text: s, latin: true, han: 0 });
    } else out.push({ text: word, latin: false, han: countHan(word) });
  }
  return out;
}

/** The concept of a word the catalog or the thesaurus knows: the word itself and its synonyms. */
function resolve(word: string, vocab: Vocabulary, lexicon: Lexicon, via: WordVia): Alternative[] {
  const out: Alternative[] = [];
  const seen = new Set<number>();
  const push = (w: string, how: WordVia, factor: number): void => {
    const term = vocab.termId.get(w);
    if (term === undefined || seen.has(term)) return;
    seen.add(term);
    out.push({ term, word: w, via: how, factor });
  };
  push(word, via, VIA_FACTOR[via]);
  for (const s of lexicon.synonyms.get(word) ?? []) {
    // A synonym of a word reached by sound or pinyin keeps that route, at both discounts.
    const how = via === 'word' ? 'synonym' : via;
    push(s, how, via === 'word' ? VIA_FACTOR.synonym : VIA_FACTOR[via] * VIA_FACTOR.synonym);
    // Two everyday words of one group are further apart than an everyday word and the catalog's word.
    const last = out[out.length - 1];
    if (last?.word === s && !lexicon.heads.has(s) && !lexicon.heads.has(word)) last.factor *= SIBLING_FACTOR;
  }
  return out;
}

/** Whether the thesaurus or the catalog knows the word (it may have no term itself, only synonyms). */
function known(word: string, vocab: Vocabulary, lexicon: Lexicon): boolean {
  return vocab.termId.has(word) || lexicon.synonyms.has(word);
}

function bySound(
  key: string,
  except: string,
  vocab: Vocabulary,
  lexicon: Lexicon,
  via: WordVia,
): Alternative[] {
  const out: Alternative[] = [];
  for (const word of vocab.byPinyin.get(key) ?? []) {
    if (word === except) continue;
    for (const alt of resolve(word, vocab, lexicon, via))
      if (!out.some((a) => a.term === alt.term)) out.push(alt);
  }
  return out;
}

/** Cleans what was typed: NFKC, lower case, no control or format characters, at most 64 characters. */
export function cleanQuery(raw: string): string {
  if (typeof raw !== 'string') return '';
  const text = raw.normalize('NFKC').toLowerCase().replace(CONTROL, ' ').trim();
  return Array.from(text).slice(0, MAX_QUERY_CHARS).join('');
}

export function understand(
  raw: string,
  segmenter: Segmenter,
  vocab: Vocabulary,
  lexicon: Lexicon,
): Understanding {
  const query = cleanQuery(raw);
  const result: Understanding = { words: [], dropped: [], concepts: [], unknown: [] };
  if (query === '') return result;
  const ps = pieces(query, segmenter, vocab, lexicon);
  result.words = ps.map((p) => p.text);
  let i = 0;
  while (i < ps.length) {
    const first = ps[i] as Piece;
    const maxSpan = first.latin ? MAX_SPAN_SYLLABLES : MAX_SPAN_PIECES;
    let taken = 0;
    for (let len = Math.min(maxSpan, ps.length - i); len >= 1 && taken === 0; len--) {
      const span = ps.slice(i, i + len);
      if (span.some((p) => p.latin !== first.latin)) continue;
      const text = span.map((p) => p.text).join('');
      if (lexicon.stopWords.has(text) && !vocab.termId.has(text)) {
        result.dropped.push(text);
        taken = len;
        break;
      }
      let alternatives: Alternative[] = [];
      if (first.latin) {
        // One syllable alone says too little in pinyin (le, de, ban …): only runs of two or more count.
        if (len >= 2 || text.length >= 4) {
          const words = vocab.byPinyin.get(text) ?? [];
          if (words.some((w) => lexicon.stopWords.has(w)) && !words.some((w) => vocab.termId.has(w))) {
            result.dropped.push(text);
            taken = len;
            break;
          }
          alternatives = bySound(text, '', vocab, lexicon, 'pinyin');
        }
      } else if (known(text, vocab, lexicon)) {
        alternatives = resolve(text, vocab, lexicon, 'word');
      } else if (span.reduce((n, p) => n + p.han, 0) >= 2) {
        alternatives = bySound(pinyinKey(text), text, vocab, lexicon, 'homophone');
      }
      if (alternatives.length > 0) {
        result.concepts.push({ query: text, alternatives });
        taken = len;
      }
    }
    if (taken === 0) {
      // Nothing known starts here: look for known words inside this one (残疾证明 → 残疾, 证明).
      const word = first.text;
      const parts: Alternative[] = [];
      if (!first.latin && first.han >= 3) {
        for (const sub of segmenter.cutAll(word)) {
          if (sub === word || Array.from(sub).length < 2 || lexicon.stopWords.has(sub)) continue;
          for (const alt of resolve(sub, vocab, lexicon, 'part'))
            if (!parts.some((a) => a.term === alt.term)) parts.push(alt);
        }
      }
      if (parts.length > 0) result.concepts.push({ query: word, alternatives: parts });
      else result.unknown.push(word);
      taken = 1;
    }
    i += taken;
  }
  return result;
}
