/**
 * The pinyin → characters table of simple-keyboard-layouts' `chinese` layout (MIT; its data comes from
 * sxei/pinyinjs): 404 toneless syllables, each with its characters in frequency order. ü is spelled `v`
 * (lv, nv, lve, nve). Pure data access, no DOM: the engine and its unit tests use it in Node too.
 */
import * as chineseLayout from 'simple-keyboard-layouts/build/layouts/chinese.js';

type CandidateTable = Readonly<Record<string, string>>;

function hasCandidates(value: unknown): value is { layoutCandidates: CandidateTable } {
  if (typeof value !== 'object' || value === null || !('layoutCandidates' in value)) return false;
  const table: unknown = value.layoutCandidates;
  return typeof table === 'object' && table !== null;
}

/**
 * The layout file is an ES module inside a package without "type": "module": bundlers hand us its
 * default export, Node's CommonJS interop may wrap it once more. Accept both shapes.
 */
function loadTable(): CandidateTable {
  const namespace: unknown = chineseLayout;
  let current: unknown = namespace;
  for (let depth = 0; depth < 3; depth += 1) {
    if (hasCandidates(current)) return current.layoutCandidates;
    if (typeof current !== 'object' || current === null || !('default' in current)) break;
    current = current.default;
  }
  throw new Error('simple-keyboard-layouts: chinese layoutCandidates not found');
}

const TABLE = loadTable();

/** Every syllable the table knows, e.g. `han`, `zhuang`, `lv`. */
export const SYLLABLES: ReadonlySet<string> = new Set(Object.keys(TABLE));

/** Longest syllable in letters (`zhuang`, `shuang`, `chuang`). */
export const MAX_SYLLABLE_LENGTH = Math.max(...[...SYLLABLES].map((s) => s.length));

const prefixes = new Set<string>();
for (const syllable of SYLLABLES) {
  for (let end = 1; end <= syllable.length; end += 1) prefixes.add(syllable.slice(0, end));
}

/** True when `letters` begins at least one syllable (`zh`, `hua`, `x`), or is one. */
export function isSyllablePrefix(letters: string): boolean {
  return prefixes.has(letters);
}

const charCache = new Map<string, readonly string[]>();

/** The characters of one syllable, most frequent first; empty for an unknown syllable. */
export function charsOf(syllable: string): readonly string[] {
  const cached = charCache.get(syllable);
  if (cached) return cached;
  const raw = Object.hasOwn(TABLE, syllable) ? (TABLE[syllable] ?? '') : '';
  const chars = [...new Set(raw.split(/\s+/).filter((c) => c.length > 0))];
  charCache.set(syllable, chars);
  return chars;
}

/** Syllables that start with `prefix`, alphabetical (`zh` → zha, zhai, zhan, …). */
export function syllablesStartingWith(prefix: string): readonly string[] {
  return [...SYLLABLES].filter((s) => s.startsWith(prefix)).sort();
}
