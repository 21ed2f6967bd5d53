/**
 * 好差评 for one case, appointment or visit: five large level buttons with their standard names (非常满意 …
 * 非常不满意); for a 差评 (level ≤ 2) the reasons as toggles and an optional comment on the pinyin keyboard,
 * at least one of them — the screen says why. Then thanks (a 差评 is followed up within five working days),
 * or, for a second rating of the same thing, a calm "已评价".
 */
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { RatingTarget } from '../../../src-main/contract/citizen.types.js';
import {
  POOR_RATING_MAX,
  RATING_COMMENT_MAX,
  RATING_LEVELS,
  RATING_REASON_LABELS,
  RATING_REASONS,
  type RatingLevel,
  type RatingReason,
} from '../../../src-main/contract/feedback.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { useLeaveGuard } from '../../app/leave-guard.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { CheckToggle } from '../../components/CheckToggle.js';
import { FormIcon } from '../../form/form-icons.js';
import { TextKeyboard } from '../../keyboard/index.js';
import { RatingDone, type RatingOutcome } from './RatingDone.js';
import { Stars } from './Stars.js';
import './rating.css';

/** Asked before the top bar leaves a rating that was begun but not handed in. */
export const RATING_LEAVE_MESSAGE = '离开后，您的评价不会保存，也不会提交。';

const LEVELS: RatingLevel[] = [5, 4, 3, 2, 1];

/** Why a 差评 needs a reason, shown above the reasons. */
const WHY_REASON =
  '为了让工作人员知道哪里需要改进、回访时该问什么，不满意的评价请至少选一项原因，或写下您的意见。';
/** Said when 提交评价 is pressed on a 差评 without either. */
export const NEED_REASON = '还差一步：请至少选择一个原因，或写下您的意见，再点提交评价。';

type Sending = { step: 'editing'; message: string | null } | { step: 'sending' };

export function RatingForm({
  target,
  subject,
  onCancel,
  cancelLabel = '不评价了，返回',
  onRated,
  finish,
}: {
  target: RatingTarget;
  /** What is being rated, in words ("城乡居民基本养老保险参保登记", "本次大厅服务"). */
  subject: string;
  onCancel?: () => void;
  cancelLabel?: string;
  /** Told once the thing counts as rated (a new rating, or one found already there). */
  onRated?: (outcome: RatingOutcome) => void;
  /** The buttons under the thanks. */
  finish: ReactNode;
}): ReactElement {
  const { bridge } = useKiosk();
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [reasons, setReasons] = useState<RatingReason[]>([]);
  const [comment, setComment] = useState('');
  const [writing, setWriting] = useState(false);
  const [sending, setSending] = useState<Sending>({ step: 'editing', message: null });
  const [outcome, setOutcome] = useState<RatingOutcome | null>(null);
  const poor = level !== null && level <= POOR_RATING_MAX;
  useLeaveGuard(level !== null && outcome === null ? RATING_LEAVE_MESSAGE : null);
  const commentRef = useRef<HTMLButtonElement>(null);
  // The keyboard opens below the comment box: bring both into view (the citizen just asked for it).
  useEffect(() => {
    if (writing) commentRef.current?.scrollIntoView({ block: 'start' });
  }, [writing]);

  // A hint about what is missing goes once the citizen changes something.
  const edited = (): void =>
    setSending((now) => (now.step === 'editing' ? { step: 'editing', message: null } : now));
  const toggle = (reason: RatingReason): void => {
    setReasons((now) => (now.includes(reason) ? now.filter((r) => r !== reason) : [...now, reason]));
    edited();
  };

  const done = (o: RatingOutcome): void => {
    setOutcome(o);
    onRated?.(o);
  };

  const submit = (): void => {
    if (level === null) {
      setSending({ step: 'editing', message: '请先点选一个满意程度。' });
      return;
    }
    const text = comment.trim();
    if (poor && reasons.length === 0 && text.length === 0) {
      setSending({ step: 'editing', message: NEED_REASON });
      return;
    }
    setSending({ step: 'sending' });
    setWriting(false);
    unwrap(
      bridge.api.rating.submit({
        target,
        level,
        reasons: poor ? reasons : [],
        ...(poor && text ? { comment: text } : {}),
      }),
    ).then(
      (result) => done({ kind: 'rated', result }),
      (error: unknown) => {
        if (error instanceof ApiFailure && error.code === 'CONFLICT') {
          done({ kind: 'already', message: error.message });
          return;
        }
        setSending({
          step: 'editing',
          message: error instanceof ApiFailure ? error.message : '评价没有提交成功，请稍后再试。',
        });
      },
    );
  };

  if (outcome)
    return <RatingDone outcome={outcome} subject={subject} visit={target.kind === 'visit'} finish={finish} />;

  const speech = `请为${subject}评价。请点选一个：${LEVELS.map((l) => RATING_LEVELS[l]).join('，')}。选好后点提交评价。`;
  return (
    <section className="step rating-form" aria-labelledby="rating-title">
      <div className="section-head">
        <h2 id="rating-title">请您为本次服务评价</h2>
        <SpeakButton text={() => speech} />
      </div>
      <p className="rating-subject">
        评价对象：<strong>{subject}</strong>
      </p>
      <p className="step-prompt">请点选您的满意程度（一次办理评价一次）。</p>
      <div className="rating-levels" role="group" aria-label="满意程度">
        {LEVELS.map((l) => {
          const chosen = level === l;
          return (
            <button
              key={l}
              type="button"
              className="rating-level"
              data-level={l}
              aria-pressed={chosen}
              onClick={() => {
                setLevel(l);
                edited();
              }}
            >
              <Stars count={l} />
              <span className="rating-level-name">{RATING_LEVELS[l]}</span>
              {chosen ? (
                <span className="rating-chosen">
                  <FormIcon name="check" size={32} />
                  已选
                </span>
              ) : null}
            </button>
          );
        })}
      </div>

      {poor ? (
        <div className="rating-reasons" role="group" aria-labelledby="reasons-title">
          <h3 id="reasons-title">哪些地方让您不满意？（可多选）</h3>
          <p className="rating-why">{WHY_REASON}</p>
          <div className="rating-reason-grid" role="group" aria-label="不满意的原因">
            {RATING_REASONS.map((reason) => (
              <CheckToggle
                key={reason}
                on={reasons.includes(reason)}
                onToggle={() => toggle(reason)}
                label={RATING_REASON_LABELS[reason]}
                className="rating-reason"
                data={{ 'data-reason': reason }}
              />
            ))}
          </div>
          <button
            ref={commentRef}
            type="button"
            className={writing ? 'value-box active rating-comment' : 'value-box rating-comment'}
            aria-pressed={writing}
            onClick={() => setWriting(!writing)}
          >
            <span className="value-label">您的意见（可不填）</span>
            <span className="value-text">
              {comment || (writing ? '请用下面的键盘输入' : '点这里写下意见')}
            </span>
          </button>
          {writing ? (
            <div className="rating-keyboard">
              <TextKeyboard
                value={comment}
                onChange={(text) => {
                  setComment(text);
                  edited();
                }}
                maxLength={RATING_COMMENT_MAX}
              />
              <div className="step-actions">
                <button
                  type="button"
                  className="btn btn-secondary btn-large"
                  onClick={() => setWriting(false)}
                >
                  写好了，收起键盘
                </button>
              </div>
            </div>
          ) : null}
        </div>
      ) : null}

      <div role="status" className="rating-status">
        {sending.step === 'sending' ? <p className="loading">正在提交，请稍候……</p> : null}
        {sending.step === 'editing' && sending.message ? (
          <p className="rating-message">
            <FormIcon name="alert" size={36} />
            <span>{sending.message}</span>
          </p>
        ) : null}
      </div>
      <div className="step-actions">
        {onCancel ? (
          <button type="button" className="btn btn-secondary btn-large" onClick={onCancel}>
            {cancelLabel}
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-primary btn-huge"
          disabled={sending.step === 'sending'}
          onClick={submit}
        >
          提交评价
        </button>
      </div>
    </section>
  );
}
