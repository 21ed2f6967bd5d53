/**
 * The small 联网状态 badge: online / offline (with how many submissions wait to be sent) / 设备未授权.
 * Text and a symbol carry the state, never colour alone. Hidden on a kiosk that is not provisioned
 * (the demo), where nothing leaves the kiosk anyway.
 */
import { useEffect, useState, type ReactElement } from 'react';
import type { SyncStatus } from '../../src-main/contract/types.js';
import { unwrap } from '../api/client.js';
import { useKiosk } from '../app/kiosk-context.js';

export function describeSync(status: SyncStatus): {
  tone: 'online' | 'offline' | 'unauthorized';
  text: string;
} {
  if (status.unauthorized) return { tone: 'unauthorized', text: '⚠ 设备未授权' };
  const waiting = status.outbox.pending > 0 ? `，${status.outbox.pending} 件待上传` : '';
  if (status.online) return { tone: 'online', text: `● 已联网${waiting}` };
  return { tone: 'offline', text: `○ 未联网${waiting}` };
}

export function OnlineIndicator(): ReactElement | null {
  const { bridge } = useKiosk();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = bridge.on('sync.state', (s) => setStatus(s));
    unwrap(bridge.api.sync.status({})).then(
      (value) => live && setStatus((current) => current ?? value),
      () => undefined,
    );
    return () => {
      live = false;
      off();
    };
  }, [bridge]);
  if (!status?.provisioned) return null;
  const { tone, text } = describeSync(status);
  return (
    <span className={`online-indicator online-indicator-${tone}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
