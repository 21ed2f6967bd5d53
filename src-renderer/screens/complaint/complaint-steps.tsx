/** The steps of 投诉建议: category, text, contact, review, done. Pure views; the flow holds the state. */
import { useEffect, useRef, type ReactElement } from 'react';
import type { ComplaintResult } from '../../../src-main/contract/citizen.types.js';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_TEXT_MAX,
  type ComplaintCategory,
} from '../../../src-main/contract/feedback.js';
import { maskPhone } from '../../../src-main/contract/id-number.js';
import { complaintReply, handInNote, slipNote } from '../../../src-main/contract/kiosk-promises.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { useSlipOutcome } from '../../app/use-slip-outcome.js';
import { linkAtHandIn, useKioskLink } from '../../app/use-kiosk-link.js';
import { PhoneEntry } from '../../components/PhoneEntry.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { TextKeyboard } from '../../keyboard/index.js';
import { PinnedActions } from '../../components/PinnedActions.js';

/** What each category covers, in a citizen's words. */
const CATEGORY_HINTS: Record<ComplaintCategory, string> = {
  服务态度: '工作人员态度不好、推诿',
  办事效率: '排队太久、办得太慢、跑了多次',
  乱收费: '收了不该收的费用',
  廉政问题: '吃拿卡要、索要好处',
  意见建议: '对大厅和服务的建议',
  其他: '以上都不是',
};

export function CategoryStep({ onPick }: { onPick: (c: ComplaintCategory) => void }): ReactElement {
  return (
    <section className="step cmp-category" aria-labelledby="cmp-category-title">
      <div className="section-head">
        <h2 id="cmp-category-title">您要反映哪方面的问题？</h2>
        <SpeakButton
          text={() =>
            `您要反映哪方面的问题？请选一项：${COMPLAINT_CATEGORIES.map((c) => `${c}，${CATEGORY_HINTS[c]}`).join('；')}。`
          }
        />
      </div>
      <div className="cmp-categories">
        {COMPLAINT_CATEGORIES.map((c) => (
          <button
            key={c}
            type="button"
            className="cmp-category-btn"
            data-category={c}
            onClick={() => onPick(c)}
          >
            <span className="cmp-category-name">{c}</span>
            <span className="cmp-category-hint">{CATEGORY_HINTS[c]}</span>
          </button>
        ))}
      </div>
    </section>
  );
}

export function TextStep({
  category,
  text,
  onChange,
  onNext,
}: {
  category: ComplaintCategory;
  text: string;
  onChange: (text: string) => void;
  onNext: () => void;
}): ReactElement {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Keep the newest words in view as the text grows.
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [text]);
  const empty = text.trim().length === 0;
  return (
    <section className="step cmp-text" aria-labelledby="cmp-text-title">
      <div className="section-head">
        <h2 id="cmp-text-title">请写下具体情况</h2>
        <SpeakButton
          text={() =>
            `您选的是${category}。请用下面的键盘写下具体情况：什么时间、在哪个窗口、发生了什么。输入拼音后点选汉字。`
          }
        />
      </div>
      <p className="step-prompt">什么时间、在哪个窗口、发生了什么，写清楚我们更好核实。</p>
      <span className="value-label" id="cmp-text-label">
        您写的内容
      </span>
      <div ref={box} className="cmp-text-box" aria-labelledby="cmp-text-label" data-testid="complaint-text">
        {text || <span className="placeholder">请用下方键盘输入</span>}
      </div>
      <p className="cmp-counter" data-testid="complaint-counter">
        已输入 {text.length} 字，最多 {COMPLAINT_TEXT_MAX} 字
      </p>
      <TextKeyboard value={text} onChange={onChange} maxLength={COMPLAINT_TEXT_MAX} />
      <div className="step-actions">
        <button type="button" className="btn btn-primary btn-large" disabled={empty} onClick={onNext}>
          写好了，下一步
        </button>
      </div>
    </section>
  );
}

export function ContactStep({
  anonymous,
  phone,
  onAnonymous,
  onPhone,
  onNext,
  ready,
}: {
  anonymous: boolean;
  phone: string;
  onAnonymous: (on: boolean) => void;
  onPhone: (phone: string) => void;
  onNext: () => void;
  ready: boolean;
}): ReactElement {
  return (
    <section className="step cmp-contact" aria-labelledby="cmp-contact-title">
      <div className="section-head">
        <h2 id="cmp-contact-title">需要我们答复您吗？</h2>
        <SpeakButton
          text={() =>
            '需要答复的，请留下手机号码，我们会打电话答复您，电话只用于答复。不想留名的，请点匿名提交；匿名提交无法答复您。'
          }
        />
      </div>
      <button
        type="button"
        className="btn btn-secondary btn-large cmp-anonymous"
        aria-pressed={anonymous}
        onClick={() => onAnonymous(!anonymous)}
      >
        {anonymous ? '✓ 匿名提交（已选）' : '匿名提交'}
      </button>
      {anonymous ? (
        <p className="step-prompt">
          您选择了匿名提交：不留姓名和电话，我们会认真核实处理，但无法答复您。想要答复，请再点一下“匿名提交”取消。
        </p>
      ) : (
        <>
          <p className="step-prompt">
            留下手机号码，我们会打电话答复您；电话只用于答复，不会公开。不留也可以提交。
          </p>
          <PhoneEntry value={phone} onChange={onPhone} label="手机号码（可不填）" />
        </>
      )}
      <div className="step-actions">
        <button type="button" className="btn btn-primary btn-large" disabled={!ready} onClick={onNext}>
          下一步
        </button>
      </div>
    </section>
  );
}

export function contactText(anonymous: boolean, phone: string): string {
  if (anonymous) return '匿名提交（不答复）';
  return phone ? `${maskPhone(phone)}（电话答复）` : '未留电话（不答复）';
}

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

/** What happens next, in the slip's words. */
export function DoneStep({
  result,
  anonymous,
  phone,
  onFinish,
}: {
  result: ComplaintResult;
  anonymous: boolean;
  phone: string;
  onFinish: () => void;
}): ReactElement {
  const { info } = useKiosk();
  const link = linkAtHandIn(useKioskLink(), result.online);
  const next = complaintReply(link, { anonymous, phone }, result.replyDays, info.hallPhone);
  const slip = useSlipOutcome(result.receipt);
  const receipt = slip ? slipNote(slip) : '';
  const uploadNote = handInNote(link, '投诉');
  return (
    <section className="step done cmp-done" aria-labelledby="cmp-done-title">
      <div className="section-head">
        <h2 id="cmp-done-title">已提交，感谢您的监督</h2>
        <SpeakButton
          text={() =>
            `已提交，感谢您的监督。受理编号是 ${result.trackingNumber.split('').join(' ')}。${next}${receipt}`
          }
        />
      </div>
      <div className="done-number">
        <span className="value-label">受理编号</span>
        <span className="local-number" data-testid="tracking-number">
          {result.trackingNumber}
        </span>
      </div>
      <p className="step-prompt cmp-next" data-testid="complaint-next">
        {next}
      </p>
      <p className="cmp-hotline">
        监督电话：<strong>{info.hallPhone}</strong>；也可拨打 12345 政务服务便民热线。
      </p>
      {slip === null ? null : (
        <div role="status" className="done-status">
          {slip.kind === 'failed' ? (
            <>
              <p className="error-message-inline">{receipt}</p>
              <p className="cmp-photo-hint">请拍照保存受理编号</p>
            </>
          ) : (
            <p className="ok-message">{receipt}</p>
          )}
          {uploadNote ? <p className="step-prompt">{uploadNote}</p> : null}
        </div>
      )}
      <PinnedActions>
        <button type="button" className="btn btn-primary btn-huge" onClick={onFinish}>
          完成
        </button>
      </PinnedActions>
    </section>
  );
}
