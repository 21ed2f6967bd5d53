/** 补打: receipts that could not print, their masked text as the paper shows it, and 补打. */
import { useEffect, useState, type ReactElement } from 'react';
import type { ReprintEntry } from '../../../src-main/contract/admin.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { unwrap } from '../../api/client.js';
import { chinaTime } from '../admin-api.js';

export function ReprintTab(): ReactElement {
  const { bridge } = useKiosk();
  const [queue, setQueue] = useState<ReprintEntry[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void unwrap(bridge.api.admin.reprints({})).then(setQueue);
  }, [bridge]);
  if (!queue)
    return (
      <p className="loading" role="status">
        正在加载……
      </p>
    );
  const reprint = (r: ReprintEntry): void => {
    setMessage(null);
    unwrap(bridge.api.admin.reprint({ id: r.id })).then(
      (next) => {
        setQueue(next);
        setMessage({ ok: true, text: `✓ 已补打 ${r.number}` });
      },
      (e: unknown) => setMessage({ ok: false, text: e instanceof Error ? e.message : '补打失败' }),
    );
  };
  return (
    <div className="admin-form">
      <div role="status" className="admin-save-status">
        {message ? (
          <p className={message.ok ? 'ok-message' : 'error-message-inline'}>{message.text}</p>
        ) : null}
      </div>
      {queue.length === 0 ? <p>没有等待补打的凭条。</p> : null}
      <ul className="admin-list">
        {queue.map((r) => (
          <li key={r.id} className="admin-row reprint" data-reprint={r.number}>
            <div className="admin-row-text">
              <strong>{r.number}</strong>（{chinaTime(r.createdAt)}，{r.reason}）
              <pre className="receipt-preview">{r.preview.join('\n')}</pre>
            </div>
            <button type="button" className="btn btn-primary btn-large" onClick={() => reprint(r)}>
              补打
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
