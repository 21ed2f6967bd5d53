/**
 * 呼叫工作人员: the button on every screen raises a real help call (where the citizen is, never who) and
 * shows what it really does (the promise vocabulary's helpCallPromise: staff notified while the hall is
 * open and the kiosk online; otherwise that no one will come, and where to go instead), with 取消呼叫 and
 * 好的. When the hall's staff take the call in the district console (接单), the panel opens again saying
 * "工作人员马上到": only then is someone on the way. The call lives in the session (this provider sits
 * inside the session view, so a session end
 * forgets it); while it is open the button says 已呼叫 and reopens the panel instead of calling again.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import type { HelpCall } from '../../src-main/contract/citizen.types.js';
import { helpCallPromise } from '../../src-main/contract/kiosk-promises.js';
import { useKiosk } from '../app/kiosk-context.js';
import { useKioskLink } from '../app/use-kiosk-link.js';
import { ApiFailure, unwrap } from '../api/client.js';
import { FormIcon } from '../form/form-icons.js';
import { Icon } from './icons.js';
import { SpeakButton } from './SpeakButton.js';
import './help.css';

interface HelpCallState {
  /** The open call of this session, if any. */
  call: HelpCall | null;
  calling: boolean;
  /** Calls for help, or shows the panel of the call already open. */
  request: () => void;
}

const HelpCallContext = createContext<HelpCallState | null>(null);

/** Once staff took the call in the district console. */
const ACCEPTED = {
  title: '工作人员马上到',
  lead: '工作人员已接单，正在赶来',
  detail: '请在这台机器旁稍等。如果问题已经解决，可以点“取消呼叫”。',
} as const;

type Panel = { kind: 'closed' } | { kind: 'called' } | { kind: 'failed'; message: string };

export function HelpCallProvider({
  screen,
  children,
}: {
  screen: string;
  children: ReactNode;
}): ReactElement {
  const { bridge } = useKiosk();
  const [call, setCall] = useState<HelpCall | null>(null);
  const [calling, setCalling] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [panel, setPanel] = useState<Panel>({ kind: 'closed' });
  const screenRef = useRef(screen);
  screenRef.current = screen;

  // Staff answered it, or it was cancelled elsewhere: the button is ready for a new call. Staff took it
  // in the console: the panel says they are coming.
  const callIdRef = useRef<string | null>(null);
  callIdRef.current = call?.callId ?? null;
  useEffect(
    () =>
      bridge.on('help.changed', (changed) => {
        if (changed.callId !== callIdRef.current) return;
        if (changed.state !== 'open') {
          setCall(null);
          return;
        }
        if (changed.acceptedAt) {
          setCall(changed);
          setPanel({ kind: 'called' });
        }
      }),
    [bridge],
  );

  const request = useCallback(() => {
    if (call) {
      setPanel({ kind: 'called' });
      return;
    }
    if (calling) return;
    setCalling(true);
    unwrap(bridge.api.help.call({ screen: screenRef.current })).then(
      (answer) => {
        setCalling(false);
        setCall(answer.state === 'open' ? answer : null);
        setPanel({ kind: 'called' });
      },
      (error: unknown) => {
        setCalling(false);
        setPanel({
          kind: 'failed',
          message: error instanceof ApiFailure ? error.message : '呼叫没有发送成功。',
        });
      },
    );
  }, [bridge, call, calling]);

  const cancel = (): void => {
    if (!call) {
      setPanel({ kind: 'closed' });
      return;
    }
    setCancelling(true);
    unwrap(bridge.api.help.cancel({ callId: call.callId })).then(
      () => {
        setCancelling(false);
        setCall(null);
        setPanel({ kind: 'closed' });
      },
      (error: unknown) => {
        setCancelling(false);
        setPanel({
          kind: 'failed',
          message: error instanceof ApiFailure ? error.message : '取消没有成功，请向工作人员说明。',
        });
      },
    );
  };

  const value = useMemo<HelpCallState>(() => ({ call, calling, request }), [call, calling, request]);
  return (
    <HelpCallContext.Provider value={value}>
      {children}
      {panel.kind === 'closed' ? null : (
        <HelpPanel
          panel={panel}
          open={call !== null}
          accepted={call?.acceptedAt !== undefined}
          cancelling={cancelling}
          onCancel={cancel}
          onClose={() => setPanel({ kind: 'closed' })}
        />
      )}
    </HelpCallContext.Provider>
  );
}

function HelpPanel({
  panel,
  open,
  accepted,
  cancelling,
  onCancel,
  onClose,
}: {
  panel: Exclude<Panel, { kind: 'closed' }>;
  open: boolean;
  accepted: boolean;
  cancelling: boolean;
  onCancel: () => void;
  onClose: () => void;
}): ReactElement {
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

/**
 * The 呼叫工作人员 button of the top bar (and, `large`, of the home screen's footer); `label` words it for
 * where it stands (e.g. a search that found nothing).
 */
export function HelpButton({
  large = false,
  label = '呼叫工作人员',
}: {
  large?: boolean;
  label?: string;
}): ReactElement {
  const state = useContext(HelpCallContext);
  if (!state) throw new Error('HelpCallProvider missing');
  const { call, calling, request } = state;
  return (
    <button
      type="button"
      className={large ? 'btn btn-help btn-large' : 'btn btn-help'}
      data-help-button
      data-help-state={call ? 'called' : 'idle'}
      aria-label={call ? '已呼叫工作人员，点此查看或取消' : undefined}
      disabled={calling}
      onClick={request}
    >
      {call ? <FormIcon name="check" size={large ? 36 : 32} /> : <Icon name="help" size={large ? 36 : 32} />}
      {calling ? '正在呼叫……' : call ? '已呼叫' : label}
    </button>
  );
}
