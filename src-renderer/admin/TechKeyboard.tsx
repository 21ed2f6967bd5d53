/**
 * Letters (with 大写/小写), digits and the symbols of server addresses and port paths (/ : . - _), for
 * field techs and hall admins typing `http://10.1.2.3:8787/`, `/dev/ttyUSB0` or `COM3` on the screen.
 */
import { useState, type ReactElement } from 'react';
import { KeyButton } from '../keyboard/KeyButton.js';
import { applyEditKey, type EditKey } from '../keyboard/key-input.js';
import { DIGIT_ROW, LETTER_ROWS } from '../keyboard/layouts.js';
import '../keyboard/keyboard.css';

const SYMBOLS: ReadonlyArray<{ text: string; label: string }> = [
  { text: '/', label: '斜杠' },
  { text: ':', label: '冒号' },
  { text: '.', label: '点' },
  { text: '-', label: '横线' },
  { text: '_', label: '下划线' },
];

export function TechKeyboard({
  value,
  onChange,
  maxLength,
  upperDefault = false,
}: {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  upperDefault?: boolean;
}): ReactElement {
  const [upper, setUpper] = useState(upperDefault);
  const press = (key: EditKey) => () => {
    const next = applyEditKey(value, key, maxLength);
    if (next !== value) onChange(next);
  };
  const char = (c: string, label?: string) => (
    <KeyButton key={c} keyId={c} ariaLabel={label} onPress={press({ type: 'text', text: c })}>
      {c}
    </KeyButton>
  );
  return (
    <div className="kb kb-letters" role="group" aria-label="字母数字键盘">
      <div className="kb-row">{DIGIT_ROW.map((d) => char(d))}</div>
      {LETTER_ROWS.map((row, i) => (
        <div className="kb-row" key={row.join('')}>
          {i === LETTER_ROWS.length - 1 ? (
            <KeyButton
              keyId="case"
              ariaLabel={upper ? '大写（切换大小写）' : '小写（切换大小写）'}
              variant="kb-key-action kb-key-wide"
              pressed={upper}
              onPress={() => setUpper(!upper)}
            >
              {upper ? '大写' : '小写'}
            </KeyButton>
          ) : null}
          {row.map((l) => char(upper ? l.toUpperCase() : l))}
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
        {SYMBOLS.map((s) => char(s.text, s.label))}
        <KeyButton
          keyId="clear"
          ariaLabel="清空"
          variant="kb-key-action kb-key-wide"
          onPress={press({ type: 'clear' })}
        >
          清空
        </KeyButton>
      </div>
    </div>
  );
}
