/**
 * One 办事指南 with every element, in the order a citizen reads: what to bring (a checklist right under
 * the title), where and when, can I apply, the materials in full, how, how long, how much; then the
 * codes and the formal parts at the bottom.
 */
import { useState, type ReactElement, type ReactNode } from 'react';
import { GUIDE_NOT_PRINTED_DEMO } from '../../src-main/contract/kiosk-promises.js';
import { onlineGuideUrl } from '../../src-main/contract/online-guide.js';
import type { ServiceItem } from '../../src-main/contract/catalog.schema.js';
import { useKiosk } from '../app/kiosk-context.js';
import { useAsync } from '../app/use-async.js';
import { ApiFailure, unwrap } from '../api/client.js';
import { HelpButton } from '../components/HelpButton.js';
import { Icon } from '../components/icons.js';
import { LoadState } from '../components/LoadState.js';
import { QrCode } from '../components/QrCode.js';
import { SpeakButton } from '../components/SpeakButton.js';
import { BlankFormPrint } from './BlankFormPrint.js';
import { bringList, exemptNote } from './guide-bring.js';
import './guide-bring.css';

const SECTIONS = [
  ['sec-bring', '带什么'],
  ['sec-where', '地点与时间'],
  ['sec-conditions', '受理条件'],
  ['sec-materials', '所需材料'],
  ['sec-process', '办理流程'],
  ['sec-time', '时限与收费'],
  ['sec-basic', '基本信息'],
  ['sec-formal', '依据与标准'],
] as const;

function Field({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function List({ items }: { items: string[] }): ReactElement {
  return (
    <ol className="plain-list">
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ol>
  );
}

/** A section heading with its 朗读 button, which reads the section as shown. */
function SectionHead({ id, title }: { id: string; title: string }): ReactElement {
  return (
    <div className="section-head">
      <h3 id={`h-${id}`}>{title}</h3>
      <SpeakButton text={() => document.getElementById(`sec-${id}`)?.innerText ?? ''} />
    </div>
  );
}

function jumpTo(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'auto', block: 'start' });
}

type PrintState =
  | { step: 'idle' }
  | { step: 'printing' }
  | { step: 'done' }
  | { step: 'simulated' }
  | { step: 'failed'; message: string };

/** 打印指南, with its outcome shown in place (never a pop-up); on failure the QR to photograph. */
function PrintGuide({ item, onlineUrl }: { item: ServiceItem; onlineUrl: string }): ReactElement {
  const { bridge, navigate } = useKiosk();
  const [state, setState] = useState<PrintState>({ step: 'idle' });
  const print = (): void => {
    setState({ step: 'printing' });
    unwrap(bridge.api.guide.print({ id: item.id })).then(
      (answer) => setState({ step: answer.outcome === 'simulated' ? 'simulated' : 'done' }),
      (error: unknown) =>
        setState({
          step: 'failed',
          message: error instanceof ApiFailure ? error.message : '打印失败，请稍后再试。',
        }),
    );
  };
  return (
    <div className="print-guide">
      <button
        type="button"
        className="btn btn-primary btn-large"
        disabled={state.step === 'printing'}
        onClick={print}
      >
        <Icon name="print" size={36} />
        {state.step === 'printing' ? '正在打印……' : '打印指南'}
      </button>
      {item.form ? (
        <button
          type="button"
          className="btn btn-primary btn-large"
          onClick={() => navigate({ type: 'push', route: { name: 'declare', itemId: item.id } })}
        >
          <Icon name="declare" size={36} />
          在线申报
        </button>
      ) : null}
      <div role="status" className="print-status">
        {state.step === 'done' ? (
          <>
            <p className="ok-message">已发送到打印机，请在打印机出纸口取走办事指南。</p>
            <button
              type="button"
              className="btn btn-secondary btn-large"
              onClick={() =>
                navigate({
                  type: 'push',
                  route: { name: 'rating', target: { kind: 'visit', itemId: item.id }, title: item.name },
                })
              }
            >
              评价本次服务
            </button>
          </>
        ) : null}
        {state.step === 'failed' || state.step === 'simulated' ? (
          <div className="print-failed" data-print={state.step}>
            {state.step === 'failed' ? (
              <p className="error-message-inline">{state.message}</p>
            ) : (
              <p className="step-prompt">{GUIDE_NOT_PRINTED_DEMO}</p>
            )}
            <figure className="print-failed-qr">
              <QrCode text={onlineUrl} size={260} label="办事指南二维码（请用手机扫描保存）" />
              <figcaption>请用手机扫描二维码，保存这份办事指南</figcaption>
            </figure>
            {state.step === 'failed' ? (
              <>
                <p className="print-failed-else">
                  没有手机的，可以请工作人员帮忙打印，或到窗口领取纸质办事指南。
                </p>
                <HelpButton label="请工作人员帮忙" />
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

function Guide({ item }: { item: ServiceItem }): ReactElement {
  const { info } = useKiosk();
  const onlineUrl = onlineGuideUrl(info.onlineGuideBaseUrl, item.code);
  return (
    <article className="guide" aria-labelledby="guide-title">
      <div className="guide-head">
        <div>
          <h2 id="guide-title" className="guide-title">
            {item.name}
          </h2>
          {item.aliases.length > 0 ? <p className="aliases">也叫：{item.aliases.join('、')}</p> : null}
        </div>
        <figure className="guide-qr">
          <QrCode text={onlineUrl} size={150} label="网上办事指南二维码" />
          <figcaption>扫码查看网上办事指南</figcaption>
        </figure>
      </div>
      <section id="sec-bring" className="guide-bring" aria-labelledby="h-bring">
        <SectionHead id="bring" title="带上这些去办" />
        <ul className="bring-list">
          {bringList(item.materials).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <BlankFormPrint item={item} />
      </section>

      <section id="sec-where" aria-labelledby="h-where">
        <SectionHead id="where" title="地点与时间（去哪办、什么时候、问谁）" />
        <dl>
          <Field label="办理地点">{item.location}</Field>
          <Field label="办理时间">{item.hours}</Field>
          <Field label="预约办理">{item.appointment}</Field>
          <Field label="咨询方式">{item.consultation}</Field>
          <Field label="监督投诉方式">{item.supervision}</Field>
        </dl>
      </section>

      <PrintGuide item={item} onlineUrl={onlineUrl} />
      <nav className="section-nav" aria-label="指南章节">
        {SECTIONS.map(([id, label]) => (
          <button key={id} type="button" className="chip" onClick={() => jumpTo(id)}>
            {label}
          </button>
        ))}
      </nav>

      <section id="sec-conditions" aria-labelledby="h-conditions">
        <SectionHead id="conditions" title="受理条件（哪些人可以办）" />
        <List items={item.conditions} />
      </section>

      <section id="sec-materials" aria-labelledby="h-materials">
        <SectionHead id="materials" title="所需材料（需要带什么）" />
        <ol className="materials">
          {item.materials.map((m) => (
            <li key={m.name} className={m.sharedExempt ? 'material exempt' : 'material'}>
              <span className="material-name">{m.name}</span>
              {m.sharedExempt ? (
                <span className="material-exempt">{exemptNote(m.name)}</span>
              ) : (
                <span className="material-spec">
                  {m.form} · {m.copies} 份 · {m.medium} · {m.source}
                </span>
              )}
              {m.note ? <span className="material-note">{m.note}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      <section id="sec-process" aria-labelledby="h-process">
        <SectionHead id="process" title="办理流程（怎么办）" />
        <ol className="steps">
          {item.process.map((step, i) => (
            <li key={step.title}>
              <span className="step-no" aria-hidden="true">
                {i + 1}
              </span>
              <div>
                <strong>{step.title}</strong>
                <p>{step.description}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section id="sec-time" aria-labelledby="h-time">
        <SectionHead id="time" title="时限与收费（多久、多少钱）" />
        <dl>
          <Field label="法定办结时限">{item.legalTimeLimit}</Field>
          <Field label="承诺办结时限">{item.promisedTimeLimit}</Field>
          <Field label="到办事现场次数">{item.visits} 次</Field>
          <Field label="收费标准">{item.feeStandard}</Field>
          <Field label="收费依据">{item.feeBasis}</Field>
        </dl>
      </section>

      <section id="sec-basic" aria-labelledby="h-basic">
        <SectionHead id="basic" title="基本信息" />
        <dl>
          <Field label="事项名称">{item.name}</Field>
          <Field label="事项编码">{item.code}</Field>
          <Field label="事项类型">{item.itemType}</Field>
          <Field label="服务对象">{item.target}</Field>
          <Field label="办件类型">{item.handlingType}</Field>
          <Field label="结果名称">{item.resultName}</Field>
          <Field label="结果送达方式">{item.resultDelivery.join('；')}</Field>
        </dl>
      </section>

      <section id="sec-formal" aria-labelledby="h-formal">
        <SectionHead id="formal" title="依据与标准" />
        <dl>
          <Field label="实施主体">
            {item.authority}（{item.authorityNature}，{item.level}）
          </Field>
          <Field label="设定依据">
            <List items={item.basis} />
          </Field>
          <Field label="审查标准">
            <List items={item.reviewStandard} />
          </Field>
        </dl>
        {item.faq.length > 0 ? (
          <>
            <h3>常见问题</h3>
            <dl className="faq">
              {item.faq.map((f) => (
                <Field key={f.q} label={`问：${f.q}`}>
                  答：{f.a}
                </Field>
              ))}
            </dl>
          </>
        ) : null}
      </section>
    </article>
  );
}

export function GuideScreen({ itemId }: { itemId: string }): ReactElement {
  const { bridge } = useKiosk();
  const item = useAsync(() => unwrap(bridge.api.catalog.item({ id: itemId })), [itemId]);
  return (
    <main className="screen-body" aria-label="办事指南">
      <LoadState state={item}>{(value) => <Guide item={value} />}</LoadState>
    </main>
  );
}
