/** Letters and digits for the guide search box (拼音首字母 or whole pinyin, e.g. "ylbx", "yanglao"). */
import type { ReactElement } from 'react';
import { KeyButton } from './KeyButton.js';
import { applyEditKey, isFull, type EditKey } from './key-input.js';
import { DIGIT_ROW, LETTER_ROWS, maxLengthMessage } from './layouts.js';
import './keyboard.css';

export interface LetterKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** Offer the space key (true unless told): numbers and codes have no spaces. */
  space?: boolean;
}

export function LetterKeyboard({
  value,
  onChange,
  maxLength,
  space = true,
}: LetterKeyboardProps): ReactElement {
  const full = isFull(value, maxLength);
  const press = (key: EditKey) => () => {
    const next = applyEditKey(value, key, maxLength);
    if (next !== value) onChange(next);
  };
  const charKey = (char: string) => (
    <KeyButton key={char} keyId={char} disabled={full} onPress={press({ type: 'text', text: char })}>
      {char}
    </KeyButton>
  );
  return (
    <div className="kb kb-letters" role="group" aria-label="字母键盘">
      <div className="kb-row">{DIGIT_ROW.map(charKey)}</div>
      {LETTER_ROWS.map((row, i) => (
        <div className="kb-row" key={row.join('')}>
          {row.map(charKey)}
          {i === LETTER_ROWS.length - 1 ? (
            <KeyButton
              keyId="backspace"
              ariaLabel="退格"
              variant="kb-key-action kb-key-wide"
              onPress={press({ type: 'backspace' })}
            >
              退格
            </KeyButton>
          ) : null}
        </div>
      ))}
      <div className="kb-row">
        <KeyButton
          keyId="clear"
          ariaLabel="清空"
          variant="kb-key-action kb-key-wide"
          onPress={press({ type: 'clear' })}
        >
          清空
        </KeyButton>
        {space ? (
          <KeyButton
            keyId="space"
            ariaLabel="空格"
            variant="kb-key-space"
            disabled={full}
            onPress={press({ type: 'text', text: ' ' })}
          >
            空格
          </KeyButton>
        ) : null}
      </div>
      {full && maxLength !== undefined ? (
        <p className="kb-hint" role="status">
          {maxLengthMessage(maxLength)}
        </p>
      ) : null}
    </div>
  );
}
