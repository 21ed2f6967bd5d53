/**
 * One scalar field: label (必填 / 选填 in words), hint, the value in a large box that opens the field's
 * on-screen input directly below it, and the field's error in red with an icon and text.
 */
import type { ReactElement, ReactNode } from 'react';
import type { ScalarFormField } from '../../src-main/contract/catalog.schema.js';
import { NumericKeypad, TextKeyboard } from '../keyboard/index.js';
import { ChoiceInput } from './ChoiceInput.js';
import { latestFutureDate } from '../../src-main/contract/form-values.js';
import { DatePicker } from './DatePicker.js';
import { appendDecimalPoint, displayValue, inputFor, isComplete } from './field-input.js';
import { FormIcon } from './form-icons.js';

export interface FieldRowProps {
  field: ScalarFormField;
  /** `fieldId` or `groupId.index.fieldId`. */
  path: string;
  value: string;
  error: string | undefined;
  active: boolean;
  /** Filled from the ID card (shows 已从身份证读取). */
  prefilled: boolean;
  /** Read-only (name and ID number from the card). */
  locked: boolean;
  /** Unique DOM id prefix for this field. */
  domId: string;
  today: string;
  onToggle: () => void;
  onValue: (value: string) => void;
  /** A choice was picked: set it and close the field. */
  onPick: (value: string) => void;
  onDone: () => void;
  /** The value became complete (a whole phone or ID number): the field moves on by itself. */
  onComplete?: (() => void) | undefined;
}

export function FieldLabel({
  id,
  label,
  required,
  prefilled,
  extra,
}: {
  id: string;
  label: string;
  required: boolean;
  prefilled?: boolean;
  extra?: ReactNode;
}): ReactElement {
  return (
    <div className="form-label-line">
      <span className="form-label" id={id}>
        {label}
      </span>
      {required ? <span className="form-required">必填</span> : <span className="form-optional">选填</span>}
      {prefilled ? (
        <span className="form-prefilled">
          <FormIcon name="card" size={26} />
          已从身份证读取
        </span>
      ) : null}
      {extra}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }): ReactElement {
  return (
    <p className="form-error" id={id}>
      <FormIcon name="alert" size={30} />
      <span>{message}</span>
    </p>
  );
}

function DoneButton({ onDone }: { onDone: () => void }): ReactElement {
  return (
    <button type="button" className="btn btn-primary btn-large form-done" data-action="done" onClick={onDone}>
      完成
    </button>
  );
}

function FieldInput(props: FieldRowProps): ReactElement {
  const { field, path, value, onValue, onPick, onDone, onComplete, today } = props;
  const spec = inputFor(field);
  switch (spec.kind) {
    case 'pinyin':
      return (
        <>
          <TextKeyboard
            key={path}
            value={value}
            onChange={onValue}
            maxLength={spec.maxLength}
            kind={spec.textKind}
          />
          <div className="form-input-actions">
            <DoneButton onDone={onDone} />
          </div>
        </>
      );
    case 'numeric': {
      const counted = field.type === 'phone' || field.type === 'idNumber';
      return (
        <>
          <NumericKeypad
            value={value}
            onChange={(next) => {
              onValue(next);
              if (onComplete && !isComplete(field, value) && isComplete(field, next)) onComplete();
            }}
            maxLength={spec.maxLength}
            allowX={spec.allowX}
          />
          <div className="form-input-actions">
            {counted ? (
              <span className="form-count" data-count={value.length}>
                已输入 {value.length} 位，共 {spec.maxLength} 位
              </span>
            ) : null}
            {spec.decimal ? (
              <button
                type="button"
                className="btn btn-secondary btn-large"
                data-action="decimal-point"
                disabled={appendDecimalPoint(value, spec.maxLength) === value}
                onClick={() => onValue(appendDecimalPoint(value, spec.maxLength))}
              >
                小数点 .
              </button>
            ) : null}
            <DoneButton onDone={onDone} />
          </div>
        </>
      );
    }
    case 'date':
      return (
        <>
          <DatePicker
            label={field.label}
            value={value}
            onChange={onValue}
            today={today}
            {...(field.type === 'date' && field.allowFuture ? { max: latestFutureDate(today) } : {})}
            actions={<DoneButton onDone={onDone} />}
          />
        </>
      );
    case 'choice':
      return (
        <>
          <ChoiceInput label={field.label} options={spec.options} value={value} onPick={onPick} />
          <div className="form-input-actions">
            {!field.required && value !== '' ? (
              <button
                type="button"
                className="btn btn-secondary btn-large"
                data-action="clear-choice"
                onClick={() => onPick('')}
              >
                不选
              </button>
            ) : null}
            <DoneButton onDone={onDone} />
          </div>
        </>
      );
  }
}

export function FieldRow(props: FieldRowProps): ReactElement {
  const { field, path, value, error, active, prefilled, locked, domId, onToggle } = props;
  const labelId = `${domId}-label`;
  const hintId = `${domId}-hint`;
  const errorId = `${domId}-error`;
  const inputId = `${domId}-input`;
  const shown = displayValue(field, value);
  const describedBy = [field.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const classes = ['form-field'];
  if (active) classes.push('form-field-active');
  if (error) classes.push('form-field-invalid');

  return (
    <div
      className={classes.join(' ')}
      role="group"
      aria-labelledby={labelId}
      data-field-row={path}
      data-invalid={error ? 'true' : undefined}
    >
      <FieldLabel id={labelId} label={field.label} required={field.required} prefilled={prefilled} />
      {field.hint ? (
        <p className="form-hint" id={hintId}>
          {field.hint}
        </p>
      ) : null}
      {locked ? (
        <div
          className="form-value form-value-locked"
          data-field={path}
          data-value={value}
          data-locked="true"
          aria-describedby={describedBy || undefined}
        >
          <span className={`form-value-text form-value-${field.type}`}>{shown}</span>
          <span className="form-locked-note">
            <FormIcon name="lock" size={26} />
            身份证信息，不能修改
          </span>
        </div>
      ) : (
        <button
          type="button"
          className={`form-value form-value-${field.type}`}
          data-field={path}
          data-value={value}
          aria-label={`${field.label}：${shown || '未填写'}`}
          aria-expanded={active}
          aria-controls={active ? inputId : undefined}
          aria-describedby={describedBy || undefined}
          onClick={onToggle}
        >
          {shown ? (
            <span className="form-value-text">{shown}</span>
          ) : (
            <span className="form-value-text form-placeholder">未填写</span>
          )}
          <FormIcon name="edit" size={34} />
        </button>
      )}
      {error ? <FieldError id={errorId} message={error} /> : null}
      {active && !locked ? (
        <div className="form-input" id={inputId} data-input-for={path}>
          <FieldInput {...props} />
        </div>
      ) : null}
    </div>
  );
}
