/**
 * The pinyin input method of the on-screen keyboard, as pure functions: splitting typed letters into
 * syllables, the candidate list (kiosk words, then the first syllable's characters), and the reducer of
 * the keyboard's state. No DOM and no React, so all of it is unit-tested in Node.
 */
import { COMMON_WORDS, LEVEL_ONE_CHARACTERS } from './common-words.generated.js';
import { KIOSK_WORDS } from './kiosk-words.generated.js';
import { COMPOUND_SURNAMES, GIVEN_NAME_CHARACTERS, SURNAMES } from './name-characters.js';
import { appendText, removeLastChar, roomFor } from './key-input.js';
import {
  MAX_SYLLABLE_LENGTH,
  SYLLABLES,
  charsOf,
  isSyllablePrefix,
  syllablesStartingWith,
} from './pinyin-data.js';

/** One candidate: the text it writes and how many letters of the composition it uses up. */
export interface Candidate {
  readonly text: string;
  readonly consumed: number;
}

export interface CandidatePage {
  readonly items: readonly Candidate[];
  readonly hasMore: boolean;
  readonly hasPrev: boolean;
}

/** Letters a composition may hold: enough for a long place name, bounded for the segmenter. */
export const MAX_COMPOSITION = 30;

/** Lower case a–z only; ü (and its keyboard spelling v) is `v`. */
export function normalizeLetters(input: string): string {
  return input
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z]/g, '');
}

export interface Segmentation {
  /** The syllables; the last one may be the unfinished start of a syllable (`zh`, `hon`). */
  readonly parts: readonly string[];
  /** True when the last part is unfinished. */
  readonly partialTail: boolean;
}

/**
 * Splits letters into syllables, fewest parts first and, among those, longer syllables first
 * (`xian` → xian, `fangan` → fang an, `hanhongying` → han hong ying). Only the last part may be
 * unfinished. Null when the letters cannot be split at all (`sfz`, `v`).
 */
export function segment(letters: string): Segmentation | null {
  const n = letters.length;
  if (n === 0) return { parts: [], partialTail: false };
  // best[i]: the best split of letters[i..n).
  const best: Array<{ parts: string[]; partialTail: boolean } | null> = new Array<null>(n + 1).fill(null);
  best[n] = { parts: [], partialTail: false };
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let len = Math.min(MAX_SYLLABLE_LENGTH, n - i); len >= 1; len -= 1) {
      const piece = letters.slice(i, i + len);
      const atEnd = i + len === n;
      const whole = SYLLABLES.has(piece);
      if (!whole && !(atEnd && isSyllablePrefix(piece))) continue;
      const rest = best[i + len];
      if (!rest) continue;
      const current = best[i];
      if (!current || rest.parts.length + 1 < current.parts.length) {
        best[i] = { parts: [piece, ...rest.parts], partialTail: atEnd ? !whole : rest.partialTail };
      }
    }
  }
  return best[0] ?? null;
}

/** The composition as shown to the citizen: syllables separated by spaces (`han hong ying`). */
export function formatComposition(letters: string): string {
  const split = segment(letters);
  return split ? split.parts.join(' ') : letters;
}

interface WordEntry {
  readonly text: string;
  readonly joined: string;
  readonly initials: string;
  readonly syllableCount: number;
  /** Kiosk words (the hall's places, services and papers) before everyday words. */
  readonly kiosk: boolean;
}

function entry(text: string, syllables: string, kiosk: boolean): WordEntry {
  const parts = syllables.split(' ');
  return {
    text,
    joined: parts.join(''),
    initials: parts.map((p) => p.charAt(0)).join(''),
    syllableCount: parts.length,
    kiosk,
  };
}

/**
 * The words and rules the keyboard draws candidates from. `KIOSK_LEXICON` is the keyboard as it was
 * before word-level pinyin (kiosk words only, characters in the table's order, no 联想): the bench
 * measures taps against it.
 */
export interface Lexicon {
  readonly id: string;
  /** Kiosk words in their list order, then everyday words most frequent first. */
  readonly words: readonly WordEntry[];
  /** Characters offered before all others of a syllable; null keeps the table's order. */
  readonly common: ReadonlySet<string> | null;
  /** Offer likely next words (联想) after a pick. */
  readonly association: boolean;
}

const KIOSK_ENTRIES = KIOSK_WORDS.map(([text, syllables]) => entry(text, syllables, true));

export const KIOSK_LEXICON: Lexicon = { id: 'kiosk', words: KIOSK_ENTRIES, common: null, association: false };

export const FULL_LEXICON: Lexicon = {
  id: 'full',
  words: [
    ...KIOSK_ENTRIES,
    ...COMMON_WORDS.split('\n').flatMap((line) => {
      const at = line.indexOf(' ');
      return at > 0 ? [entry(line.slice(0, at), line.slice(at + 1), false)] : [];
    }),
  ],
  common: new Set([...LEVEL_ONE_CHARACTERS, ...SURNAMES, ...GIVEN_NAME_CHARACTERS]),
  association: true,
};

/** What the field holds: a name's first character ranks surnames first, later ones given-name characters. */
export type NamePart = 'surname' | 'given' | undefined;

export interface CandidateContext {
  readonly lexicon?: Lexicon | undefined;
  readonly namePart?: NamePart;
}

const SURNAME_RANK = new Map([...SURNAMES].map((c, i) => [c, i]));
const GIVEN_NAME_SET = new Set(GIVEN_NAME_CHARACTERS);
const COMPOUND_ENTRIES = COMPOUND_SURNAMES.map(([text, syllables]) => entry(text, syllables, true));

/**
 * The first part's characters: a whole syllable gives its list in frequency order; an unfinished one
 * (`zh`) interleaves the lists of the syllables it starts, most frequent of each first.
 */
function firstPartChars(part: string): Candidate[] {
  if (SYLLABLES.has(part)) return charsOf(part).map((text) => ({ text, consumed: part.length }));
  const lists = syllablesStartingWith(part).map((s) => charsOf(s));
  const longest = Math.max(0, ...lists.map((l) => l.length));
  const out: Candidate[] = [];
  for (let rank = 0; rank < longest; rank += 1) {
    for (const list of lists) {
      const text = list[rank];
      if (text !== undefined) out.push({ text, consumed: part.length });
    }
  }
  return out;
}

/** Where single characters start when the letters cannot be split: the longest syllable or start of one. */
function fallbackFirstPart(letters: string): string | null {
  for (let len = Math.min(MAX_SYLLABLE_LENGTH, letters.length); len >= 1; len -= 1) {
    if (SYLLABLES.has(letters.slice(0, len))) return letters.slice(0, len);
  }
  for (let len = Math.min(MAX_SYLLABLE_LENGTH, letters.length); len >= 1; len -= 1) {
    if (isSyllablePrefix(letters.slice(0, len))) return letters.slice(0, len);
  }
  return null;
}

/** Common characters first (each group keeps its order); for names, surnames or given-name characters first. */
function rankChars(chars: readonly Candidate[], lexicon: Lexicon, namePart: NamePart): Candidate[] {
  const common = lexicon.common;
  const tier = (c: Candidate): number => {
    if (namePart === 'surname' && SURNAME_RANK.has(c.text)) return 0;
    if (namePart === 'given' && GIVEN_NAME_SET.has(c.text)) return 0;
    return common === null || common.has(c.text) ? 1 : 2;
  };
  const ranked = chars.map((c, i) => ({ c, i, t: tier(c) }));
  ranked.sort((a, b) => {
    if (a.t !== b.t) return a.t - b.t;
    if (a.t === 0 && namePart === 'surname')
      return (SURNAME_RANK.get(a.c.text) ?? 0) - (SURNAME_RANK.get(b.c.text) ?? 0);
    return a.i - b.i;
  });
  return ranked.map((r) => r.c);
}

/** At most this many everyday words of one kind (completions, initials) before the characters. */
const EVERYDAY_PER_KIND = 8;

function computeCandidates(letters: string, lexicon: Lexicon, namePart: NamePart): Candidate[] {
  if (letters.length === 0) return [];
  const split = segment(letters);
  const partCount = split ? split.parts.length : 0;

  const exact: Candidate[] = [];
  const completions: Array<Candidate & { readonly length: number }> = [];
  const everydayCompletions: Candidate[] = [];
  const abbreviations: Candidate[] = [];
  const prefixes: Candidate[] = [];
  const words = namePart === 'surname' ? [...COMPOUND_ENTRIES, ...lexicon.words] : lexicon.words;
  for (const word of words) {
    if (word.joined === letters) {
      exact.push({ text: word.text, consumed: letters.length });
    } else if (partCount >= 2 && word.joined.startsWith(letters)) {
      // `kunl`, `shenfen`: the citizen has typed the start of a longer word.
      if (word.kiosk)
        completions.push({ text: word.text, consumed: letters.length, length: word.joined.length });
      else if (everydayCompletions.length < EVERYDAY_PER_KIND)
        everydayCompletions.push({ text: word.text, consumed: letters.length });
    } else if (letters.length >= 2 && word.syllableCount === letters.length && word.initials === letters) {
      // `sfz` → 身份证: one initial per syllable.
      if (word.kiosk || abbreviations.length < EVERYDAY_PER_KIND)
        abbreviations.push({ text: word.text, consumed: letters.length });
    } else if (letters.startsWith(word.joined) && segment(letters.slice(word.joined.length)) !== null) {
      prefixes.push({ text: word.text, consumed: word.joined.length });
    }
  }
  completions.sort((a, b) => a.length - b.length);
  prefixes.sort((a, b) => b.consumed - a.consumed);

  const first = split?.parts[0] ?? fallbackFirstPart(letters);
  const chars = rankChars(first ? firstPartChars(first) : [], lexicon, namePart);
  // In a name, the surname's characters come before any everyday word.
  const ordered =
    namePart === 'surname'
      ? [...exact, ...chars.filter((c) => SURNAME_RANK.has(c.text)), ...completions, ...prefixes, ...chars]
      : [...exact, ...completions, ...everydayCompletions, ...abbreviations, ...prefixes, ...chars];

  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of ordered) {
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    out.push({ text: c.text, consumed: c.consumed });
  }
  return out;
}

const cache = new Map<string, readonly Candidate[]>();
const CACHE_SIZE = 64;

/** Every candidate for the letters typed so far: words first, then single characters by frequency. */
export function allCandidates(pinyin: string, context: CandidateContext = {}): readonly Candidate[] {
  const letters = normalizeLetters(pinyin);
  const lexicon = context.lexicon ?? FULL_LEXICON;
  const key = `${lexicon.id}|${context.namePart ?? ''}|${letters}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const list = computeCandidates(letters, lexicon, context.namePart);
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, list);
  return list;
}

function pageOf(list: readonly Candidate[], page: number, pageSize: number): CandidatePage {
  const size = Math.max(1, Math.floor(pageSize));
  const p = Math.max(0, Math.floor(page));
  return {
    items: list.slice(p * size, (p + 1) * size),
    hasPrev: p > 0,
    hasMore: (p + 1) * size < list.length,
  };
}

/** One page of candidates (page 0 first); a page past the end is empty. */
export function candidates(
  pinyin: string,
  page: number,
  pageSize: number,
  context: CandidateContext = {},
): CandidatePage {
  return pageOf(allCandidates(pinyin, context), page, pageSize);
}

/** 联想 offered after a pick: at most this many next words. */
export const MAX_ASSOCIATIONS = 24;
const byFirstChar = new Map<string, Map<string, readonly Candidate[]>>();

/**
 * Likely next words after `text` was written (联想): the rest of each word that starts with its last
 * character, kiosk words first, then everyday words by frequency. Nothing when the lexicon has no 联想.
 */
export function associations(text: string, lexicon: Lexicon = FULL_LEXICON): readonly Candidate[] {
  const chars = [...text];
  const last = chars[chars.length - 1];
  if (!lexicon.association || last === undefined) return [];
  let index = byFirstChar.get(lexicon.id);
  if (!index) {
    const building = new Map<string, Candidate[]>();
    for (const word of lexicon.words) {
      const [head, ...rest] = [...word.text];
      if (head === undefined || rest.length === 0) continue;
      const list = building.get(head) ?? [];
      if (list.length < MAX_ASSOCIATIONS && !list.some((c) => c.text === rest.join(''))) {
        list.push({ text: rest.join(''), consumed: 0 });
      }
      building.set(head, list);
    }
    index = building;
    byFirstChar.set(lexicon.id, index);
  }
  return index.get(last) ?? [];
}

/** Writes the whole composition with the first candidate each time; letters with none stay as letters. */
export function convertAll(pinyin: string, context: CandidateContext = {}): string {
  let rest = normalizeLetters(pinyin);
  let text = '';
  while (rest.length > 0) {
    const first = allCandidates(rest, context)[0];
    if (!first || first.consumed <= 0) return text + rest;
    text += first.text;
    rest = rest.slice(first.consumed);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------------
// The keyboard's state.

export type InputMode = 'zh' | 'en';

export interface PinyinState {
  /** 中: letters compose pinyin; 英: letters and digits are written as they are. */
  readonly mode: InputMode;
  /** Pinyin letters typed and not yet turned into characters (中 only). */
  readonly composition: string;
  /** The candidate page shown (0 first). */
  readonly page: number;
  /** 英 mode writes capitals (house numbers such as 3号楼A座) until toggled. */
  readonly upperCase: boolean;
  /** Set when the last key was refused because the field is full; cleared by the next key. */
  readonly full: boolean;
  /** What was just picked, while its 联想 (likely next words) are offered; '' when none. */
  readonly after: string;
}

export const initialPinyinState: PinyinState = {
  mode: 'zh',
  composition: '',
  page: 0,
  upperCase: true,
  full: false,
  after: '',
};

export type PinyinAction =
  | { readonly type: 'letter'; readonly letter: string }
  /** Digits and punctuation: a pending composition is converted first. */
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'space' }
  | { readonly type: 'backspace' }
  | { readonly type: 'clear' }
  /** Tap on a candidate (or a 联想 word); `index` counts within the page shown. */
  | { readonly type: 'pick'; readonly index: number }
  | { readonly type: 'nextPage' }
  | { readonly type: 'prevPage' }
  | { readonly type: 'toggleMode' }
  | { readonly type: 'toggleCase' };

export interface PinyinOptions {
  readonly maxLength?: number | undefined;
  readonly pageSize: number;
  /** The words to offer (the full lexicon unless told). */
  readonly lexicon?: Lexicon | undefined;
  /** A person's name: surnames first for its first character, given-name characters after; no 联想. */
  readonly names?: boolean | undefined;
}

export interface PinyinResult {
  readonly state: PinyinState;
  readonly value: string;
}

function contextFor(value: string, options: PinyinOptions): CandidateContext {
  return {
    lexicon: options.lexicon ?? FULL_LEXICON,
    namePart: options.names ? (value.length === 0 ? 'surname' : 'given') : undefined,
  };
}

/** The candidates the bar shows: those of the composition, else the 联想 of the last pick. */
export function shownCandidates(state: PinyinState, value: string, options: PinyinOptions): CandidatePage {
  if (state.mode !== 'zh') return pageOf([], 0, options.pageSize);
  if (state.composition.length > 0)
    return candidates(state.composition, state.page, options.pageSize, contextFor(value, options));
  if (state.after === '' || options.names) return pageOf([], 0, options.pageSize);
  return pageOf(associations(state.after, options.lexicon ?? FULL_LEXICON), state.page, options.pageSize);
}

function refuse(state: PinyinState, value: string): PinyinResult {
  return { state: { ...state, full: true }, value };
}

function commitCandidate(
  state: PinyinState,
  value: string,
  candidate: Candidate | undefined,
  maxLength: number | undefined,
): PinyinResult {
  if (!candidate) return { state, value };
  if (roomFor(value, maxLength) < candidate.text.length) return refuse(state, value);
  const composition = state.composition.slice(candidate.consumed);
  return {
    state: { ...state, composition, page: 0, after: composition === '' ? candidate.text : '' },
    value: value + candidate.text,
  };
}

/**
 * The keyboard's reducer: the next state and the next value of the field for one key. The value is
 * the caller's (a controlled field); `maxLength` counts UTF-16 units, as the form's validation does.
 */
export function reducePinyin(
  prev: PinyinState,
  value: string,
  action: PinyinAction,
  options: PinyinOptions,
): PinyinResult {
  const { maxLength } = options;
  const cleared: PinyinState = prev.full ? { ...prev, full: false } : prev;
  const composing = cleared.mode === 'zh' && cleared.composition.length > 0;
  const shown = shownCandidates(cleared, value, options);
  // 联想 lasts until the next key that is not a pick or a page turn.
  const keepsAfter = action.type === 'pick' || action.type === 'nextPage' || action.type === 'prevPage';
  const state: PinyinState =
    keepsAfter || cleared.after === '' ? cleared : { ...cleared, after: '', page: 0 };

  switch (action.type) {
    case 'letter': {
      const letter = normalizeLetters(action.letter).slice(0, 1);
      if (letter === '') return { state, value };
      if (state.mode === 'en') {
        const text = state.upperCase ? letter.toUpperCase() : letter;
        const next = appendText(value, text, maxLength);
        return next === value ? refuse(state, value) : { state, value: next };
      }
      // A composition is only worth typing if at least one character still fits.
      if (roomFor(value, maxLength) < 1) return refuse(state, value);
      if (state.composition.length >= MAX_COMPOSITION) return { state, value };
      return { state: { ...state, composition: state.composition + letter, page: 0 }, value };
    }
    case 'text': {
      const pending = composing ? convertAll(state.composition, contextFor(value, options)) : '';
      const text = pending + action.text;
      if (roomFor(value, maxLength) < text.length) return refuse(state, value);
      return { state: { ...state, composition: '', page: 0 }, value: value + text };
    }
    case 'space': {
      if (composing) return commitCandidate(state, value, shown.items[0], maxLength);
      const next = appendText(value, ' ', maxLength);
      return next === value ? refuse(state, value) : { state, value: next };
    }
    case 'pick': {
      if (!composing && state.after === '') return { state, value };
      return commitCandidate(state, value, shown.items[action.index], maxLength);
    }
    case 'backspace':
      if (composing)
        return { state: { ...state, composition: state.composition.slice(0, -1), page: 0 }, value };
      return { state, value: removeLastChar(value) };
    case 'clear':
      return { state: { ...state, composition: '', page: 0 }, value: '' };
    case 'nextPage':
      if (!shown.hasMore) return { state, value };
      return { state: { ...state, page: state.page + 1 }, value };
    case 'prevPage':
      return { state: { ...state, page: Math.max(0, state.page - 1) }, value };
    case 'toggleMode': {
      if (state.mode === 'en') return { state: { ...state, mode: 'zh', page: 0 }, value };
      // Leaving 中 with letters pending: the citizen wanted those letters, write them as typed.
      const kept = state.composition.slice(0, roomFor(value, maxLength));
      const cut = kept.length < state.composition.length;
      const nextState: PinyinState = { ...state, mode: 'en', composition: '', page: 0, full: cut };
      return { state: nextState, value: value + kept };
    }
    case 'toggleCase':
      return { state: { ...state, upperCase: !state.upperCase }, value };
  }
}
