/** 概览: open help calls first (with 已处理), then what needs attention: outbox, devices, reprints, hours. */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type { AdminOverview } from '../../../src-main/contract/admin.types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { unwrap } from '../../api/client.js';
import { chinaTime } from '../admin-api.js';
import type { AdminTabId } from '../admin-tabs.js';
import { describeDevice } from './DevicesTab.js';
import { describeClock } from '../describe-clock.js';
import { describeDisk } from '../describe-disk.js';

export function OverviewTab({ onGo }: { onGo: (tab: AdminTabId) => void }): ReactElement {
  const { bridge } = useKiosk();
  const [data, setData] = useState<AdminOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    unwrap(bridge.api.admin.overview({})).then(setData, (e: unknown) =>
      setError(e instanceof Error ? e.message : '加载失败'),
    );
  }, [bridge]);
  useEffect(() => {
    load();
    const offs = [
      bridge.on('help.changed', load),
      bridge.on('sync.state', load),
      bridge.on('devices.state', load),
    ];
    return () => offs.forEach((off) => off());
  }, [bridge, load]);
  const answer = async (callId: string): Promise<void> => {
    await unwrap(bridge.api.admin.answerHelp({ callId }));
    load();
  };
  if (error)
    return (
      <p className="error-message" role="alert">
        {error}
      </p>
    );
  if (!data)
    return (
      <p className="loading" role="status">
        正在加载……
      </p>
    );
  const { sync } = data;
  return (
    <div className="admin-overview">
      <section
        className={data.helpCalls.length > 0 ? 'help-alerts active' : 'help-alerts'}
        aria-live="polite"
      >
        <h3>呼叫工作人员</h3>
        {data.helpCalls.length === 0 ? <p>目前没有群众呼叫。</p> : null}
        <ul className="admin-list">
          {data.helpCalls.map((c) => (
            <li key={c.callId} className="admin-row help-call" data-help-call={c.callId}>
              <span>
                <strong>⚠ 有群众需要帮助</strong>（{chinaTime(c.calledAt)}，页面：{c.screen}）
              </span>
              <button type="button" className="btn btn-primary" onClick={() => void answer(c.callId)}>
                已处理
              </button>
            </li>
          ))}
        </ul>
      </section>
      <dl className="admin-facts">
        <div>
          <dt>窗口</dt>
          <dd>
            {data.openNow
              ? '● 办理时间内'
              : `○ 非办理时间${data.nextOpening ? `，${data.nextOpening} 开始办理` : ''}`}
          </dd>
        </div>
        <div>
          <dt>联网</dt>
          <dd>
            {!sync.provisioned
              ? '未连接区级服务器（演示）'
              : sync.unauthorized
                ? '⚠ 设备未授权'
                : sync.online
                  ? '● 已联网'
                  : '○ 未联网'}
          </dd>
        </div>
        <div>
          <dt>待上传</dt>
          <dd>
            {sync.outbox.pending} 件{sync.outbox.dead > 0 ? `，⚠ ${sync.outbox.dead} 件未被接收` : ''}
          </dd>
        </div>
        <div>
          <dt>待补打凭条</dt>
          <dd>{data.reprints} 张</dd>
        </div>
        <div>
          <dt>时间</dt>
          <dd>{describeClock(data.clock)}</dd>
        </div>
        <div>
          <dt>存储空间</dt>
          <dd>{describeDisk(data.disk)}</dd>
        </div>
        <div>
          <dt>读卡器</dt>
          <dd>{describeDevice(data.devices.reader)}</dd>
        </div>
        <div>
          <dt>凭条打印机</dt>
          <dd>{describeDevice(data.devices.printer)}</dd>
        </div>
        <div>
          <dt>版本</dt>
          <dd>
            程序 {data.version}，事项目录 {data.catalogVersion}
          </dd>
        </div>
      </dl>
      <div className="admin-actions">
        {sync.outbox.dead > 0 ? (
          <button type="button" className="btn btn-secondary" onClick={() => onGo('sync')}>
            查看未被接收的记录
          </button>
        ) : null}
        {data.reprints > 0 ? (
          <button type="button" className="btn btn-secondary" onClick={() => onGo('reprint')}>
            去补打
          </button>
        ) : null}
      </div>
    </div>
  );
}
