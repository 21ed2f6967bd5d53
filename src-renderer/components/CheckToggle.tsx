/**
 * A button that is on or off (a 差评 reason, a complaint phrase): on, it is filled and ticked, so the choice
 * reads by more than its colour; `aria-pressed` tells a screen reader the same.
 */
import type { ReactElement } from 'react';
import { FormIcon } from '../form/form-icons.js';

export function CheckToggle({
  on,
  onToggle,
  label,
  className,
  data,
}: {
  on: boolean;
  onToggle: () => void;
  label: string;
  /** The place's own class (its size and layout), beside `check-toggle`. */
  className: string;
  /** `data-*` attributes that name the choice for tests and styles. */
  data: Record<`data-${string}`, string>;
}): ReactElement {
  return (
    <button
      type="button"
      className={`check-toggle ${className}`}
      aria-pressed={on}
      onClick={onToggle}
      {...data}
    >
      {on ? <FormIcon name="check" size={28} /> : null}
      <span>{label}</span>
    </button>
  );
}
