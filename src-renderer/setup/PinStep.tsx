/** Setup, step 6: the hall admin's 6-digit PIN, typed twice on the keypad (never 123456). */
import type { ReactElement } from 'react';
import type { FormError } from '../admin/admin-api.js';
import { FieldError } from '../admin/fields.js';
import { NumericKeypad } from '../keyboard/index.js';
import { SetupActions } from './SetupActions.js';

export interface SetupPins {
  first: string;
  again: string;
}

export function PinStep({
  pins,
  setPins,
  editing,
  setEditing,
  error,
  busy,
  onBack,
  onFinish,
}: {
  pins: SetupPins;
  setPins: (pins: SetupPins) => void;
  editing: string | null;
  setEditing: (name: string | null) => void;
  error: FormError;
  busy: boolean;
  onBack: () => void;
  onFinish: () => void;
}): ReactElement {
  return (
    <>
      <p>请设置 6 位管理密码（大厅管理员进入管理模式时使用，不能是 123456）。</p>
      <div className="choice-row" role="group" aria-label="管理密码">
        {(['first', 'again'] as const).map((k) => (
          <button
            key={k}
            type="button"
            className="btn btn-secondary"
            aria-pressed={editing === k || (editing === null && k === 'first')}
            data-pin-step={k}
            onClick={() => setEditing(k)}
          >
            {k === 'first' ? '管理密码' : '再次输入'}：{'●'.repeat(pins[k].length) || '未输入'}
          </button>
        ))}
      </div>
      <NumericKeypad
        value={pins[editing === 'again' ? 'again' : 'first']}
        maxLength={6}
        onChange={(v) => {
          const k = editing === 'again' ? 'again' : 'first';
          setPins({ ...pins, [k]: v });
          if (k === 'first' && v.length === 6) setEditing('again');
        }}
      />
      <FieldError
        message={
          pins.again.length === 6 && pins.first !== pins.again ? '两次输入的密码不一致。' : error?.message
        }
      />
      <SetupActions
        back={onBack}
        nextLabel="完成设置"
        nextDisabled={pins.first.length !== 6 || pins.first !== pins.again || busy}
        next={onFinish}
      />
    </>
  );
}
