/**
 * The cases a query found: per case its item, numbers, a vertical status timeline with times (the current
 * status marked by words and an icon, not by colour alone), what the citizen must do next, and how fresh
 * the status is when it did not come straight from the district server.
 */
import type { ReactElement, ReactNode } from 'react';
import type {
  ProgressCase,
  ProgressEvent,
  ProgressResult,
} from '../../../src-main/contract/citizen.types.js';
import { formatAt } from './progress-format.js';
import { KEPT_ON_KIOSK, progressLinkNote } from '../../../src-main/contract/kiosk-promises.js';

/** Inline marks of the timeline (decorative: the words beside them carry the meaning). */
function StepMark({ current }: { current: boolean }): ReactElement {
  return (
    <svg
      className="timeline-mark"
      width="40"
      height="40"
      viewBox="0 0 64 64"
      fill="none"
      stroke="currentColor"
      strokeWidth="6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="32" cy="32" r="27" fill={current ? 'currentColor' : 'none'} />
      {current ? <path d="M24 20l16 12-16 12" stroke="#ffffff" /> : <path d="M19 33l9 9 17-19" />}
    </svg>
  );
}

interface Step extends Partial<ProgressEvent> {
  status: string;
  current: boolean;
}

/** The timeline as shown: the current status is the last step, added when the history stops short of it. */
export function timelineSteps(c: ProgressCase): Step[] {
  const steps: Step[] = c.timeline.map((e) => ({ ...e, current: false }));
  const last = steps[steps.length - 1];
  if (last && last.status === c.status) last.current = true;
  else steps.push({ status: c.status, current: true });
  return steps;
}

function freshness(c: ProgressCase): string | null {
  if (c.live || c.status === KEPT_ON_KIOSK) return null;
  const at = formatAt(c.updatedAt);
  if (at) return `状态更新于 ${at}`;
  if (c.caseNumber === null) return '申请还保存在本机，尚未上传到审批系统';
  return '尚未与审批系统同步';
}

function Timeline({ c }: { c: ProgressCase }): ReactElement {
  return (
    <ol className="timeline" aria-label="办理进度">
      {timelineSteps(c).map((step, i) => {
        const at = formatAt(step.at);
        return (
          <li
            key={`${i}-${step.status}`}
            className={step.current ? 'timeline-step current' : 'timeline-step'}
            aria-current={step.current ? 'step' : undefined}
          >
            <StepMark current={step.current} />
            <div className="timeline-body">
              <span className="timeline-status">
                {step.status}
                {step.current ? <span className="timeline-now">当前状态</span> : null}
              </span>
              {at ? <span className="timeline-at">{at}</span> : null}
              {step.note ? <span className="timeline-note">{step.note}</span> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

export function CaseCard({ c, action }: { c: ProgressCase; action?: ReactNode }): ReactElement {
  const fresh = freshness(c);
  const submitted = formatAt(c.submittedAt);
  return (
    <article className="case-card" data-case={c.number} aria-labelledby={`case-${c.number}`}>
      <h3 id={`case-${c.number}`} className="case-item">
        {c.itemName}
      </h3>
      <dl className="case-numbers">
        <div>
          <dt>申报编号</dt>
          <dd className="case-number">{c.number}</dd>
        </div>
        {c.caseNumber && c.caseNumber !== c.number ? (
          <div>
            <dt>受理编号</dt>
            <dd className="case-number">{c.caseNumber}</dd>
          </div>
        ) : null}
        {submitted ? (
          <div>
            <dt>提交时间</dt>
            <dd>{submitted}</dd>
          </div>
        ) : null}
      </dl>
      <p className="case-status">
        当前状态：<strong>{c.status}</strong>
      </p>
      <Timeline c={c} />
      <div className="case-next">
        <span className="case-next-label">下一步</span>
        <p>{c.nextStep}</p>
      </div>
      {fresh ? <p className="case-fresh">{fresh}</p> : null}
      {action ? <div className="case-actions">{action}</div> : null}
    </article>
  );
}

/** Whether to say that the server could not be asked (a case without a district number was never asked). */
export function showOfflineNote(result: ProgressResult, byCard: boolean): boolean {
  return !result.online && (byCard || result.cases.some((c) => c.caseNumber !== null));
}

export function CaseList({
  result,
  byCard,
  action,
}: {
  result: ProgressResult;
  byCard: boolean;
  action?: (c: ProgressCase) => ReactNode;
}): ReactElement {
  return (
    <div className="case-list">
      {showOfflineNote(result, byCard) ? (
        <p className="offline-note" data-testid="offline-note" data-link={result.link}>
          {progressLinkNote(result.link, byCard)}
        </p>
      ) : null}
      {result.cases.length === 0 ? (
        <p className="case-empty">
          没有查到{byCard ? '您' : ''}的办件记录。如果是在窗口办理的，请到窗口或拨打大厅电话咨询。
        </p>
      ) : (
        result.cases.map((c) => <CaseCard key={c.number} c={c} action={action?.(c)} />)
      )}
    </div>
  );
}
