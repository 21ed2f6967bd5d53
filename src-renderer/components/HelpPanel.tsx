/**
 * The help call's panel: what the call really does (the promise vocabulary's helpCallPromise), or that
 * staff took it (接单), or that it failed. Loaded on demand by HelpCallProvider (HelpButton.tsx), so the
 * first script stays small; it is fetched once the kiosk is idle and again as soon as a call starts.
 */
import { useEffect, useRef, type ReactElement } from 'react';
import { helpCallPromise, type HelpCallPromise } from '../../src-main/contract/kiosk-promises.js';
import { useKiosk } from '../app/kiosk-context.js';
import { useKioskLink } from '../app/use-kiosk-link.js';
import { Icon } from './icons.js';
import { SpeakButton } from './SpeakButton.js';

/** Once staff took the call in the district console. */
const ACCEPTED = {
  title: '工作人员马上到',
  lead: '工作人员已接单，正在赶来',
  detail: '请在这台机器旁稍等。如果问题已经解决，可以点“取消呼叫”。',
} as const;

export type OpenPanel = { kind: 'called' } | { kind: 'failed'; message: string };

export interface HelpPanelProps {
  panel: OpenPanel;
  open: boolean;
  accepted: boolean;
  cancelling: boolean;
  onCancel: () => void;
  onClose: () => void;
  /** What the call does, told to the help button (which words an open call by it). */
  onPromise: (promise: Pick<HelpCallPromise, 'seen' | 'openLabel'>) => void;
}

export function HelpPanel({
  panel,
  open,
  accepted,
  cancelling,
  onCancel,
  onClose,
  onPromise,
}: HelpPanelProps): ReactElement {
  const { info } = useKiosk();
  const link = useKioskLink()?.link ?? 'demo';
  const okRef = useRef<HTMLButtonElement>(null);
  useEffect(() => okRef.current?.focus(), []);
  const failed = panel.kind === 'failed';
  const promise = helpCallPromise({
    link,
    hallOpen: info.hours.openNow,
    nextOpening: info.hours.nextOpening,
    hallPhone: info.hallPhone,
  });
  const { seen, openLabel } = promise;
  useEffect(() => {
    if (!failed) onPromise({ seen, openLabel });
  }, [failed, seen, openLabel, onPromise]);
  const shown = accepted ? ACCEPTED : promise;
  const { title, lead } = failed ? { title: '呼叫没有发出', lead: '请直接向大厅工作人员示意' } : shown;
  const detail = failed
    ? `${panel.message}您可以向大厅里的工作人员招手示意，或拨打大厅电话 ${info.hallPhone}。`
    : shown.detail;
  return (
    <div
      className="overlay help-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="help-title"
      aria-describedby="help-lead"
    >
      <div
        className="overlay-card help-card"
        data-testid="help-panel"
        data-help-accepted={accepted}
        data-seen={failed ? 'failed' : String(promise.seen)}
      >
        <Icon name="help" size={72} />
        <h2 id="help-title">{title}</h2>
        <p id="help-lead" className="help-lead">
          {lead}
        </p>
        <p className="help-detail">{detail}</p>
        <SpeakButton text={() => `${title}，${lead}。${detail}`} />
        <div className="help-actions">
          {open ? (
            <button
              type="button"
              className="btn btn-secondary btn-large"
              disabled={cancelling}
              onClick={onCancel}
            >
              {cancelling ? '正在取消……' : '取消呼叫'}
            </button>
          ) : null}
          <button ref={okRef} type="button" className="btn btn-primary btn-large" onClick={onClose}>
            好的
          </button>
        </div>
      </div>
    </div>
  );
}
