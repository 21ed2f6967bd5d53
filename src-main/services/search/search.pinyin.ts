/**
 * Toneless pinyin of words, memoized: catalogs repeat the same words thousands of times (养老, 保险, 申请表),
 * and converting each text whole is what made the index slow to build. Converting word by word keeps the
 * context polyphones need (重度 zhong, 银行 hang) inside the word, where it matters. Pure: no Node, no DOM.
 */
import { pinyin } from 'pinyin-pro';

const OPTS = { toneType: 'none', type: 'array', v: true } as const;
const MAX_CACHED = 200_000;
const cache = new Map<string, string[]>();

/** One reading per code point of `word` (a character that is not 汉字 reads as itself). */
export function wordPinyin(word: string): string[] {
  let out = cache.get(word);
  if (out !== undefined) return out;
  const chars = Array.from(word);
  out = pinyin(word, OPTS);
  // pinyin-pro yields one entry per code point; fall back to one call per character if that ever changes.
  if (out.length !== chars.length) out = chars.map((ch) => pinyin(ch, OPTS)[0] ?? ch);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, out);
  return out;
}

/** The pinyin of a word as one key, letters only ("养老金" → "yanglaojin"). */
export function pinyinKey(word: string): string {
  return wordPinyin(word).join('');
}
