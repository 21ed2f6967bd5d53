/** Letters and digits for the guide search box (拼音首字母 or whole pinyin, e.g. "ylbx", "yanglao"). */
import type { ReactElement } from 'react';
import { editActionKey, KeyGrid, type KeySpec } from './KeyGrid.js';
import { applyEditKey, isFull, type EditKey } from './key-input.js';
import { DIGIT_ROW, LETTER_ROWS, maxLengthMessage } from './layouts.js';

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
  const charKey = (char: string): KeySpec => ({
    id: char,
    face: char,
    disabled: full,
    onPress: press({ type: 'text', text: char }),
  });
  const backspace = editActionKey('backspace', press({ type: 'backspace' }));
  const clear = editActionKey('clear', press({ type: 'clear' }));
  const spaceKey: KeySpec = {
    id: 'space',
    face: '空格',
    label: '空格',
    variant: 'kb-key-space',
    disabled: full,
    onPress: press({ type: 'text', text: ' ' }),
  };
  const last = LETTER_ROWS.length - 1;
  return (
    <KeyGrid
      className="kb-letters"
      label="字母键盘"
      rows={[
        DIGIT_ROW.map(charKey),
        ...LETTER_ROWS.map((row, i) => (i === last ? [...row.map(charKey), backspace] : row.map(charKey))),
        space ? [clear, spaceKey] : [clear],
      ]}
      hint={full && maxLength !== undefined ? maxLengthMessage(maxLength) : null}
    />
  );
}
