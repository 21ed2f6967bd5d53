/** Phone-pad digits for ID numbers, phone numbers and PINs; X (check digit) only with `allowX`. */
import type { ReactElement } from 'react';
import { KEY_GAP, KeyGrid, type KeySpec } from './KeyGrid.js';
import { applyNumericKey, isFull, numericAccepts, type EditKey } from './key-input.js';
import { KEYPAD_ROWS, maxLengthMessage } from './layouts.js';

export interface NumericKeypadProps {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** Show the X key; it is enabled only where a check digit may stand (the last place). */
  allowX?: boolean;
  /** What 清空 does instead of emptying the value (a field that also clears a prefix the pad does not own). */
  onClear?: () => void;
}

export function NumericKeypad({
  value,
  onChange,
  maxLength,
  allowX,
  onClear,
}: NumericKeypadProps): ReactElement {
  const options = { maxLength, allowX };
  const press = (key: EditKey) => () => {
    const next = applyNumericKey(value, key, options);
    if (next !== value) onChange(next);
  };
  const charKey = (char: string): KeySpec => ({
    id: char,
    face: char,
    variant: 'kb-key-pad',
    disabled: !numericAccepts(value, char, options),
    onPress: press({ type: 'text', text: char }),
  });
  const full = isFull(value, maxLength);
  return (
    <KeyGrid
      className="kb-numeric"
      label="数字键盘"
      layout="pad"
      rows={[
        ...KEYPAD_ROWS.map((row) => row.map(charKey)),
        [
          allowX ? charKey('X') : KEY_GAP,
          charKey('0'),
          {
            id: 'backspace',
            face: '退格',
            label: '退格',
            variant: 'kb-key-pad kb-key-action',
            onPress: press({ type: 'backspace' }),
          },
        ],
        [
          {
            id: 'clear',
            face: '清空',
            label: '清空',
            variant: 'kb-key-pad kb-key-action kb-pad-span',
            onPress: onClear ?? press({ type: 'clear' }),
          },
        ],
      ]}
      hint={full && maxLength !== undefined ? maxLengthMessage(maxLength, '位') : null}
    />
  );
}
