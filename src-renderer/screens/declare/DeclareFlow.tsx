/**
 * 自助申报 for one item: consent → identify (card or manual) → form (prefilled) → materials →
 * review → submit → done. All of it lives in this component's state, so the session's end
 * (which remounts the screen tree) wipes every personal datum from the renderer.
 */
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { ServiceItem } from '../../../src-main/contract/catalog.schema.js';
import type { DeclarationResult } from '../../../src-main/contract/declaration.types.js';
import type { IdCardData } from '../../../src-main/contract/devices.types.js';
import { checkForm, type FormValues } from '../../../src-main/contract/form-values.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { useLeaveGuard } from '../../app/leave-guard.js';
import { useAsync } from '../../app/use-async.js';
import { ApiFailure, unwrap } from '../../api/client.js';
import { FlowNav } from '../../components/FlowNav.js';
import { LoadState } from '../../components/LoadState.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { DeclarationForm, emptyValues } from '../../form/index.js';
import { FORM_NEXT, FORM_PROMPT, formSpeech } from '../../form/form-speech.js';
import { ConsentStep } from './ConsentStep.js';
import { DoneStep } from './DoneStep.js';
import { IdentifyStep } from './IdentifyStep.js';
import { ManualIdentity, type ManualIdentityValue } from './ManualIdentity.js';
import { MaterialsStep } from './MaterialsStep.js';
import { ReviewStep } from './ReviewStep.js';
import './declare-flow.css';

/** The entries of `values` named in `keys` (the fields read from the card). */
function pickKeys(values: FormValues, keys: ReadonlySet<string>): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
}

type Step = 'consent' | 'identify' | 'manual' | 'form' | 'materials' | 'review' | 'done';

const STEP_TITLES: Array<[Step[], string]> = [
  [['consent'], '告知同意'],
  [['identify', 'manual'], '身份核验'],
  [['form'], '填写申请'],
  [['materials'], '准备材料'],
  [['review'], '核对提交'],
  [['done'], '完成'],
];

function Progress({ step }: { step: Step }): ReactElement {
  const current = STEP_TITLES.findIndex(([steps]) => steps.includes(step));
  return (
    <ol className="flow-progress" aria-label="申报步骤">
      {STEP_TITLES.map(([, title], i) => (
        <li
          key={title}
          className={i === current ? 'current' : i < current ? 'done' : ''}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className="flow-no">{i + 1}</span>
          {title}
        </li>
      ))}
    </ol>
  );
}

function Flow({ item }: { item: ServiceItem }): ReactElement {
  const { bridge, navigate } = useKiosk();
  const form = item.form;
  const [step, setStep] = useState<Step>('consent');
  const [method, setMethod] = useState<'card' | 'manual'>('card');
  const [values, setValues] = useState<FormValues>({});
  const [prefilled, setPrefilled] = useState<ReadonlySet<string>>(new Set());
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [result, setResult] = useState<DeclarationResult | null>(null);
  const [cardRemoved, setCardRemoved] = useState(false);
  const cardRemovedPrompt = useRef<HTMLDivElement>(null);

  const start = useCallback(
    (card: IdCardData | ManualIdentityValue, how: 'card' | 'manual') => {
      if (!form) return;
      const initial = emptyValues(form, how === 'card' ? card : { ...card });
      // Back at identify after typing (上一步): keep what was typed, take the identity afresh.
      setValues((typed) =>
        Object.keys(typed).length === 0
          ? initial.values
          : { ...typed, ...pickKeys(initial.values, initial.prefilled) },
      );
      setPrefilled(how === 'card' ? initial.prefilled : new Set());
      setMethod(how);
      setStep('form');
    },
    [form],
  );

  useEffect(
    () =>
      bridge.on('card.present', ({ present }) => {
        if (!present && method === 'card' && ['form', 'materials', 'review'].includes(step))
          setCardRemoved(true);
      }),
    [bridge, method, step],
  );

  // The prompt sits above the form: bring it into view (the citizen may be far down a long form).
  useEffect(() => {
    if (!cardRemoved) return;
    const prompt = cardRemovedPrompt.current;
    prompt?.scrollIntoView({ block: 'start', behavior: 'instant' });
    prompt?.querySelector('button')?.focus({ preventScroll: true });
  }, [cardRemoved]);

  useLeaveGuard(
    ['form', 'materials', 'review'].includes(step) ? '离开后，您在这里填写的申请内容不会保存。' : null,
  );

  if (!form) return <p className="error-message">该事项暂不支持自助申报，请到窗口办理。</p>;

  const previous: Partial<Record<Step, Step>> = {
    identify: 'consent',
    manual: 'identify',
    form: method === 'manual' ? 'manual' : 'identify',
    materials: 'form',
    review: 'materials',
  };
  const back = submitting ? undefined : previous[step];

  const toMaterials = (): void => {
    const problems = checkForm(form, values);
    if (problems.length > 0) {
      setShowAllErrors(true);
      setFormError(`还有 ${problems.length} 处需要填写或修改：${problems[0]?.message ?? ''}`);
      return;
    }
    setFormError(null);
    setStep('materials');
  };

  const submit = (): void => {
    setSubmitting(true);
    setSubmitError(null);
    unwrap(
      bridge.api.declaration.submit({ itemId: item.id, consent: true, identityMethod: method, values }),
    ).then(
      (answer) => {
        setResult(answer);
        setSubmitting(false);
        setStep('done');
      },
      (error: unknown) => {
        setSubmitting(false);
        setSubmitError(error instanceof ApiFailure ? error.message : '提交失败，请稍后再试或联系工作人员。');
      },
    );
  };

  return (
    <div className="declare-flow">
      <h2 className="flow-item">{item.name}</h2>
      <FlowNav onBack={back ? () => setStep(back) : undefined}>
        <Progress step={step} />
      </FlowNav>
      {cardRemoved ? (
        <div className="card-removed" role="alert" ref={cardRemovedPrompt}>
          <p>身份证已取走。如需继续填写请点“继续填写”；如要离开，请点“结束并清除信息”。</p>
          <div className="step-actions">
            <button
              type="button"
              className="btn btn-secondary btn-large"
              onClick={() => setCardRemoved(false)}
            >
              继续填写
            </button>
            <button
              type="button"
              className="btn btn-primary btn-large"
              onClick={() => void bridge.api.session.end({ reason: 'exit' })}
            >
              结束并清除信息
            </button>
          </div>
        </div>
      ) : null}
      {step === 'consent' ? (
        <ConsentStep
          item={item}
          onAgree={() => setStep('identify')}
          onRefuse={() => navigate({ type: 'home' })}
        />
      ) : null}
      {step === 'identify' ? (
        <IdentifyStep onCard={(card) => start(card, 'card')} onManual={() => setStep('manual')} />
      ) : null}
      {step === 'manual' ? <ManualIdentity onDone={(v) => start(v, 'manual')} /> : null}
      {step === 'form' ? (
        <section className="step" aria-labelledby="form-title">
          <div className="section-head">
            <h2 id="form-title">{form.title}</h2>
            <SpeakButton text={() => formSpeech(form, prefilled)} />
          </div>
          <p className="step-prompt">
            {FORM_PROMPT}
            {FORM_NEXT}
          </p>
          <DeclarationForm
            form={form}
            values={values}
            onChange={setValues}
            prefilled={prefilled}
            showAllErrors={showAllErrors}
          />
          <div role="status">{formError ? <p className="error-message-inline">{formError}</p> : null}</div>
          <div className="step-actions">
            <button type="button" className="btn btn-primary btn-large" onClick={toMaterials}>
              填好了，下一步
            </button>
          </div>
        </section>
      ) : null}
      {step === 'materials' ? <MaterialsStep item={item} onNext={() => setStep('review')} /> : null}
      {step === 'review' ? (
        <ReviewStep
          form={form}
          values={values}
          submitting={submitting}
          error={submitError}
          onEdit={() => setStep('form')}
          onSubmit={submit}
        />
      ) : null}
      {step === 'done' && result ? (
        <DoneStep result={result} onFinish={() => void bridge.api.session.end({ reason: 'done' })} />
      ) : null}
    </div>
  );
}

export function DeclareFlow({ itemId }: { itemId: string }): ReactElement {
  const { bridge } = useKiosk();
  const item = useAsync(() => unwrap(bridge.api.catalog.item({ id: itemId })), [itemId]);
  return (
    <main className="screen-body" aria-label="自助申报">
      <LoadState state={item}>{(value) => <Flow item={value} />}</LoadState>
    </main>
  );
}
