/**
 * 呼叫工作人员: the button on every screen raises a real help call (where the citizen is, never who) and
 * shows what it really does (the promise vocabulary's helpCallPromise: staff notified while the hall is
 * open and the kiosk online; otherwise that no one will come, and where to go instead), with 取消呼叫 and
 * 好的. When the hall's staff take the call in the district console (接单), the panel opens again saying
 * "工作人员马上到": only then is someone on the way. The call lives in the session (this provider sits
 * inside the session view, so a session end
 * forgets it); while it is open the button reopens the panel instead of calling again, and says what the
 * call did: 已呼叫 only where staff see it; on a demo kiosk, offline or after hours, that no one was told.
 */
import {
  Component,
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactElement,
  type ReactNode,
} from 'react';
import type { HelpCall } from '../../src-main/contract/citizen.types.js';
import type { HelpCallPromise } from '../../src-main/contract/kiosk-promises.js';
import { useKiosk } from '../app/kiosk-context.js';
import { ApiFailure, unwrap } from '../api/client.js';
import { FormIcon } from '../form/form-icons.js';
import type { HelpPanelProps, OpenPanel } from './HelpPanel.js';
import { Icon } from './icons.js';
import './help.css';

interface HelpCallState {
  /** The open call of this session, if any. */
  call: HelpCall | null;
  /**
   * What the open call did, as its panel said it (the promise vocabulary, loaded with the panel): whether
   * staff see it, and the button's words for it. Null until the panel has said.
   */
  promise: Pick<HelpCallPromise, 'seen' | 'openLabel'> | null;
  calling: boolean;
  /** Calls for help, or shows the panel of the call already open. */
  request: () => void;
}

const HelpCallContext = createContext<HelpCallState | null>(null);

type Panel = { kind: 'closed' } | OpenPanel;

const loadPanel = (): Promise<{ default: ComponentType<HelpPanelProps> }> =>
  import('./HelpPanel.js').then((m) => ({ default: m.HelpPanel }));
let panelLoading: ReturnType<typeof loadPanel> | undefined;
/** Fetches the panel's code once; a failed idle preload is tried again when the panel first opens. */
const getPanel = (): ReturnType<typeof loadPanel> =>
  (panelLoading ??= loadPanel().catch((error: unknown) => {
    panelLoading = undefined;
    throw error;
  }));
const preloadPanel = (): void => {
  getPanel().catch(() => undefined);
};
const HelpPanel = lazy(getPanel);

/** If the panel's code cannot load: say so calmly, with the one way out, instead of a blank screen. */
class PanelBoundary extends Component<{ onClose: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="overlay help-overlay" role="dialog" aria-modal="true" aria-label="呼叫工作人员">
        <div className="overlay-card help-card">
          <p className="error-message" role="alert">
            这部分界面没有打开，请直接向大厅工作人员示意。
          </p>
          <div className="help-actions">
            <button type="button" className="btn btn-primary btn-large" onClick={this.props.onClose}>
              好的
            </button>
          </div>
        </div>
      </div>
    );
  }
}

/** Shown for the moment the panel's code takes to load. */
function PanelLoading(): ReactElement {
  return (
    <div className="overlay help-overlay" role="dialog" aria-modal="true" aria-label="呼叫工作人员">
      <div className="overlay-card help-card">
        <p className="loading" role="status">
          正在打开，请稍候……
        </p>
      </div>
    </div>
  );
}

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
  const [promise, setPromise] = useState<HelpCallState['promise']>(null);
  const onPromise = useCallback(
    ({ seen, openLabel }: Pick<HelpCallPromise, 'seen' | 'openLabel'>) =>
      setPromise((now) => (now?.seen === seen && now.openLabel === openLabel ? now : { seen, openLabel })),
    [],
  );
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

  // The panel's code is fetched once the kiosk is idle, so a tap on 呼叫 does not wait for it.
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preloadPanel, { timeout: 3000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(preloadPanel, 500);
    return () => clearTimeout(timer);
  }, []);

  const request = useCallback(() => {
    preloadPanel();
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

  const value = useMemo<HelpCallState>(
    () => ({ call, calling, request, promise }),
    [call, calling, request, promise],
  );
  return (
    <HelpCallContext.Provider value={value}>
      {children}
      {panel.kind === 'closed' ? null : (
        <PanelBoundary onClose={() => setPanel({ kind: 'closed' })}>
          <Suspense fallback={<PanelLoading />}>
            <HelpPanel
              panel={panel}
              open={call !== null}
              accepted={call?.acceptedAt !== undefined}
              cancelling={cancelling}
              onCancel={cancel}
              onClose={() => setPanel({ kind: 'closed' })}
              onPromise={onPromise}
            />
          </Suspense>
        </PanelBoundary>
      )}
    </HelpCallContext.Provider>
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
  const { call, calling, request, promise } = state;
  // Taken in the console: someone is coming whatever the panel said when it was made. Before the panel
  // has said anything, nothing is claimed.
  const seen = promise?.seen === true || call?.acceptedAt !== undefined;
  const openLabel = seen ? '已呼叫' : (promise?.openLabel ?? '呼叫已记录');
  return (
    <button
      type="button"
      className={large ? 'btn btn-help btn-large' : 'btn btn-help'}
      data-help-button
      data-help-state={call ? 'called' : 'idle'}
      data-help-seen={call ? String(seen) : undefined}
      aria-label={call ? `${openLabel}，点此查看或取消呼叫` : undefined}
      disabled={calling}
      onClick={request}
    >
      {/* A tick only for a call staff will see: not for one that reached no one. */}
      {call && seen ? (
        <FormIcon name="check" size={large ? 36 : 32} />
      ) : (
        <Icon name="help" size={large ? 36 : 32} />
      )}
      {calling ? '正在呼叫……' : call ? openLabel : label}
    </button>
  );
}
