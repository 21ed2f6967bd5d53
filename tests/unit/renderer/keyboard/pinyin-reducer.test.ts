import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allCandidates,
  candidates,
  initialPinyinState,
  reducePinyin,
  type PinyinAction,
  type PinyinState,
} from '../../../../src-renderer/keyboard/pinyin-engine.js';

const PAGE = 8;

/** Runs keys from a start, as the keyboard would, and returns the last state and value. */
function run(
  actions: PinyinAction[],
  options: { maxLength?: number; value?: string; state?: PinyinState } = {},
): { state: PinyinState; value: string } {
  let state = options.state ?? initialPinyinState;
  let value = options.value ?? '';
  for (const action of actions) {
    ({ state, value } = reducePinyin(state, value, action, { maxLength: options.maxLength, pageSize: PAGE }));
  }
  return { state, value };
}

const type = (letters: string): PinyinAction[] => [...letters].map((letter) => ({ type: 'letter', letter }));

describe('reducePinyin: composing and picking', () => {
  it('letters build the composition and leave the value alone', () => {
    const { state, value } = run(type('han'));
    expect(state.composition).toBe('han');
    expect(value).toBe('');
  });

  it('picking a character appends it and consumes only its syllable', () => {
    const { state, value } = run([...type('hanhongying'), { type: 'pick', index: 2 }]);
    expect(value).toBe('韩');
    expect(state.composition).toBe('hongying');
    const then = run([{ type: 'pick', index: 0 }], { state, value });
    expect(then.value).toBe('韩红');
    expect(then.state.composition).toBe('ying');
  });

  it('picking a word that covers the whole composition ends composing', () => {
    const { state, value } = run([...type('kunlunzhen'), { type: 'pick', index: 0 }], { value: '淄川区' });
    expect(value).toBe('淄川区昆仑镇');
    expect(state.composition).toBe('');
  });

  it('space commits the first candidate of the page shown', () => {
    expect(run([...type('cun'), { type: 'space' }]).value).toBe('村');
    const paged = run([...type('han'), { type: 'nextPage' }, { type: 'space' }]);
    expect(paged.value).toBe(candidates('han', 1, PAGE).items[0]?.text);
    expect(paged.state.page).toBe(0);
  });

  it('space without a composition types a space', () => {
    expect(run([{ type: 'space' }], { value: '村' }).value).toBe('村 ');
  });

  it('a pick outside the page or with nothing composed changes nothing', () => {
    const composing = run(type('han'));
    expect(run([{ type: 'pick', index: 99 }], composing)).toEqual(composing);
    expect(run([{ type: 'pick', index: 0 }], { value: '村' }).value).toBe('村');
  });
});

describe('reducePinyin: paging', () => {
  it('moves between pages and stops at both ends', () => {
    const total = allCandidates('han').length;
    const lastPage = Math.ceil(total / PAGE) - 1;
    const next: PinyinAction[] = Array.from({ length: lastPage + 3 }, () => ({ type: 'nextPage' }));
    const atEnd = run([...type('han'), ...next]);
    expect(atEnd.state.page).toBe(lastPage);
    const back = run(
      Array.from({ length: lastPage + 3 }, () => ({ type: 'prevPage' }) as const),
      atEnd,
    );
    expect(back.state.page).toBe(0);
  });

  it('a new letter or a deletion returns to the first page', () => {
    const paged = run([...type('han'), { type: 'nextPage' }]);
    expect(paged.state.page).toBe(1);
    expect(run(type('h'), paged).state.page).toBe(0);
    expect(run([{ type: 'backspace' }], paged).state.page).toBe(0);
  });
});

describe('reducePinyin: backspace and clear', () => {
  it('backspace removes the last pinyin letter while composing', () => {
    const { state, value } = run([...type('hanh'), { type: 'backspace' }], { value: '张' });
    expect(state.composition).toBe('han');
    expect(value).toBe('张');
  });

  it('backspace removes the last character when not composing, a surrogate pair as one', () => {
    expect(run([{ type: 'backspace' }], { value: '张三' }).value).toBe('张');
    expect(run([{ type: 'backspace' }], { value: '王𠮷' }).value).toBe('王');
    expect(run([{ type: 'backspace' }], { value: '' }).value).toBe('');
  });

  it('clear empties both the composition and the value', () => {
    const { state, value } = run([...type('han'), { type: 'clear' }], { value: '张三' });
    expect(state.composition).toBe('');
    expect(value).toBe('');
  });
});

describe('reducePinyin: digits and punctuation', () => {
  it('are written directly, after converting a pending composition', () => {
    expect(run([{ type: 'text', text: '8' }], { value: '村' }).value).toBe('村8');
    const { state, value } = run([
      ...type('jiangjunlu'),
      { type: 'text', text: '1' },
      { type: 'text', text: '2' },
    ]);
    expect(value).toBe('将军路12');
    expect(state.composition).toBe('');
  });
});

describe('reducePinyin: 中/英', () => {
  it('in 英 mode letters are written as typed, capitals until toggled', () => {
    const en = run([{ type: 'toggleMode' }]);
    expect(en.state.mode).toBe('en');
    const typed = run([...type('a'), { type: 'toggleCase' }, ...type('b'), { type: 'text', text: '3' }], en);
    expect(typed.value).toBe('Ab3');
    expect(typed.state.composition).toBe('');
  });

  it('leaving 中 with pinyin pending writes those letters; back to 中 composes again', () => {
    const left = run([...type('wang'), { type: 'toggleMode' }], { value: '3号楼' });
    expect(left.value).toBe('3号楼wang');
    expect(left.state).toMatchObject({ mode: 'en', composition: '' });
    const back = run([{ type: 'toggleMode' }, ...type('dan')], left);
    expect(back.state).toMatchObject({ mode: 'zh', composition: 'dan' });
    expect(back.value).toBe('3号楼wang');
  });

  it('space in 英 mode types a space', () => {
    expect(run([{ type: 'toggleMode' }, { type: 'space' }], { value: 'A' }).value).toBe('A ');
  });
});

describe('reducePinyin: maxLength', () => {
  it('refuses a candidate that does not fit and says so; a shorter one still fits', () => {
    const start = run(type('kunlunzhen'), { value: '淄川区', maxLength: 5 });
    const refused = run([{ type: 'pick', index: 0 }], { ...start, maxLength: 5 });
    expect(refused.value).toBe('淄川区');
    expect(refused.state.full).toBe(true);
    expect(refused.state.composition).toBe('kunlunzhen');
    const word = run([{ type: 'pick', index: 1 }], { ...start, maxLength: 5 });
    expect(word.value).toBe('淄川区昆仑');
    expect(word.state.full).toBe(false);
  });

  it('no composing once the field is full; the notice clears on the next key', () => {
    const full = run(type('a'), { value: '张三', maxLength: 2 });
    expect(full.state.composition).toBe('');
    expect(full.state.full).toBe(true);
    expect(run([{ type: 'backspace' }], { ...full, maxLength: 2 }).state.full).toBe(false);
  });

  it('refuses a digit whose pending conversion would overflow', () => {
    const pending = run(type('kunlunzhen'), { maxLength: 3 });
    const refused = run([{ type: 'text', text: '1' }], { ...pending, maxLength: 3 });
    expect(refused.value).toBe('');
    expect(refused.state.full).toBe(true);
  });

  it('never exceeds maxLength, whatever is pressed', () => {
    const action: fc.Arbitrary<PinyinAction> = fc.oneof(
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz').map((letter) => ({ type: 'letter', letter }) as const),
      fc.constantFrom('1', '0', '，', '-').map((text) => ({ type: 'text', text }) as const),
      fc.constantFrom<PinyinAction>(
        { type: 'space' },
        { type: 'backspace' },
        { type: 'clear' },
        { type: 'nextPage' },
        { type: 'prevPage' },
        { type: 'toggleMode' },
        { type: 'toggleCase' },
      ),
      fc.nat(9).map((index) => ({ type: 'pick', index }) as const),
    );
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (actions, maxLength) => {
          let state = initialPinyinState;
          let value = '';
          for (const a of actions) {
            ({ state, value } = reducePinyin(state, value, a, { maxLength, pageSize: PAGE }));
            expect(value.length).toBeLessThanOrEqual(maxLength);
            if (state.mode === 'en') expect(state.composition).toBe('');
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
