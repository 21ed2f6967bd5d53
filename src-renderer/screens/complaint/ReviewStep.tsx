/** 投诉建议, step 4: what will be sent, read back before 确认提交. */
import type { ReactElement } from 'react';
import type { ComplaintCategory } from '../../../src-main/contract/feedback.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { contactText } from './contact-text.js';

export function ReviewStep({
  category,
  text,
  anonymous,
  phone,
  submitting,
  error,
  onEdit,
  onSubmit,
}: {
  category: ComplaintCategory;
  text: string;
  anonymous: boolean;
  phone: string;
  submitting: boolean;
  error: string | null;
  onEdit: () => void;
  onSubmit: () => void;
}): ReactElement {
  return (
    <section className="step cmp-review" aria-labelledby="cmp-review-title">
      <div className="section-head">
        <h2 id="cmp-review-title">请核对后提交</h2>
        <SpeakButton
          text={() =>
            `请核对。类别：${category}。内容：${text}。联系方式：${contactText(anonymous, phone)}。核对无误请点确认提交。`
          }
        />
      </div>
      <dl className="review-list cmp-review-list">
        <div className="field">
          <dt>类别</dt>
          <dd>{category}</dd>
        </div>
        <div className="field">
          <dt>内容</dt>
          <dd className="cmp-review-text">{text}</dd>
        </div>
        <div className="field">
          <dt>联系方式</dt>
          <dd>{contactText(anonymous, phone)}</dd>
        </div>
      </dl>
      <div role="status">{error ? <p className="error-message-inline">{error}</p> : null}</div>
      <div className="step-actions">
        <button type="button" className="btn btn-secondary btn-large" onClick={onEdit} disabled={submitting}>
          修改内容
        </button>
        <button type="button" className="btn btn-primary btn-large" onClick={onSubmit} disabled={submitting}>
          {submitting ? '正在提交……' : '确认提交'}
        </button>
      </div>
    </section>
  );
}
