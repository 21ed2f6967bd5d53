/** The bar on every screen: back, title, 大字模式, 呼叫工作人员, 首页 / 退出. */
import { useRef, useState, type ReactElement } from 'react';
import { useKiosk } from '../app/kiosk-context.js';
import { leaveGuard } from '../app/leave-guard.js';
import type { NavAction } from '../app/navigation.js';
import { LeaveConfirm } from '../app/lazy-screens.js';
import { HelpButton } from './HelpButton.js';
import { Icon } from './icons.js';
import { OnlineIndicator } from './OnlineIndicator.js';
import { useBarHeight } from './use-bar-height.js';

export function TopBar({ title, canGoBack }: { title: string; canGoBack: boolean }): ReactElement {
  const { bridge, navigate, largeText, setLargeText } = useKiosk();
  const bar = useRef<HTMLElement>(null);
  useBarHeight(bar);
  const [pending, setPending] = useState<{ action: NavAction; message: string } | null>(null);
  // 返回 and 首页 ask first when the screen holds what the citizen typed.
  const leave = (action: NavAction): void => {
    const message = leaveGuard();
    if (message === null) navigate(action);
    else setPending({ action, message });
  };
  return (
    <header className="topbar" ref={bar}>
      {canGoBack ? (
        <button type="button" className="btn btn-secondary" onClick={() => leave({ type: 'back' })}>
          <Icon name="back" size={32} />
          返回
        </button>
      ) : null}
      <h1 className="topbar-title">{title}</h1>
      <OnlineIndicator />
      <div className="topbar-actions">
        <button
          type="button"
          className="btn btn-secondary"
          data-large-text-toggle
          aria-pressed={largeText}
          onClick={() => setLargeText(!largeText)}
        >
          <Icon name="text" size={32} />
          {largeText ? '标准字体' : '大字模式'}
        </button>
        <HelpButton />
        {canGoBack ? (
          <button type="button" className="btn btn-secondary" onClick={() => leave({ type: 'home' })}>
            <Icon name="home" size={32} />
            首页
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => void bridge.api.session.end({ reason: 'exit' })}
        >
          <Icon name="exit" size={32} />
          退出
        </button>
      </div>
      {pending ? (
        <LeaveConfirm
          message={pending.message}
          onStay={() => setPending(null)}
          onLeave={() => {
            setPending(null);
            navigate(pending.action);
          }}
        />
      ) : null}
    </header>
  );
}
