/**
 * The key grid every on-screen keyboard draws with: rows of keys (or the phone pad's 3-column grid), each
 * key a KeyButton of the same touch size, and the notice of a full field under it. A keyboard keeps only
 * its own logic and says which keys it has.
 */
import type { ReactElement, ReactNode } from 'react';
import { KeyButton } from './KeyButton.js';
import './keyboard.css';

export interface KeySpec {
  /** `data-key`: the character, or backspace/clear/space/… */
  id: string;
  face: ReactNode;
  onPress: () => void;
  /** Chinese name for keys whose face is not their name (退格, 空格, 切换中英文, …). */
  label?: string | undefined;
  /** Extra classes: kb-key-action, kb-key-wide, kb-key-space, kb-key-pad, … */
  variant?: string | undefined;
  disabled?: boolean | undefined;
  pressed?: boolean | undefined;
}

/** The wide 退格 or 清空 key of a row keyboard. */
export const editActionKey = (id: 'backspace' | 'clear', onPress: () => void): KeySpec => {
  const name = id === 'backspace' ? '退格' : '清空';
  return { id, face: name, label: name, variant: 'kb-key-action kb-key-wide', onPress };
};

/** An empty place in the phone pad (where X stands when it is allowed). */
export const KEY_GAP = 'gap';

export type GridCell = KeySpec | typeof KEY_GAP;

export interface KeyGridProps {
  /** The keyboard's own class beside `kb` (kb-letters, kb-numeric, kb-pinyin). */
  className: string;
  /** The group's name for a screen reader (字母键盘, 数字键盘, …). */
  label: string;
  /** `rows`: one flex row per array; `pad`: the phone pad grid, rows laid out three to a line. */
  layout?: 'rows' | 'pad';
  rows: readonly (readonly GridCell[])[];
  /** Drawn above the keys (the pinyin keyboard's candidate bar). */
  header?: ReactNode;
  /** The notice under the keys (a full field); none when null. */
  hint?: string | null | undefined;
  /** `data-mode` of the group (the pinyin keyboard's 中/英). */
  mode?: string | undefined;
}

function cell(spec: GridCell, index: number): ReactElement {
  if (spec === KEY_GAP) return <span key={`gap-${index}`} className="kb-pad-gap" aria-hidden="true" />;
  return (
    <KeyButton
      key={spec.id}
      keyId={spec.id}
      ariaLabel={spec.label}
      variant={spec.variant}
      disabled={spec.disabled}
      pressed={spec.pressed}
      onPress={spec.onPress}
    >
      {spec.face}
    </KeyButton>
  );
}

export function KeyGrid({
  className,
  label,
  layout = 'rows',
  rows,
  header,
  hint,
  mode,
}: KeyGridProps): ReactElement {
  return (
    <div className={`kb ${className}`} role="group" aria-label={label} data-mode={mode}>
      {header}
      {layout === 'pad' ? (
        <div className="kb-pad">{rows.flat().map(cell)}</div>
      ) : (
        rows.map((row, i) => (
          <div className="kb-row" key={i}>
            {row.map(cell)}
          </div>
        ))
      )}
      {hint ? (
        <p className="kb-hint" role="status">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
