/**
 * Admin form parts: a field shown as a large value box that opens its on-screen keyboard below it (pinyin
 * for Chinese, TechKeyboard for codes, paths and addresses, the keypad for numbers), on/off switches, and
 * the core's Chinese message shown right by the field it names.
 */
import { useId, type ReactElement, type ReactNode } from 'react';
import { NumericKeypad, PinyinKeyboard } from '../keyboard/index.js';
import { TechKeyboard } from './TechKeyboard.js';

export type KeyboardKind = 'pinyin' | 'tech' | 'techUpper' | 'digits';

export interface TextFieldProps {
  /** Stable id for tests: data-admin-field. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  keyboard: KeyboardKind;
  maxLength?: number;
  /** The open field (only one keyboard at a time). */
  editing: string | null;
  setEditing: (name: string | null) => void;
  error?: string | undefined;
  hint?: string;
  placeholder?: string;
}

export function TextField({
  name,
  label,
  value,
  onChange,
  keyboard,
  maxLength,
  editing,
  setEditing,
  error,
  hint,
  placeholder = '点此输入',
}: TextFieldProps): ReactElement {
  const open = editing === name;
  const errorId = useId();
  return (
    <div className="admin-field" data-admin-field={name}>
      <button
        type="button"
        className={open ? 'value-box admin-value active' : 'value-box admin-value'}
        aria-expanded={open}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onClick={() => setEditing(open ? null : name)}
      >
        <span className="value-label">{label}</span>
        <span className="value-text">{value || placeholder}</span>
      </button>
      {hint && !error ? <p className="admin-hint">{hint}</p> : null}
      <FieldError id={errorId} message={error} />
      {open ? (
        <div className="admin-keyboard" data-keyboard-for={name}>
          {keyboard === 'pinyin' ? (
            <PinyinKeyboard value={value} onChange={onChange} {...(maxLength ? { maxLength } : {})} />
          ) : keyboard === 'digits' ? (
            <NumericKeypad value={value} onChange={onChange} {...(maxLength ? { maxLength } : {})} />
          ) : (
            <TechKeyboard
              value={value}
              onChange={onChange}
              upperDefault={keyboard === 'techUpper'}
              {...(maxLength ? { maxLength } : {})}
            />
          )}
          <button type="button" className="btn btn-secondary" onClick={() => setEditing(null)}>
            收起键盘
          </button>
        </div>
      ) : null}
    </div>
  );
}

export function FieldError({
  id,
  message,
}: {
  id?: string;
  message: string | undefined;
}): ReactElement | null {
  if (!message) return null;
  return (
    <p className="error-message-inline admin-error" id={id} role="alert">
      {message}
    </p>
  );
}

export function Toggle({
  label,
  on,
  onChange,
  name,
}: {
  label: string;
  on: boolean;
  onChange: (on: boolean) => void;
  name: string;
}): ReactElement {
  return (
    <button
      type="button"
      className="btn btn-secondary admin-toggle"
      aria-pressed={on}
      data-admin-toggle={name}
      onClick={() => onChange(!on)}
    >
      {label}：{on ? '开' : '关'}
    </button>
  );
}

/** A titled block of an admin screen. */
export function Section({ title, children }: { title: string; children: ReactNode }): ReactElement {
  return (
    <section className="admin-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** The core's message for a field path ("openingHours.2.0" belongs to "openingHours"). */
export function errorFor(
  error: { field?: string; message: string } | null,
  field: string,
): string | undefined {
  if (!error?.field) return undefined;
  return error.field === field || error.field.startsWith(`${field}.`) ? error.message : undefined;
}
