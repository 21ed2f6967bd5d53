/** One large button per option; the chosen one is pressed (aria-pressed), marked by colour and a tick. */
import type { ReactElement } from 'react';
import { FormIcon } from './form-icons.js';

export interface ChoiceInputProps {
  label: string;
  options: readonly string[];
  value: string;
  onPick: (option: string) => void;
}

export function ChoiceInput({ label, options, value, onPick }: ChoiceInputProps): ReactElement {
  return (
    <div className="form-choices" role="group" aria-label={`${label}的选项`}>
      {options.map((option) => {
        const chosen = option === value;
        return (
          <button
            key={option}
            type="button"
            className="form-choice"
            data-option={option}
            aria-pressed={chosen}
            onClick={() => onPick(option)}
          >
            {chosen ? <FormIcon name="check" size={30} /> : null}
            <span>{option}</span>
          </button>
        );
      })}
    </div>
  );
}
