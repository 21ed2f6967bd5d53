/**
 * Toneless pinyin of words, memoized: catalogs repeat the same words thousands of times (养老, 保险, 申请表),
 * and converting each text whole is what made the index slow to build. Converting word by word keeps the
 * context polyphones need (重度 zhong, 银行 hang) inside the word, where it matters. pinyin-pro (and its
 * dictionaries, a fifth of the CLI's start) is loaded on first use: an index read back from its snapshot
 * and a query of known words never need it.
 */
import { createRequire } from 'node:module';
import type * as PinyinPro from 'pinyin-pro';

const require = createRequire(import.meta.url);
let loaded: typeof PinyinPro.pinyin | undefined;

const OPTS = { toneType: 'none', type: 'array', v: true } as const;
const MAX_CACHED = 200_000;
const cache = new Map<string, string[]>();

/** One reading per code point of `text`, from pinyin-pro as is (no memo; for a whole text at once). */
export function textPinyin(text: string): string[] {
  loaded ??= (require('pinyin-pro') as typeof PinyinPro).pinyin;
  const convert = loaded;
  const out = convert(text, OPTS);
  // pinyin-pro yields one entry per code point; fall back to one call per character if that ever changes.
  if (out.length === Array.from(text).length) return out;
  return Array.from(text, (ch) => convert(ch, OPTS)[0] ?? ch);
}

/** One reading per code point of `word` (a character that is not 汉字 reads as itself). */
export function wordPinyin(word: string): string[] {
  let out = cache.get(word);
  if (out !== undefined) return out;
  out = textPinyin(word);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, out);
  return out;
}

/** The pinyin of a word as one key, letters only ("养老金" → "yanglaojin"). */
export function pinyinKey(word: string): string {
  return wordPinyin(word).join('');
}
