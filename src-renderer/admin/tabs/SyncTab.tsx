/**
 * 网络与同步: server, online state, catalog version, last sync, outbox counts; dead letters with the server's
 * reason, each retried or discarded after a confirmation. Masked summaries only, never a payload.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type { AdminSyncView, OutboxEntry } from '../../../src-main/contract/admin.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { unwrap } from '../../api/client.js';
import { chinaTime } from '../admin-api.js';

type Confirm = { entry: OutboxEntry; action: 'retry' | 'discard' };

export function SyncTab(): ReactElement {
  const { bridge } = useKiosk();
  const [view, setView] = useState<AdminSyncView | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    void unwrap(bridge.api.admin.syncView({})).then(setView);
  }, [bridge]);
  useEffect(() => {
    load();
    return bridge.on('sync.state', load);
  }, [bridge, load]);

  const run = async (what: () => Promise<AdminSyncView>, done: string): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      setView(await what());
      setMessage({ ok: true, text: done });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : '操作失败' });
    } finally {
      setBusy(false);
      setConfirm(null);
    }
  };
  if (!view)
    return (
      <p className="loading" role="status">
        正在加载……
      </p>
    );
  const { status } = view;
  const dead = view.entries.filter((e) => e.state === 'dead');
  const pending = view.entries.filter((e) => e.state === 'pending');
  return (
    <div className="admin-form">
      <dl className="admin-facts">
        <div>
          <dt>区级服务器</dt>
          <dd>{view.serverUrl ?? '未注册（演示模式，数据不离开本机）'}</dd>
        </div>
        <div>
          <dt>联网状态</dt>
          <dd data-sync-online={status.online}>
            {status.unauthorized ? '⚠ 设备未授权' : status.online ? '● 已联网' : '○ 未联网'}
          </dd>
        </div>
        <div>
          <dt>事项目录版本</dt>
          <dd>{status.catalogVersion === 0 ? '演示目录' : `第 ${status.catalogVersion} 版`}</dd>
        </div>
        <div>
          <dt>上次同步</dt>
          <dd>{status.lastSyncAt ? chinaTime(status.lastSyncAt) : '从未'}</dd>
        </div>
        <div>
          <dt>记录</dt>
          <dd data-outbox-counts>
            待上传 {status.outbox.pending}，已送达 {status.outbox.sent}，未被接收 {status.outbox.dead}，已放弃{' '}
            {view.discarded}
          </dd>
        </div>
      </dl>
      <div className="admin-actions">
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={busy || !status.provisioned}
          onClick={() => void run(() => unwrap(bridge.api.admin.syncNow({})), '✓ 已同步一轮')}
        >
          立即同步
        </button>
        <div role="status" className="admin-save-status">
          {message ? (
            <p className={message.ok ? 'ok-message' : 'error-message-inline'}>{message.text}</p>
          ) : null}
        </div>
      </div>
      <section className="admin-section">
        <h3>未被接收的记录（{dead.length}）</h3>
        {dead.length === 0 ? <p>没有未被接收的记录。</p> : null}
        <ul className="admin-list">
          {dead.map((e) => (
            <li key={e.id} className="admin-row dead-letter" data-dead-letter={e.localNumber}>
              <span className="admin-row-text">
                <strong>
                  {e.kind} {e.localNumber}
                </strong>
                <br />
                {e.summary}（{chinaTime(e.createdAt)}，已尝试 {e.attempts} 次）
                <br />
                服务器原因：{e.lastError ?? '未说明'}
              </span>
              <span className="admin-row-actions">
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => setConfirm({ entry: e, action: 'retry' })}
                >
                  重新发送
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => setConfirm({ entry: e, action: 'discard' })}
                >
                  放弃
                </button>
              </span>
            </li>
          ))}
        </ul>
        {confirm ? (
          <div className="admin-confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">
              {confirm.action === 'retry'
                ? `确定重新发送 ${confirm.entry.localNumber} 吗？`
                : `确定放弃 ${confirm.entry.localNumber} 吗？放弃后其中的个人信息将被删除，无法恢复，只保留编号备查。`}
            </p>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() =>
                void (confirm.action === 'retry'
                  ? run(
                      () => unwrap(bridge.api.admin.retryEntry({ id: confirm.entry.id })),
                      `✓ 已重新发送 ${confirm.entry.localNumber}`,
                    )
                  : run(
                      () => unwrap(bridge.api.admin.discardEntry({ id: confirm.entry.id })),
                      `✓ 已放弃 ${confirm.entry.localNumber}`,
                    ))
              }
            >
              {confirm.action === 'retry' ? '确定重新发送' : '确定放弃'}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setConfirm(null)}>
              取消
            </button>
          </div>
        ) : null}
      </section>
      <section className="admin-section">
        <h3>等待上传（{pending.length}）</h3>
        <ul className="admin-list">
          {pending.map((e) => (
            <li key={e.id} className="admin-row">
              {e.kind} {e.localNumber}：{e.summary}（{chinaTime(e.createdAt)}）
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
