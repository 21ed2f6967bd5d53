/**
 * 投诉建议: category → text (pinyin keyboard) → contact (phone, optional, or 匿名提交) → review → submit
 * (through the outbox) → the tracking number and what happens next. State lives here only, so the
 * session's end wipes it. 查看答复 (a reply by the slip's number) opens from the first step and loads
 * only then.
 */
import { lazy, Suspense, useState, type ReactElement } from 'react';
import type { ComplaintResult } from '../../../src-main/contract/citizen.types.js';
import type { ComplaintCategory } from '../../../src-main/contract/feedback.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { useLeaveGuard } from '../../app/leave-guard.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { FlowNav } from '../../components/FlowNav.js';
import { isMobilePhone } from '../../components/phone-number.js';
import { StepProgress } from '../../components/StepProgress.js';
import { CategoryStep } from './CategoryStep.js';
import { ContactStep } from './ContactStep.js';
import { DoneStep } from './DoneStep.js';
import { ReviewStep } from './ReviewStep.js';
import { TextStep } from './TextStep.js';
import './complaint.css';

const ComplaintReplyScreen = lazy(() =>
  import('./ComplaintReplyScreen.js').then((m) => ({ default: m.ComplaintReplyScreen })),
);

type Step = 'category' | 'text' | 'contact' | 'review' | 'done';
const STEPS: readonly Step[] = ['category', 'text', 'contact', 'review', 'done'];
const STEP_TITLES = ['选择类别', '填写内容', '联系方式', '核对提交', '完成'] as const;

export function ComplaintScreen(): ReactElement {
  const { bridge } = useKiosk();
  const [step, setStep] = useState<Step>('category');
  const [category, setCategory] = useState<ComplaintCategory | null>(null);
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [phone, setPhone] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ComplaintResult | null>(null);
  const [readingReply, setReadingReply] = useState(false);

  const contactReady = anonymous || phone.length === 0 || isMobilePhone(phone);

  const submit = (): void => {
    if (!category) return;
    setSubmitting(true);
    setError(null);
    unwrap(
      bridge.api.complaint.submit({
        category,
        text,
        anonymous,
        ...(!anonymous && phone ? { phone } : {}),
      }),
    ).then(
      (answer) => {
        setSubmitting(false);
        setResult(answer);
        setStep('done');
      },
      (e: unknown) => {
        setSubmitting(false);
        setError(e instanceof ApiFailure ? e.message : '提交失败，请稍后再试或联系工作人员。');
      },
    );
  };

  useLeaveGuard(
    text.trim() !== '' && step !== 'done' ? '离开后，您写下的投诉内容不会保存，也不会提交。' : null,
  );

  const back: (() => void) | null =
    step === 'category' || step === 'done' || submitting
      ? null
      : () => setStep(STEPS[STEPS.indexOf(step) - 1] ?? 'category');

  if (readingReply)
    return (
      <main className="screen-body complaint" aria-label="查看投诉建议的答复">
        <Suspense
          fallback={
            <p className="loading" role="status">
              正在打开，请稍候……
            </p>
          }
        >
          <ComplaintReplyScreen onBack={() => setReadingReply(false)} />
        </Suspense>
      </main>
    );

  return (
    <main className="screen-body complaint" aria-label="投诉建议">
      <FlowNav onBack={back}>
        <StepProgress titles={STEP_TITLES} current={STEPS.indexOf(step)} label="投诉建议步骤" />
      </FlowNav>
      {step === 'category' ? (
        <>
          <CategoryStep
            onPick={(c) => {
              setCategory(c);
              setStep('text');
            }}
          />
          <div className="cmp-reply-entry">
            <button
              type="button"
              className="btn btn-secondary btn-huge"
              onClick={() => setReadingReply(true)}
            >
              已经提交过？凭回执查看答复
            </button>
          </div>
        </>
      ) : null}
      {step === 'text' && category ? (
        <TextStep category={category} text={text} onChange={setText} onNext={() => setStep('contact')} />
      ) : null}
      {step === 'contact' ? (
        <ContactStep
          anonymous={anonymous}
          phone={phone}
          onAnonymous={(on) => {
            setAnonymous(on);
            // Anonymous means no phone at all, not a hidden one.
            if (on) setPhone('');
          }}
          onPhone={setPhone}
          ready={contactReady}
          onNext={() => setStep('review')}
        />
      ) : null}
      {step === 'review' && category ? (
        <ReviewStep
          category={category}
          text={text}
          anonymous={anonymous}
          phone={phone}
          submitting={submitting}
          error={error}
          onEdit={() => setStep('text')}
          onSubmit={submit}
        />
      ) : null}
      {step === 'done' && result ? (
        <DoneStep
          result={result}
          anonymous={anonymous}
          phone={phone}
          onFinish={() => void bridge.api.session.end({ reason: 'done' })}
        />
      ) : null}
    </main>
  );
}
