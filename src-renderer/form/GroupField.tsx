/**
 * A repeatable group (e.g. 家庭成员): its entries, each with its sub-fields drawn as ordinary field
 * rows, 添加一项… below, and 删除这一项 with a confirm step (确认删除 / 取消) on each entry.
 */
import type { ReactElement } from 'react';
import type { ScalarFormField } from '../../src-main/contract/catalog.schema.js';
import type { GroupValue } from '../../src-main/contract/form-values.js';
import { FieldError, FieldLabel } from './FieldRow.js';
import { FormIcon } from './form-icons.js';
import type { GroupFormField } from './form-paths.js';

export interface GroupFieldProps {
  group: GroupFormField;
  entries: GroupValue;
  error: string | undefined;
  domId: string;
  /** The entry (index) whose 删除 waits for 确认删除, if any. */
  confirming: number | null;
  renderField: (field: ScalarFormField, index: number) => ReactElement;
  onAdd: () => void;
  onAskRemove: (index: number) => void;
  onConfirmRemove: (index: number) => void;
  onCancelRemove: () => void;
}

export function GroupField({
  group,
  entries,
  error,
  domId,
  confirming,
  renderField,
  onAdd,
  onAskRemove,
  onConfirmRemove,
  onCancelRemove,
}: GroupFieldProps): ReactElement {
  const labelId = `${domId}-label`;
  const hintId = `${domId}-hint`;
  const errorId = `${domId}-error`;
  const full = entries.length >= group.maxItems;
  const count = (
    <span className="form-group-count">
      已添加 {entries.length} 项，最多 {group.maxItems} 项
    </span>
  );
  return (
    <section
      className={error ? 'form-group form-field-invalid' : 'form-group'}
      aria-labelledby={labelId}
      aria-describedby={
        [group.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
      }
      data-group={group.id}
      data-invalid={error ? 'true' : undefined}
    >
      <FieldLabel id={labelId} label={group.label} required={group.required} extra={count} />
      {group.hint ? (
        <p className="form-hint" id={hintId}>
          {group.hint}
        </p>
      ) : null}
      {error ? <FieldError id={errorId} message={error} /> : null}
      {entries.length === 0 ? <p className="form-group-empty">还没有添加。</p> : null}
      {entries.length > 0 ? (
        <ol className="form-entries">
          {entries.map((_, index) => {
            const where = `${group.id}.${index}`;
            const name = `第${index + 1}项${group.label}`;
            return (
              <li className="form-entry" key={index} data-entry={where}>
                <div className="form-entry-head">
                  <span className="form-entry-title">第 {index + 1} 项</span>
                  {confirming === index ? (
                    <span className="form-entry-confirm">
                      <span className="form-entry-question">删除这一项吗？</span>
                      <button
                        type="button"
                        className="btn btn-large form-btn-danger"
                        data-entry-confirm-remove={where}
                        aria-label={`确认删除${name}`}
                        onClick={() => onConfirmRemove(index)}
                      >
                        确认删除
                      </button>
                      <button
                        type="button"
                        className="btn btn-secondary btn-large"
                        data-entry-cancel-remove={where}
                        aria-label={`取消，保留${name}`}
                        onClick={onCancelRemove}
                      >
                        取消
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-secondary btn-large form-btn-remove"
                      data-entry-remove={where}
                      aria-label={`删除这一项：${name}`}
                      onClick={() => onAskRemove(index)}
                    >
                      删除这一项
                    </button>
                  )}
                </div>
                {group.fields.map((field) => renderField(field, index))}
              </li>
            );
          })}
        </ol>
      ) : null}
      <button
        type="button"
        className="btn btn-secondary btn-large form-group-add"
        data-group-add={group.id}
        disabled={full}
        onClick={onAdd}
      >
        <FormIcon name="plus" size={30} />
        添加一项{group.label}
      </button>
      {full ? <p className="form-group-full">已达到最多 {group.maxItems} 项</p> : null}
    </section>
  );
}
