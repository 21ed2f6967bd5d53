/** Everything on one screen before 提交. */
import type { ReactElement } from 'react';
import type { FormSchema } from '../../../src-main/contract/catalog.schema.js';
import type { FormValues } from '../../../src-main/contract/form-values.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { displayValue } from '../../form/field-input.js';

export function ReviewStep({
  form,
  values,
  submitting,
  error,
  onEdit,
  onSubmit,
}: {
  form: FormSchema;
  values: FormValues;
  submitting: boolean;
  error: string | null;
  onEdit: () => void;
  onSubmit: () => void;
}): ReactElement {
  return (
    <section className="step review" aria-labelledby="review-title">
      <div className="section-head">
        <h2 id="review-title">请核对填写的内容</h2>
        <SpeakButton text={() => document.querySelector('.review-list')?.textContent ?? ''} />
      </div>
      <dl className="review-list">
        {form.fields.map((field) => {
          const value = values[field.id];
          if (field.type !== 'group')
            return (
              <div className="field" key={field.id}>
                <dt>{field.label}</dt>
                <dd>{typeof value === 'string' && value ? displayValue(field, value) : '未填写'}</dd>
              </div>
            );
          const rows = Array.isArray(value) ? value : [];
          return (
            <div className="field" key={field.id}>
              <dt>{field.label}</dt>
              <dd>
                {rows.length === 0
                  ? '未填写'
                  : rows.map((row, i) => (
                      <p key={i}>
                        {i + 1}.{' '}
                        {field.fields
                          .map((sub) => `${sub.label}：${displayValue(sub, row[sub.id] ?? '')}`)
                          .join('；')}
                      </p>
                    ))}
              </dd>
            </div>
          );
        })}
      </dl>
      <div role="status">{error ? <p className="error-message-inline">{error}</p> : null}</div>
      <div className="step-actions">
        <button type="button" className="btn btn-secondary btn-large" onClick={onEdit} disabled={submitting}>
          返回修改
        </button>
        <button type="button" className="btn btn-primary btn-large" onClick={onSubmit} disabled={submitting}>
          {submitting ? '正在提交……' : '确认提交'}
        </button>
      </div>
    </section>
  );
}
