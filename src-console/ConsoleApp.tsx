/**
 * The district console's shell: signs the user in (or shows the login), then the screens in a side
 * navigation — 呼叫帮办, 办件, 好差评, 投诉建议, 预约, 设备, 短信通知, and for district users 事项目录 and 审计日志 — with
 * who is signed in and 退出登录.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type { SessionAnswer, StaffUser } from '../src-server/console/console-api.types.js';
import { api, ConsoleApiError, setCsrf, whenSignedOut } from './api.js';
import { AuditScreen } from './screens/AuditScreen.js';
import { BookingsScreen } from './screens/BookingsScreen.js';
import { CatalogScreen } from './screens/CatalogScreen.js';
import { ComplaintsScreen } from './screens/ComplaintsScreen.js';
import { RatingsScreen } from './screens/RatingsScreen.js';
import { CasesScreen } from './screens/CasesScreen.js';
import { DevicesScreen } from './screens/DevicesScreen.js';
import { HelpScreen } from './screens/HelpScreen.js';
import { LoginScreen } from './screens/LoginScreen.js';
import { NoticesScreen } from './screens/NoticesScreen.js';

type ScreenId =
  'help' | 'cases' | 'ratings' | 'complaints' | 'bookings' | 'devices' | 'notices' | 'catalog' | 'audit';

const SCREENS: { id: ScreenId; label: string; districtOnly?: boolean }[] = [
  { id: 'help', label: '呼叫帮办' },
  { id: 'cases', label: '办件' },
  { id: 'ratings', label: '好差评' },
  { id: 'complaints', label: '投诉建议' },
  { id: 'bookings', label: '预约' },
  { id: 'devices', label: '设备' },
  { id: 'notices', label: '短信通知' },
  { id: 'catalog', label: '事项目录', districtOnly: true },
  { id: 'audit', label: '审计日志', districtOnly: true },
];

const screenFromHash = (): ScreenId => {
  const id = window.location.hash.replace(/^#\/?/, '');
  return SCREENS.some((s) => s.id === id) ? (id as ScreenId) : 'help';
};

export function ConsoleApp(): ReactElement {
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [screen, setScreen] = useState<ScreenId>(screenFromHash);

  const signedIn = useCallback((answer: SessionAnswer) => {
    setCsrf(answer.csrf);
    setNotice(null);
    setUser(answer.user);
  }, []);

  useEffect(() => {
    whenSignedOut(() => {
      setUser(null);
      setNotice('登录已超时，请重新登录');
    });
    api.get<SessionAnswer>('session').then(signedIn, () => setUser(null));
  }, [signedIn]);

  useEffect(() => {
    const onHash = (): void => setScreen(screenFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    const label = SCREENS.find((s) => s.id === screen)?.label ?? '';
    document.title = user ? `${label} · 淄川区便民服务管理台` : '登录 · 淄川区便民服务管理台';
    document.body.dataset['screen'] = user ? screen : user === null ? 'login' : 'loading';
  }, [screen, user]);

  if (user === undefined) return <p className="loading">正在打开管理台……</p>;
  if (user === null) return <LoginScreen notice={notice} onSignedIn={signedIn} />;

  const logout = (): void => {
    api.post('logout').then(
      () => {
        setUser(null);
        setNotice('已退出登录');
      },
      (error: unknown) => setNotice(error instanceof ConsoleApiError ? error.message : '退出没有成功'),
    );
  };
  const screens = SCREENS.filter((s) => !s.districtOnly || user.role === 'district');

  return (
    <div className="shell">
      <header className="topbar">
        <p className="brand">淄川区便民服务管理台</p>
        <p className="who">
          {user.name}（{user.role === 'district' ? '区级' : `服务中心 ${user.hallCode ?? ''}`}）
        </p>
        <button type="button" className="btn btn-quiet" onClick={logout}>
          退出登录
        </button>
      </header>
      <nav className="sidenav" aria-label="功能">
        <ul>
          {screens.map((s) => (
            <li key={s.id}>
              <a href={`#/${s.id}`} aria-current={s.id === screen ? 'page' : undefined}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="main">
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        {screen === 'help' ? <HelpScreen user={user} /> : null}
        {screen === 'cases' ? <CasesScreen user={user} /> : null}
        {screen === 'ratings' ? <RatingsScreen user={user} /> : null}
        {screen === 'complaints' ? <ComplaintsScreen user={user} /> : null}
        {screen === 'bookings' ? <BookingsScreen user={user} /> : null}
        {screen === 'devices' ? <DevicesScreen user={user} /> : null}
        {screen === 'notices' ? <NoticesScreen user={user} /> : null}
        {screen === 'catalog' && user.role === 'district' ? <CatalogScreen /> : null}
        {screen === 'audit' && user.role === 'district' ? <AuditScreen /> : null}
      </main>
    </div>
  );
}
