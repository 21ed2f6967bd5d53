/** One key of an on-screen keyboard: a real button, ≥ var(--target) square, pressed state in CSS. */
import type { ReactElement, ReactNode } from 'react';

export interface KeyButtonProps {
  /** Stable name for tests and styling: the character, or backspace/clear/space/… */
  keyId: string;
  children: ReactNode;
  onPress: () => void;
  /** Chinese name for keys whose face is not their name (退格, 空格, 切换中英文, …). */
  ariaLabel?: string | undefined;
  /** Extra classes: kb-key-action, kb-key-wide, kb-key-space, … */
  variant?: string | undefined;
  disabled?: boolean | undefined;
  pressed?: boolean | undefined;
}

export function KeyButton({
  keyId,
  children,
  onPress,
  ariaLabel,
  variant,
  disabled,
  pressed,
}: KeyButtonProps): ReactElement {
  return (
    <button
      type="button"
      className={variant ? `kb-key ${variant}` : 'kb-key'}
      data-key={keyId}
      aria-label={ariaLabel}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onPress}
    >
      {children}
    </button>
  );
}
