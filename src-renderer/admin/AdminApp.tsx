/**
 * Hall admin mode: a header (hall, 退出管理), the screens as a list of large buttons, and the chosen screen.
 * Admin mode lives in the citizen session: 退出管理 ends the session, and so does the idle timeout.
 */
import { useState, type ReactElement } from 'react';
import type { AdminSession } from '../../src-main/contract/admin.types.js';
import { useKiosk } from '../app/kiosk-context.js';
import { ADMIN_TABS, type AdminTabId } from './admin-tabs.js';
import { FirstPinScreen } from './FirstPinScreen.js';
import { DevicesTab } from './tabs/DevicesTab.js';
import { HallTab } from './tabs/HallTab.js';
import { HoursTab } from './tabs/HoursTab.js';
import { ItemsTab } from './tabs/ItemsTab.js';
import { OverviewTab } from './tabs/OverviewTab.js';
import { ReprintTab } from './tabs/ReprintTab.js';
import { StatsTab } from './tabs/StatsTab.js';
import { SyncTab } from './tabs/SyncTab.js';
import { SystemTab } from './tabs/SystemTab.js';
import './admin.css';

export function AdminApp({
  session,
  onSession,
}: {
  session: AdminSession;
  /** A new admin session state (the first PIN was set). */
  onSession: (session: AdminSession) => void;
}): ReactElement {
  const { bridge, info } = useKiosk();
  const [tab, setTab] = useState<AdminTabId>('overview');
  const [defaultPin, setDefaultPin] = useState(session.defaultPin);
  const exit = async (): Promise<void> => {
    await bridge.api.admin.exit({});
    await bridge.api.session.end({ reason: 'exit' });
  };
  if (session.pinSetupRequired) return <FirstPinScreen onDone={onSession} onExit={() => void exit()} />;
  const title = ADMIN_TABS.find((t) => t.id === tab)?.title ?? '';
  return (
    <div className="screen admin" data-admin-screen={tab}>
      <header className="admin-header">
        <div>
          <h1>管理模式</h1>
          <p className="admin-sub">{info.hallName}</p>
        </div>
        <button type="button" className="btn btn-primary btn-large" onClick={() => void exit()}>
          退出管理
        </button>
      </header>
      {defaultPin ? (
        <p className="admin-warning" role="alert">
          ⚠ 仍在使用默认密码 123456，请到“系统”中修改管理密码。
        </p>
      ) : null}
      <nav className="admin-tabs" aria-label="管理功能">
        {ADMIN_TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            className="btn btn-secondary admin-tab"
            aria-current={t.id === tab ? 'page' : undefined}
            data-admin-tab={t.id}
            onClick={() => setTab(t.id)}
          >
            {t.title}
          </button>
        ))}
      </nav>
      <main className="admin-body" aria-labelledby="admin-tab-title">
        <h2 id="admin-tab-title">{title}</h2>
        {tab === 'overview' ? <OverviewTab onGo={setTab} /> : null}
        {tab === 'hall' ? <HallTab /> : null}
        {tab === 'hours' ? <HoursTab /> : null}
        {tab === 'items' ? <ItemsTab /> : null}
        {tab === 'devices' ? <DevicesTab /> : null}
        {tab === 'sync' ? <SyncTab /> : null}
        {tab === 'reprint' ? <ReprintTab /> : null}
        {tab === 'stats' ? <StatsTab /> : null}
        {tab === 'system' ? <SystemTab onPinChanged={() => setDefaultPin(false)} /> : null}
      </main>
    </div>
  );
}
