/**
 * The keyboard of a Chinese text field or the search box: a one-tap switch among 拼音 / 手写 / 字母 /
 * 数字 above the chosen keyboard. The session remembers the last choice (input-mode.tsx); a field that
 * does not offer it opens with its own default.
 */
import type { ReactElement } from 'react';
import { HandwritingPad } from './HandwritingPad.js';
import { useInputMode } from './input-mode.js';
import { INPUT_MODE_LABELS, SEARCH_MODES, TEXT_MODES } from './input-modes.js';
import { LetterKeyboard } from './LetterKeyboard.js';
import { NumericKeypad } from './NumericKeypad.js';
import { PinyinKeyboard } from './PinyinKeyboard.js';
import './handwriting.css';

/** What the field holds: names rank surnames first; search opens on letters (拼音首字母). */
export type TextFieldKind = 'text' | 'name' | 'address' | 'search';

export interface TextKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number | undefined;
  kind?: TextFieldKind;
}

export function TextKeyboard({ value, onChange, maxLength, kind = 'text' }: TextKeyboardProps): ReactElement {
  const search = kind === 'search';
  const offered = search ? SEARCH_MODES : TEXT_MODES;
  const [mode, choose] = useInputMode(offered, search ? 'letters' : 'pinyin');
  const limit = maxLength !== undefined ? { maxLength } : {};
  return (
    <div className="kb-text" data-input-mode={mode}>
      <div className="kb-modes" role="group" aria-label="输入方式">
        {offered.map((m) => (
          <button
            key={m}
            type="button"
            className="kb-mode"
            data-mode-key={m}
            aria-pressed={m === mode}
            onClick={() => choose(m)}
          >
            {INPUT_MODE_LABELS[m]}
          </button>
        ))}
      </div>
      {mode === 'pinyin' ? (
        <PinyinKeyboard value={value} onChange={onChange} {...limit} names={kind === 'name'} />
      ) : mode === 'handwriting' ? (
        <HandwritingPad value={value} onChange={onChange} maxLength={maxLength} />
      ) : mode === 'letters' ? (
        <LetterKeyboard value={value} onChange={onChange} {...limit} />
      ) : (
        <NumericKeypad value={value} onChange={onChange} {...limit} />
      )}
    </div>
  );
}
