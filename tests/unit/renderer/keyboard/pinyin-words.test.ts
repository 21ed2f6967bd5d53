import { describe, expect, it } from 'vitest';
import {
  allCandidates,
  associations,
  initialPinyinState,
  KIOSK_LEXICON,
  reducePinyin,
  shownCandidates,
  type PinyinAction,
  type PinyinOptions,
  type PinyinState,
} from '../../../../src-renderer/keyboard/pinyin-engine.js';

const first = (pinyin: string, n = 8, namePart?: 'surname' | 'given') =>
  allCandidates(pinyin, { namePart })
    .slice(0, n)
    .map((c) => c.text);

function run(keys: readonly PinyinAction[], options: PinyinOptions = { pageSize: 8 }) {
  let state: PinyinState = initialPinyinState;
  let value = '';
  for (const key of keys) ({ state, value } = reducePinyin(state, value, key, options));
  return { state, value };
}
const letters = (text: string): PinyinAction[] => [...text].map((letter) => ({ type: 'letter', letter }));

describe('word-level pinyin', () => {
  it('offers everyday words typed whole: 什么, 怀孕, 上午 first', () => {
    expect(first('shenme', 1)).toEqual(['什么']);
    expect(first('huaiyun', 1)).toEqual(['怀孕']);
    expect(first('shangwu', 2)).toContain('上午');
  });

  it('the keyboard before word-level pinyin had none of them (the bench’s baseline)', () => {
    expect(allCandidates('shenme', { lexicon: KIOSK_LEXICON })[0]?.text).not.toBe('什么');
  });

  it('keeps rare characters (糁渖诜) after every common one of "shen"', () => {
    const list = allCandidates('shen').map((c) => c.text);
    const lastCommon = Math.max(...['身', '深', '神', '什', '审', '肾', '慎'].map((c) => list.indexOf(c)));
    for (const rare of '糁渖诜') expect(list.indexOf(rare)).toBeGreaterThan(lastCommon);
  });

  it('ranks surnames first for a name’s first character, given-name characters after it', () => {
    expect(first('zhang', 1, 'surname')).toEqual(['张']);
    expect(first('wang', 1, 'surname')).toEqual(['王']);
    expect(first('ouyang', 1, 'surname')).toEqual(['欧阳']);
    const jian = first('jian', 8, 'given');
    expect(jian).toContain('建');
    expect(first('guo', 8, 'given')).toContain('国');
  });

  it('张建国 takes fewer taps in a name field than the 17 of the old keyboard', () => {
    const options: PinyinOptions = { pageSize: 8, names: true };
    let state: PinyinState = initialPinyinState;
    let value = '';
    let taps = 0;
    for (const [pinyin, char] of [
      ['zhang', '张'],
      ['jian', '建'],
      ['guo', '国'],
    ] as const) {
      for (const key of letters(pinyin)) {
        ({ state, value } = reducePinyin(state, value, key, options));
        taps += 1;
      }
      const index = shownCandidates(state, value, options).items.findIndex((c) => c.text === char);
      expect(index, char).toBeGreaterThanOrEqual(0);
      ({ state, value } = reducePinyin(state, value, { type: 'pick', index }, options));
      taps += 1;
    }
    expect(value).toBe('张建国');
    expect(taps).toBeLessThan(17);
  });
});

describe('联想', () => {
  it('offers the likely next words after a pick, and writes the one picked', () => {
    expect(associations('身').map((c) => c.text)).toContain('份证');
    const typed = run(letters('shen'));
    const shen = shownCandidates(typed.state, typed.value, { pageSize: 8 }).items.findIndex(
      (c) => c.text === '身',
    );
    const afterPick = run([...letters('shen'), { type: 'pick', index: shen }]);
    expect(afterPick.value).toBe('身');
    const page = shownCandidates(afterPick.state, afterPick.value, { pageSize: 8 });
    expect(page.items.length).toBeGreaterThan(0);
    const index = page.items.findIndex((c) => c.text === '份证');
    expect(index).toBeGreaterThanOrEqual(0);
    const done = reducePinyin(afterPick.state, afterPick.value, { type: 'pick', index }, { pageSize: 8 });
    expect(done.value).toBe('身份证');
  });

  it('ends with the next letter, and never shows in name fields', () => {
    const typed = run([...letters('shen'), { type: 'pick', index: 0 }, ...letters('f')]);
    expect(typed.state.after).toBe('');
    expect(typed.state.composition).toBe('f');
    const name = run([...letters('zhang'), { type: 'pick', index: 0 }], { pageSize: 8, names: true });
    expect(shownCandidates(name.state, name.value, { pageSize: 8, names: true }).items).toEqual([]);
  });
});
