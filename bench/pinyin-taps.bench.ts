/**
 * Taps to enter typical field values on the pinyin keyboard, before and after word-level pinyin: the
 * keyboard as it was (kiosk words only, the table's character order, no 联想) and as it is (everyday
 * words by frequency, 联想, surnames first in name fields, rare characters last). A simulated citizen
 * types the pinyin letter by letter and taps, as soon as the page shows it, the longest candidate that
 * writes what she wants; she turns pages only once every letter is typed.
 */
import { pinyin } from 'pinyin-pro';
import {
  FULL_LEXICON,
  KIOSK_LEXICON,
  initialPinyinState,
  reducePinyin,
  shownCandidates,
  type PinyinAction,
  type PinyinOptions,
  type PinyinState,
} from '../src-renderer/keyboard/pinyin-engine.js';

type Kind = 'name' | 'address' | 'phrase';

/** 50 values citizens enter: names, 淄川区 addresses, phrases of the search evaluation and of forms. */
export const TAP_VALUES: ReadonlyArray<readonly [Kind, string]> = [
  ...[
    '张建国',
    '王秀英',
    '李淑珍',
    '刘桂兰',
    '陈志强',
    '杨丽娟',
    '赵德福',
    '孙玉梅',
    '周海燕',
    '吴俊峰',
    '徐凤英',
    '马建华',
    '朱红梅',
    '胡永庆',
    '翟宝山',
  ].map((v) => ['name', v] as const),
  ...[
    '淄川区昆仑镇磁村',
    '昆仑镇',
    '罗村镇',
    '般阳路街道',
    '松龄路街道',
    '淄博市淄川区',
    '龙泉镇',
    '寨里镇',
    '太河镇',
    '双杨镇',
    '洪山镇',
    '西河镇',
    '岭子镇',
    '将军路街道',
    '钟楼街道',
  ].map((v) => ['address', v] as const),
  ...[
    '低保',
    '养老保险',
    '残疾人',
    '护理补贴',
    '宅基地',
    '生育登记',
    '身份证',
    '什么时候',
    '怀孕',
    '上午',
    '下午',
    '怎么办',
    '需要什么材料',
    '孩子上学',
    '医疗保险',
    '户口迁移',
    '因病致贫',
    '家庭困难',
    '没有收入',
    '老人生病住院',
  ].map((v) => ['phrase', v] as const),
];

const MAX_TAPS = 200;

/** Taps the simulated citizen needs for `target`; null when she cannot write it at all. */
export function tapsFor(target: string, options: PinyinOptions): number | null {
  const syllables = pinyin(target, { toneType: 'none', type: 'array', v: true });
  const chars = [...target];
  const pinyinOf = (from: number, length: number) => syllables.slice(from, from + length).join('');
  let state: PinyinState = initialPinyinState;
  let value = '';
  let taps = 0;
  const press = (action: PinyinAction) => {
    ({ state, value } = reducePinyin(state, value, action, options));
    taps += 1;
  };
  while (value !== target && taps < MAX_TAPS) {
    if (!target.startsWith(value)) return null;
    const at = [...value].length;
    const rest = chars.slice(at).join('');
    const page = shownCandidates(state, value, options);
    const typed = state.composition;
    let best = -1;
    let bestLength = 0;
    page.items.forEach((c, index) => {
      const length = [...c.text].length;
      if (!rest.startsWith(c.text) || length <= bestLength) return;
      const reading = pinyinOf(at, length);
      const used = typed.slice(0, c.consumed);
      const fits = c.consumed === typed.length ? reading.startsWith(used) : reading === used;
      if (typed === '' || fits) {
        best = index;
        bestLength = length;
      }
    });
    if (best >= 0) {
      press({ type: 'pick', index: best });
      continue;
    }
    const wanted = pinyinOf(at, chars.length - at);
    if (typed.length < wanted.length && wanted.startsWith(typed)) {
      press({ type: 'letter', letter: wanted.charAt(typed.length) });
      continue;
    }
    if (page.hasMore) {
      press({ type: 'nextPage' });
      continue;
    }
    return null;
  }
  return value === target ? taps : null;
}

export interface TapsResult {
  values: number;
  before: { totalTaps: number; failed: number };
  after: { totalTaps: number; failed: number };
  /** Per kind: taps before → after. */
  byKind: Record<Kind, { before: number; after: number }>;
  examples: Record<string, { before: number | null; after: number | null }>;
}

export function benchPinyinTaps(): TapsResult {
  const byKind: TapsResult['byKind'] = {
    name: { before: 0, after: 0 },
    address: { before: 0, after: 0 },
    phrase: { before: 0, after: 0 },
  };
  const before = { totalTaps: 0, failed: 0 };
  const after = { totalTaps: 0, failed: 0 };
  const examples: TapsResult['examples'] = {};
  for (const [kind, text] of TAP_VALUES) {
    const old = tapsFor(text, { pageSize: 8, lexicon: KIOSK_LEXICON });
    const now = tapsFor(text, { pageSize: 8, lexicon: FULL_LEXICON, names: kind === 'name' });
    if (old === null) before.failed += 1;
    else {
      before.totalTaps += old;
      byKind[kind].before += old;
    }
    if (now === null) after.failed += 1;
    else {
      after.totalTaps += now;
      byKind[kind].after += now;
    }
    if (['张建国', '什么时候', '怀孕', '上午', '淄川区昆仑镇磁村', '需要什么材料'].includes(text))
      examples[text] = { before: old, after: now };
  }
  return { values: TAP_VALUES.length, before, after, byKind, examples };
}
