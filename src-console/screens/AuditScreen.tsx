/** 审计日志 (district users): who viewed which personal data and who changed what, newest first. */
import { useEffect, useState, type ReactElement } from 'react';
import type { AuditEntry } from '../../src-server/console/console-api.types.js';
import { api, ConsoleApiError } from '../api.js';
import { chinaDateTime } from '../format.js';

const ACTIONS: Record<string, string> = {
  login: '登录',
  logout: '退出登录',
  'case.view': '查看办件（个人信息）',
  'case.status': '更新办件状态',
  'help.accept': '呼叫接单',
  'notice.retry': '重新发送短信通知',
  'case.pages': '查看材料页',
};

export function AuditScreen(): ReactElement {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.get<{ entries: AuditEntry[] }>('audit').then(
      (a) => setEntries(a.entries),
      (e: unknown) => setError(e instanceof ConsoleApiError ? e.message : '读取审计日志失败'),
    );
  }, []);
  return (
    <section aria-labelledby="audit-title">
      <div className="screen-head">
        <h1 id="audit-title">审计日志</h1>
      </div>
      <p className="lead">每一次查看个人信息和每一次更改都记录在这里（最近 100 条）。</p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {entries === null ? (
        <p>正在读取……</p>
      ) : (
        <table className="data" data-testid="audit">
          <caption className="sr-only">审计日志</caption>
          <thead>
            <tr>
              <th scope="col">时间</th>
              <th scope="col">用户</th>
              <th scope="col">服务中心</th>
              <th scope="col">操作</th>
              <th scope="col">对象</th>
              <th scope="col">内容</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{chinaDateTime(e.at)}</td>
                <td>{e.user}</td>
                <td>{e.hallCode ?? '全区'}</td>
                <td>{ACTIONS[e.action] ?? e.action}</td>
                <td className="mono">{e.target}</td>
                <td>{e.detail ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
