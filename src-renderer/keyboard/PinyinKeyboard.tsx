/**
 * Chinese by pinyin for names, addresses and comments: letters compose pinyin, the candidate bar offers
 * kiosk words and the first syllable's characters (frequency order, paged), 中/英 switches to typing
 * letters and digits as they are. All behaviour is in pinyin-engine.ts; this file only draws it.
 */
import { useState, type ReactElement } from 'react';
import { KeyButton } from './KeyButton.js';
import { editActionKey, KeyGrid, type KeySpec } from './KeyGrid.js';
import { isFull } from './key-input.js';
import { DIGIT_ROW, LETTER_ROWS, NAME_MARK, PUNCTUATION, maxLengthMessage } from './layouts.js';
import {
  formatComposition,
  initialPinyinState,
  reducePinyin,
  shownCandidates,
  type PinyinAction,
  type PinyinState,
} from './pinyin-engine.js';

export interface PinyinKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** Candidates per page (8 unless told). */
  pageSize?: number;
  /** A person's name: surnames first, no 联想. */
  names?: boolean;
}

export const DEFAULT_PAGE_SIZE = 8;

export function PinyinKeyboard({
  value,
  onChange,
  maxLength,
  pageSize = DEFAULT_PAGE_SIZE,
  names = false,
}: PinyinKeyboardProps): ReactElement {
  const [state, setState] = useState<PinyinState>(initialPinyinState);
  const options = { maxLength, pageSize, names };
  const send = (action: PinyinAction) => () => {
    const result = reducePinyin(state, value, action, options);
    setState(result.state);
    if (result.value !== value) onChange(result.value);
  };

  const zh = state.mode === 'zh';
  const composing = zh && state.composition.length > 0;
  const page = shownCandidates(state, value, options);
  const associating = zh && !composing && page.items.length > 0;
  const full = state.full || isFull(value, maxLength);
  const letterFace = (letter: string) => (!zh && state.upperCase ? letter.toUpperCase() : letter);

  let prompt: string;
  if (composing) prompt = formatComposition(state.composition);
  else if (associating) prompt = '联想：可接着点选下面的词，或继续输入拼音';
  else if (zh) prompt = '请输入拼音，再点选汉字';
  else prompt = state.upperCase ? '英文（大写）和数字直接输入' : '英文（小写）和数字直接输入';

  const text = (t: string, label?: string): KeySpec => ({
    id: t,
    face: t,
    label,
    onPress: send({ type: 'text', text: t }),
  });
  const last = LETTER_ROWS.length - 1;
  const caseKey: KeySpec = {
    id: 'case',
    face: state.upperCase ? '大写' : '小写',
    label: '切换大小写',
    variant: 'kb-key-action kb-key-wide',
    pressed: state.upperCase,
    onPress: send({ type: 'toggleCase' }),
  };
  const backspace = editActionKey('backspace', send({ type: 'backspace' }));
  const letterRow = (row: readonly string[], i: number): KeySpec[] => {
    const letters = row.map((letter): KeySpec => ({
      id: letter,
      face: letterFace(letter),
      onPress: send({ type: 'letter', letter }),
    }));
    if (i !== last) return letters;
    return zh ? [...letters, backspace] : [caseKey, ...letters, backspace];
  };
  const modeKey: KeySpec = {
    id: 'mode',
    face: (
      <>
        <span className={zh ? 'kb-mode-on' : 'kb-mode-off'}>中</span>
        <span className="kb-mode-sep">/</span>
        <span className={zh ? 'kb-mode-off' : 'kb-mode-on'}>英</span>
      </>
    ),
    label: zh ? '中/英：切换中英文，当前中文' : '中/英：切换中英文，当前英文',
    variant: 'kb-key-action kb-key-wide kb-key-mode',
    onPress: send({ type: 'toggleMode' }),
  };
  const spaceKey: KeySpec = {
    id: 'space',
    face: composing ? '空格（选第一个）' : '空格',
    label: '空格',
    variant: 'kb-key-space',
    onPress: send({ type: 'space' }),
  };
  const clear = editActionKey('clear', send({ type: 'clear' }));
  const candidateBar = (
    <div className="kb-candidate-bar">
      <div
        className={composing ? 'kb-composition' : 'kb-composition kb-composition-empty'}
        data-composition={state.composition}
        aria-live="polite"
      >
        {prompt}
      </div>
      <div className="kb-candidate-row">
        <div className="kb-candidates" role="group" aria-label={associating ? '联想词' : '候选字词'}>
          {page.items.map((item, index) => (
            <button
              key={`${state.page}-${item.text}`}
              type="button"
              className={index === 0 ? 'kb-candidate kb-candidate-first' : 'kb-candidate'}
              data-candidate={index}
              onClick={send({ type: 'pick', index })}
            >
              {item.text}
            </button>
          ))}
        </div>
        <div className="kb-pager">
          <KeyButton
            keyId="prev-page"
            ariaLabel="上一页"
            variant="kb-key-action kb-key-page"
            disabled={!page.hasPrev}
            onPress={send({ type: 'prevPage' })}
          >
            上一页
          </KeyButton>
          <KeyButton
            keyId="next-page"
            ariaLabel="下一页"
            variant="kb-key-action kb-key-page"
            disabled={!page.hasMore}
            onPress={send({ type: 'nextPage' })}
          >
            下一页
          </KeyButton>
        </div>
      </div>
    </div>
  );

  return (
    <KeyGrid
      className="kb-pinyin"
      label="拼音输入键盘"
      mode={state.mode}
      header={candidateBar}
      rows={
        names
          ? // A name has no digits and no sentence punctuation: one row less to reach over.
            [...LETTER_ROWS.map(letterRow), [modeKey, spaceKey, text(NAME_MARK.text, NAME_MARK.label), clear]]
          : [
              [...DIGIT_ROW.map((digit) => text(digit)), text('-', '横线')],
              ...LETTER_ROWS.map(letterRow),
              [
                modeKey,
                ...PUNCTUATION.slice(0, 1).map((p) => text(p.text, p.label)),
                spaceKey,
                ...PUNCTUATION.slice(1).map((p) => text(p.text, p.label)),
                clear,
              ],
            ]
      }
      hint={full && maxLength !== undefined ? maxLengthMessage(maxLength) : null}
    />
  );
}
