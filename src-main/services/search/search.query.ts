/**
 * Text normalization shared by the index and the query, and the classification of what a villager typed.
 * Pure: no Node, no DOM.
 */
import type { QueryClass } from '../../contract/search.types.js';

/** Longer queries (after normalization) cannot name an item: they return no hits. */
export const MAX_QUERY_CHARS = 64;

/** A text cut into units: one letter, digit or 汉字 each, with where it came from in the original text. */
export interface NormalizedText {
  /** Lower-case, NFKC-folded units ('ü' folded to 'v', as pinyin keyboards type it). */
  chars: string[];
  /** UTF-16 offset in the original text where each unit's source character starts. */
  starts: number[];
  /** UTF-16 offset in the original text where each unit's source character ends. */
  ends: number[];
}

const KEEP = /^[\p{L}\p{N}]$/u;
const HAN = /^\p{Script=Han}$/u;

/** The CJK Unified Ideographs block: every code point in it is 汉字, unchanged by NFKC and lower-casing. */
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
/** No code point below the CJK Radicals Supplement is of the Han script. */
const HAN_FLOOR = 0x2e80;

/** True for one 汉字 (any CJK block, including the supplementary planes). */
export function isHan(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= CJK_FIRST && code <= CJK_LAST) return true;
  if (!(code >= HAN_FLOOR)) return false;
  return HAN.test(ch);
}

/** True for one lower-case latin letter, the alphabet of pinyin. */
export function isLatin(ch: string): boolean {
  return ch.length === 1 && ch >= 'a' && ch <= 'z';
}

/**
 * Cut a text into units: full-width forms folded (NFKC), lower-cased, spaces, punctuation, symbols and
 * emoji dropped. Keeps a map back to the original offsets so matches can be highlighted.
 */
export function normalizeUnits(text: string): NormalizedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  cutUnits(text, chars, starts, ends);
  return { chars, starts, ends };
}

/** The units of a text as normalizeUnits cuts them, without the offsets (what the index keeps). */
export function normalizeChars(text: string): string[] {
  const chars: string[] = [];
  cutUnits(text, chars, undefined, undefined);
  return chars;
}

function cutUnits(
  text: string,
  chars: string[],
  starts: number[] | undefined,
  ends: number[] | undefined,
): void {
  // Code point by code point, as `for (const cp of text)` would, without an iterator (a lone surrogate
  // is a code point of its own).
  let offset = 0;
  const n = text.length;
  while (offset < n) {
    const code = text.charCodeAt(offset);
    let kept = 0;
    let end = offset + 1;
    if (code >= CJK_FIRST && code <= CJK_LAST) {
      // 汉字 fast path: most of a catalog's text, and kept as is.
      chars.push(text[offset]!);
      kept = 1;
    } else if (code < 0x80) {
      // ASCII fast path: the common case for pinyin queries.
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
        chars.push(text[offset]!);
        kept = 1;
      } else if (code >= 0x41 && code <= 0x5a) {
        chars.push(String.fromCharCode(code + 32));
        kept = 1;
      }
    } else {
      const cp = String.fromCodePoint(text.codePointAt(offset)!);
      end = offset + cp.length;
      for (const folded of cp.normalize('NFKC').toLowerCase()) {
        if (!KEEP.test(folded)) continue;
        chars.push(folded === 'ü' ? 'v' : folded);
        kept++;
      }
    }
    if (starts !== undefined && ends !== undefined) {
      for (let k = 0; k < kept; k++) {
        starts.push(offset);
        ends.push(end);
      }
    }
    offset = end;
  }
}

/** The normalized query as an array of units (code points). */
export function normalizeQuery(raw: string): string[] {
  return normalizeUnits(raw).chars;
}

// Every toneless syllable of Mandarin that pinyin-pro produces (with 'v' for 'ü').
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce ' +
    'cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun ' +
    'chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu ' +
    'dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge ' +
    'gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hng hong ' +
    'hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ' +
    'ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le ' +
    'lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve m ma mai man mang ' +
    'mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ' +
    'ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng ' +
    'pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran ' +
    'rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan ' +
    'shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan ' +
    'sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai ' +
    'wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang ' +
    'yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang ' +
    'zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan ' +
    'zui zun zuo'
  ).split(' '),
);
const SYLLABLE_PREFIXES = new Set<string>();
for (const s of SYLLABLES) for (let i = 1; i <= s.length; i++) SYLLABLE_PREFIXES.add(s.slice(0, i));

/**
 * Whether latin letters read as whole pinyin syllables, the last one possibly unfinished
 * ("yanglaobaox" yes, "ylbx" no). Dynamic programming over the positions.
 */
export function isPinyinSequence(latin: string): boolean {
  const n = latin.length;
  if (n === 0) return false;
  const ok = new Uint8Array(n + 1);
  ok[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= Math.min(n, i + 6); j++) {
      const piece = latin.slice(i, j);
      if (SYLLABLES.has(piece)) ok[j] = 1;
      else if (j === n && SYLLABLE_PREFIXES.has(piece)) ok[j] = 1;
    }
  }
  return ok[n] === 1;
}

/**
 * Latin letters cut into whole pinyin syllables, as few as possible ("shebaoka" → she bao ka; "xian" →
 * xian), or undefined when they do not read as pinyin ("sbkbb").
 */
export function splitSyllables(latin: string): string[] | undefined {
  const n = latin.length;
  if (n === 0 || n > 64) return undefined;
  const best = new Int32Array(n + 1).fill(-1);
  const from = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i]! < 0) continue;
    for (let j = i + 1; j <= Math.min(n, i + 6); j++) {
      if (!SYLLABLES.has(latin.slice(i, j))) continue;
      if (best[j]! < 0 || best[i]! + 1 < best[j]!) {
        best[j] = best[i]! + 1;
        from[j] = i;
      }
    }
  }
  if (best[n]! < 0) return undefined;
  const out: string[] = [];
  for (let j = n; j > 0; j = from[j]!) out.unshift(latin.slice(from[j], j));
  return out;
}

/** What kind of input the search box holds (informative; the matcher tries every reading anyway). */
export function classifyQuery(chars: readonly string[]): QueryClass {
  if (chars.length === 0) return 'empty';
  let han = 0;
  let latin = 0;
  for (const ch of chars) {
    if (isLatin(ch)) latin++;
    else if (isHan(ch)) han++;
  }
  if (han > 0 && latin > 0) return 'mixed';
  if (han > 0) return 'hanzi';
  if (latin === chars.length) return isPinyinSequence(chars.join('')) ? 'pinyin' : 'initials';
  if (latin > 0) return 'mixed';
  return 'other';
}

/** A query ready for matching. */
export interface ParsedQuery {
  chars: string[];
  /** Code point of each unit. */
  codes: Int32Array;
  /** 1 where the unit is a latin letter (it may then match a pinyin syllable or part of one). */
  latin: Uint8Array;
  /** Only latin letters: the query may be pinyin with a typo. */
  latinOnly: boolean;
  cls: QueryClass;
}

export function parseQuery(raw: string): ParsedQuery {
  const chars = typeof raw === 'string' ? normalizeQuery(raw) : [];
  const latin = new Uint8Array(chars.length);
  let latinCount = 0;
  chars.forEach((ch, i) => {
    if (isLatin(ch)) {
      latin[i] = 1;
      latinCount++;
    }
  });
  return {
    chars,
    codes: Int32Array.from(chars, (ch) => ch.codePointAt(0)!),
    latin,
    latinOnly: latinCount > 0 && latinCount === chars.length,
    cls: classifyQuery(chars),
  };
}
