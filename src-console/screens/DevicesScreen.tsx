/**
 * 设备: every kiosk in scope, 50 a page — online or offline, versions, outbox depth, what needs attention —
 * with the 需要处理 filter; 签发注册码 shows a one-time code as text and QR code for the setup wizard;
 * 停用 revokes a kiosk after a confirmation.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type {
  DevicesAnswer,
  EnrollmentCodeAnswer,
  HallOption,
  StaffUser,
} from '../../src-server/console/console-api.types.js';
import { api, ConsoleApiError } from '../api.js';
import { useLatestOnly } from '../latest-only.js';
import { chinaDateTime } from '../format.js';
import { Pager } from './Pager.js';

const message = (error: unknown, fallback: string): string =>
  error instanceof ConsoleApiError ? error.message : fallback;

export function DevicesScreen({ user }: { user: StaffUser }): ReactElement {
  const [attention, setAttention] = useState(false);
  const [page, setPage] = useState(1);
  const [answer, setAnswer] = useState<DevicesAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [halls, setHalls] = useState<HallOption[]>([]);
  const [codeHall, setCodeHall] = useState(user.hallCode ?? '');
  const [code, setCode] = useState<EnrollmentCodeAnswer | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);

  const latest = useLatestOnly();
  const load = useCallback(() => {
    const params = new URLSearchParams();
    if (attention) params.set('attention', '1');
    if (page > 1) params.set('page', String(page));
    const q = params.toString();
    latest(api.get<DevicesAnswer>(`devices${q ? `?${q}` : ''}`)).then(
      (a) => {
        setAnswer(a);
        document.body.dataset['devicesReady'] = String(a.total);
      },
      (e: unknown) => setError(message(e, '读取终端失败')),
    );
  }, [attention, page, latest]);
  useEffect(load, [load]);
  useEffect(() => {
    if (user.role === 'district')
      api.get<{ halls: HallOption[] }>('halls').then(
        (a) => {
          setHalls(a.halls);
          setCodeHall((current) => current || (a.halls[0]?.code ?? ''));
        },
        () => undefined,
      );
  }, [user.role]);

  const issue = (): void => {
    setError(null);
    api
      .post<EnrollmentCodeAnswer>('devices/codes', user.role === 'district' ? { hall: codeHall } : {})
      .then(setCode, (e: unknown) => setError(message(e, '签发注册码失败')));
  };

  const revoke = (deviceId: string): void => {
    setError(null);
    api.post(`devices/${encodeURIComponent(deviceId)}/revoke`).then(
      () => {
        setConfirm(null);
        load();
      },
      (e: unknown) => setError(message(e, '停用失败')),
    );
  };

  const pages = answer ? Math.max(1, Math.ceil(answer.total / answer.pageSize)) : 1;
  return (
    <section aria-labelledby="devices-title">
      <div className="screen-head">
        <h1 id="devices-title">设备</h1>
        {answer ? <p className="live">需要处理：{answer.attention} 台</p> : null}
      </div>
      <div className="filters">
        <label className="toggle">
          <input
            type="checkbox"
            checked={attention}
            onChange={(e) => {
              setAttention(e.target.checked);
              setPage(1);
            }}
          />
          只看需要处理
        </label>
        {user.role === 'district' ? (
          <div className="field">
            <label htmlFor="code-hall">注册码的服务中心</label>
            <select id="code-hall" value={codeHall} onChange={(e) => setCodeHall(e.target.value)}>
              {halls.map((h) => (
                <option key={h.code} value={h.code}>
                  {h.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="button" className="btn btn-primary" onClick={issue}>
          签发注册码
        </button>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {code ? (
        <section className="panel code-panel" aria-labelledby="code-title" data-testid="enrollment-code">
          <div className="panel-head">
            <h2 id="code-title">一次性注册码</h2>
            <button type="button" className="btn btn-quiet" onClick={() => setCode(null)}>
              关闭
            </button>
          </div>
          <div className="code-body">
            <img
              className="qr"
              alt={`注册码二维码：${code.code}`}
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qrSvg)}`}
            />
            <div>
              <p className="code-text mono" data-testid="code-text">
                {code.code}
              </p>
              <p>
                服务中心 {code.hallCode}；只能使用一次，{chinaDateTime(code.expiresAt)}{' '}
                前有效。在终端的首次设置里输入或扫描。
              </p>
            </div>
          </div>
        </section>
      ) : null}
      {answer === null ? (
        <p>正在读取……</p>
      ) : answer.rows.length === 0 ? (
        <p className="empty">{attention ? '没有需要处理的终端。' : '还没有注册的终端。'}</p>
      ) : (
        <>
          <p className="count" role="status">
            共 {answer.total} 台，第 {page} / {pages} 页
          </p>
          <table className="data" data-testid="devices">
            <caption className="sr-only">终端列表</caption>
            <thead>
              <tr>
                <th scope="col">终端</th>
                <th scope="col">服务中心</th>
                <th scope="col">状态</th>
                <th scope="col">最近心跳</th>
                <th scope="col">程序版本</th>
                <th scope="col">目录版本</th>
                <th scope="col">待上传</th>
                <th scope="col">需要处理</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {answer.rows.map((d) => (
                <tr
                  key={d.deviceId}
                  data-device={d.deviceId}
                  className={d.problems.length > 0 ? 'row-alert' : undefined}
                >
                  <td>
                    <span className="mono">{d.hostname ?? d.deviceId.slice(0, 14)}</span>
                  </td>
                  <td>{d.hallName}</td>
                  <td>{d.revoked ? '已停用' : d.online ? '在线' : '离线'}</td>
                  <td>{d.heartbeatAt ? chinaDateTime(d.heartbeatAt) : '—'}</td>
                  <td>{d.appVersion ?? '—'}</td>
                  <td>{d.catalogVersion ?? '—'}</td>
                  <td>{d.outboxDepth ?? '—'}</td>
                  <td>{d.problems.length > 0 ? d.problems.join('、') : '—'}</td>
                  <td>
                    {d.revoked ? (
                      '—'
                    ) : confirm === d.deviceId ? (
                      <span className="confirm">
                        <button type="button" className="btn btn-danger" onClick={() => revoke(d.deviceId)}>
                          确认停用
                        </button>
                        <button type="button" className="btn btn-quiet" onClick={() => setConfirm(null)}>
                          取消
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-secondary"
                        aria-label={`停用 ${d.hostname ?? d.deviceId}`}
                        onClick={() => setConfirm(d.deviceId)}
                      >
                        停用
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pages={pages} label="翻页" onPage={setPage} />
        </>
      )}
    </section>
  );
}
