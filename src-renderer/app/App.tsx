/**
 * The app shell: connects to main, reports every touch as activity, shows the idle countdown,
 * and on `session.ended` throws away every screen's state (remount) and the web storage.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactElement } from 'react';
import type { AppInfo } from '../../src-main/contract/types.js';
import { connect, unwrap, type KioskBridge } from '../api/client.js';
import { HelpCallProvider } from '../components/HelpButton.js';
import { IdleOverlay } from '../components/IdleOverlay.js';
import { TopBar } from '../components/TopBar.js';
import { HomeScreen } from '../screens/HomeScreen.js';
import { KioskContext, type KioskContextValue } from './kiosk-context.js';
import type { AdminSession } from '../../src-main/contract/admin.types.js';
import { useCornerTaps } from '../admin/use-corner-taps.js';
import {
  AdminApp,
  AppointmentScreen,
  CategoriesScreen,
  ComplaintScreen,
  DeclareFlow,
  DeclarePickScreen,
  GuideScreen,
  ItemsScreen,
  PinScreen,
  preloadCitizenScreens,
  ProgressScreen,
  RatingScreen,
  SearchScreen,
  SetupWizard,
} from './lazy-screens.js';
import { currentRoute, initialNav, navReducer, type Route } from './navigation.js';
import { screenNameOf } from './screen-name.js';
import { useHeartbeat } from './use-heartbeat.js';
import { InputModeProvider } from '../keyboard/input-mode.js';

const ACTIVITY_THROTTLE_MS = 1000;

function titleOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '首页';
    case 'categories':
      return '办事指南';
    case 'search':
      return '搜索事项';
    case 'declare-pick':
    case 'declare':
      return '自助申报';
    case 'items':
      return '事项列表';
    case 'guide':
      return '办事指南';
    case 'progress':
      return '进度查询';
    case 'appointment':
      return '预约办理';
    case 'rating':
      return '评价（好差评）';
    case 'complaint':
      return '投诉建议';
  }
}

function Screen({ route }: { route: Route }): ReactElement {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'categories':
      return <CategoriesScreen />;
    case 'search':
      return <SearchScreen initialQuery={route.query ?? ''} />;
    case 'declare-pick':
      return <DeclarePickScreen />;
    case 'declare':
      return <DeclareFlow itemId={route.itemId} />;
    case 'items':
      return <ItemsScreen categoryId={route.categoryId} />;
    case 'guide':
      return <GuideScreen itemId={route.itemId} />;
    case 'progress':
      return <ProgressScreen />;
    case 'appointment':
      return <AppointmentScreen />;
    case 'rating':
      return (
        <RatingScreen
          {...(route.target ? { target: route.target } : {})}
          {...(route.title ? { title: route.title } : {})}
        />
      );
    case 'complaint':
      return <ComplaintScreen />;
  }
}

/** Everything that belongs to one citizen's session; remounted (so wiped) when it ends. */
function SessionView({
  bridge,
  info,
  largeTextDefault,
}: {
  bridge: KioskBridge;
  info: AppInfo;
  largeTextDefault: boolean;
}): ReactElement {
  const [nav, navigate] = useReducer(navReducer, initialNav);
  const [largeText, setLargeText] = useState(largeTextDefault);
  // Hall admin mode: the corner taps on the home screen open the PIN pad, then admin mode.
  const [admin, setAdmin] = useState<'off' | 'pin' | AdminSession>('off');
  const route = currentRoute(nav);
  const openPin = useCallback(() => setAdmin('pin'), []);
  useCornerTaps(route.name === 'home' && admin === 'off', openPin);
  const screen =
    admin === 'off'
      ? route.name
      : admin === 'pin'
        ? 'admin-pin'
        : admin.pinSetupRequired
          ? 'admin-set-pin'
          : 'admin';
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
    document.body.dataset['screen'] = screen;
    window.scrollTo(0, 0);
  }, [largeText, route, screen]);
  const value = useMemo<KioskContextValue>(
    () => ({ bridge, info, navigate, largeText, setLargeText }),
    [bridge, info, largeText],
  );
  return (
    <KioskContext.Provider value={value}>
      <HelpCallProvider screen={screenNameOf(route)}>
        <div className="app">
          {admin === 'pin' ? (
            <PinScreen onEntered={setAdmin} onCancel={() => setAdmin('off')} />
          ) : admin !== 'off' ? (
            <AdminApp session={admin} onSession={setAdmin} />
          ) : (
            <>
              {route.name === 'home' ? null : (
                <TopBar title={titleOf(route)} canGoBack={nav.stack.length > 1} />
              )}
              <Screen route={route} />
            </>
          )}
        </div>
      </HelpCallProvider>
    </KioskContext.Provider>
  );
}

function wipeWebStorage(): void {
  try {
    window.sessionStorage.clear();
    window.localStorage.clear();
  } catch {
    // Storage can be unavailable (sandboxed window); nothing to wipe then.
  }
}

export interface AppProps {
  /** The link to main (default: a new one). */
  bridge?: KioskBridge;
  /** The first state when it came before the first render (first-state.ts); asked for otherwise. */
  first?: AppInfo | undefined;
}

export function App({ bridge: given, first }: AppProps = {}): ReactElement {
  const bridge = useMemo(() => given ?? connect(), [given]);
  const [info, setInfo] = useState<AppInfo | null>(first ?? null);
  const hadFirst = useRef(first !== undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sessionKey, setSessionKey] = useState(0);
  const [warning, setWarning] = useState<number | null>(null);
  const lastActivity = useRef(0);
  useHeartbeat(bridge); // the watchdog's sign of life

  const reportActivity = useCallback(() => {
    const now = Date.now();
    if (now - lastActivity.current < ACTIVITY_THROTTLE_MS) return;
    lastActivity.current = now;
    void bridge.api.session.activity({});
  }, [bridge]);

  const loadInfo = useCallback(() => {
    unwrap(bridge.api.app.info({})).then(
      (value) => setInfo(value),
      (error: unknown) => setLoadError(error instanceof Error ? error.message : '终端启动失败'),
    );
  }, [bridge]);

  // Set once the screen for this info is in the document, not when the answer arrives: tests wait for
  // it, and the cold-start bench reads the mark as the moment home is ready.
  useEffect(() => {
    if (!info) return;
    document.body.dataset['ready'] = 'catalog';
    performance.mark('kiosk-ready');
    preloadCitizenScreens();
  }, [info]);

  useEffect(() => {
    if (!hadFirst.current) loadInfo();
    hadFirst.current = false;
    // The hall, its phone and the catalog can change under a running kiosk (enrollment, a new catalog).
    let seen = '';
    const offSync = bridge.on('sync.state', ({ provisioned, catalogVersion }) => {
      const key = `${provisioned}:${catalogVersion}`;
      if (seen !== '' && key !== seen) loadInfo();
      seen = key;
    });
    const offWarning = bridge.on('session.warning', ({ countdownSec }) => setWarning(countdownSec));
    const offEnded = bridge.on('session.ended', () => {
      setWarning(null);
      wipeWebStorage();
      lastActivity.current = 0;
      setSessionKey((k) => k + 1);
      // Settings an admin changed (hall, notices, 常办事项, hours) show from the next session on.
      loadInfo();
    });
    const onTouch = (): void => reportActivity();
    window.addEventListener('pointerdown', onTouch, { capture: true });
    window.addEventListener('keydown', onTouch, { capture: true });
    return () => {
      offSync();
      offWarning();
      offEnded();
      window.removeEventListener('pointerdown', onTouch, { capture: true });
      window.removeEventListener('keydown', onTouch, { capture: true });
    };
  }, [bridge, reportActivity, loadInfo]);

  const continueSession = useCallback(() => {
    setWarning(null);
    lastActivity.current = 0;
    reportActivity();
  }, [reportActivity]);

  if (loadError)
    return (
      <p className="error-message" role="alert">
        {loadError}
      </p>
    );
  if (!info)
    return (
      <p className="loading" role="status">
        正在启动，请稍候……
      </p>
    );
  if (info.setupNeeded) return <SetupWizard bridge={bridge} onDone={loadInfo} />;
  return (
    <>
      <InputModeProvider key={sessionKey}>
        <SessionView key={sessionKey} bridge={bridge} info={info} largeTextDefault={info.largeTextDefault} />
      </InputModeProvider>
      {warning !== null ? (
        <IdleOverlay seconds={warning} onContinue={continueSession} bridge={bridge} />
      ) : null}
    </>
  );
}
