/**
 * Letters (with 大写/小写), digits and the symbols of server addresses and port paths (/ : . - _), for
 * field techs and hall admins typing `http://10.1.2.3:8787/`, `/dev/ttyUSB0` or `COM3` on the screen.
 */
import { useState, type ReactElement } from 'react';
import { editActionKey, KeyGrid, type KeySpec } from '../keyboard/KeyGrid.js';
import { applyEditKey, type EditKey } from '../keyboard/key-input.js';
import { DIGIT_ROW, LETTER_ROWS } from '../keyboard/layouts.js';

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
  const char = (c: string, label?: string): KeySpec => ({
    id: c,
    face: c,
    label,
    onPress: press({ type: 'text', text: c }),
  });
  const last = LETTER_ROWS.length - 1;
  const caseKey: KeySpec = {
    id: 'case',
    face: upper ? '大写' : '小写',
    label: upper ? '大写（切换大小写）' : '小写（切换大小写）',
    variant: 'kb-key-action kb-key-wide',
    pressed: upper,
    onPress: () => setUpper(!upper),
  };
  const backspace = editActionKey('backspace', press({ type: 'backspace' }));
  const clear = editActionKey('clear', press({ type: 'clear' }));
  const letterRow = (row: readonly string[], i: number): KeySpec[] => {
    const letters = row.map((l) => char(upper ? l.toUpperCase() : l));
    return i === last ? [caseKey, ...letters, backspace] : letters;
  };
  return (
    <KeyGrid
      className="kb-letters"
      label="字母数字键盘"
      rows={[
        DIGIT_ROW.map((d) => char(d)),
        ...LETTER_ROWS.map(letterRow),
        [...SYMBOLS.map((s) => char(s.text, s.label)), clear],
      ]}
    />
  );
}
