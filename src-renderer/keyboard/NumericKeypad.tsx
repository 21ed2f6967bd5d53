/** Phone-pad digits for ID numbers, phone numbers and PINs; X (check digit) only with `allowX`. */
import type { ReactElement } from 'react';
import { KeyButton } from './KeyButton.js';
import { applyNumericKey, isFull, numericAccepts, type EditKey } from './key-input.js';
import { KEYPAD_ROWS, maxLengthMessage } from './layouts.js';
import './keyboard.css';

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
  const charKey = (char: string) => (
    <KeyButton
      key={char}
      keyId={char}
      variant="kb-key-pad"
      disabled={!numericAccepts(value, char, options)}
      onPress={press({ type: 'text', text: char })}
    >
      {char}
    </KeyButton>
  );
  const full = isFull(value, maxLength);
  return (
    <div className="kb kb-numeric" role="group" aria-label="数字键盘">
      <div className="kb-pad">
        {KEYPAD_ROWS.flat().map(charKey)}
        {allowX ? charKey('X') : <span className="kb-pad-gap" aria-hidden="true" />}
        {charKey('0')}
        <KeyButton
          keyId="backspace"
          ariaLabel="退格"
          variant="kb-key-pad kb-key-action"
          onPress={press({ type: 'backspace' })}
        >
          退格
        </KeyButton>
        <KeyButton
          keyId="clear"
          ariaLabel="清空"
          variant="kb-key-pad kb-key-action kb-pad-span"
          onPress={onClear ?? press({ type: 'clear' })}
        >
          清空
        </KeyButton>
      </div>
      {full && maxLength !== undefined ? (
        <p className="kb-hint" role="status">
          {maxLengthMessage(maxLength, '位')}
        </p>
      ) : null}
    </div>
  );
}
