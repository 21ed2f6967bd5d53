/**
 * 短信通知: the progress notices the SMS gateway kept refusing (the dead-letter list) of the user's hall —
 * the district sees every hall. Each row says which case and status it announces, the template, how many
 * tries were made and the last error; 重新发送 puts it back in the queue (the server audits it). No phone
 * number is shown: the applicant's data is in 办件, where viewing it is audited.
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactElement } from 'react';
import type { StaffUser } from '../../src-server/console/console-api.types.js';
import type { NoticesAnswer } from '../../src-server/console/feedback-api.types.js';
import { api, ConsoleApiError } from '../api.js';
import { useLatestOnly } from '../latest-only.js';
import { chinaDateTime } from '../format.js';
import { HallPicker, useHalls } from './HallPicker.js';
import '../feedback.css';
import '../notices.css';

const message = (error: unknown, fallback: string): string =>
  error instanceof ConsoleApiError ? error.message : fallback;

export function NoticesScreen({ user }: { user: StaffUser }): ReactElement {
  const halls = useHalls(user);
  const [draft, setDraft] = useState('');
  const [hall, setHall] = useState('');
  const [answer, setAnswer] = useState<NoticesAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const latest = useLatestOnly();
  const load = useCallback(() => {
    setError(null);
    const params = new URLSearchParams({ state: 'dead' });
    if (hall) params.set('hall', hall);
    latest(api.get<NoticesAnswer>(`notices?${params.toString()}`)).then(setAnswer, (e: unknown) =>
      setError(message(e, '读取发送失败的通知失败')),
    );
  }, [hall, latest]);
  useEffect(load, [load]);

  const search = (event: FormEvent): void => {
    event.preventDefault();
    setResult(null);
    setHall(draft);
  };

  const resend = (id: number, caseNumber: string): void => {
    setBusy(id);
    setResult(null);
    api.post(`notices/${id}/retry`).then(
      () => {
        setBusy(null);
        setResult({
          ok: true,
          text: `办件 ${caseNumber} 的通知已重新排队发送；如果短信网关仍然不接收，会再次出现在这里。`,
        });
        load();
      },
      (e: unknown) => {
        setBusy(null);
        setResult({ ok: false, text: message(e, '重新发送没有成功，请重试') });
        load();
      },
    );
  };

  const hallName = (code: string): string => halls.find((h) => h.code === code)?.name ?? code;

  return (
    <section aria-labelledby="notices-title">
      <div className="screen-head">
        <h1 id="notices-title">短信通知（发送失败）</h1>
        <button type="button" className="btn btn-secondary" onClick={load}>
          刷新
        </button>
      </div>
      <p className="lead">
        办件状态变更后发给申请人的短信，多次发送仍被短信网关拒绝的列在这里。不显示手机号；核对申请人信息请到“办件”查看。
      </p>
      {answer && answer.templateId === null ? (
        <p className="notice" role="status">
          本服务器没有配置短信网关：状态变更通知只排队，不会发出。
        </p>
      ) : null}
      {user.role === 'district' ? (
        <form className="filters" onSubmit={search} aria-label="筛选发送失败的通知">
          <HallPicker id="n-hall" halls={halls} value={draft} onChange={setDraft} />
          <button type="submit" className="btn btn-primary">
            查询
          </button>
        </form>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <p className={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      ) : null}
      {answer === null ? (
        <p>正在读取……</p>
      ) : answer.rows.length === 0 ? (
        <p className="empty" data-testid="notices-empty">
          没有发送失败的通知。
        </p>
      ) : (
        <table className="data" data-testid="dead-notices">
          <caption className="sr-only">发送失败的短信通知</caption>
          <thead>
            <tr>
              <th scope="col">办件编号</th>
              {user.role === 'district' ? <th scope="col">服务中心</th> : null}
              <th scope="col">通知内容</th>
              <th scope="col">短信模板</th>
              <th scope="col">排队时间</th>
              <th scope="col" className="nowrap">
                已尝试
              </th>
              <th scope="col">最后一次错误</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {answer.rows.map((r) => (
              <tr key={r.id} data-notice={r.id} data-case={r.caseNumber}>
                <td className="mono">{r.caseNumber}</td>
                {user.role === 'district' ? <td>{hallName(r.hallCode)}</td> : null}
                <td>状态变为“{r.status}”</td>
                <td className="mono">{answer.templateId ?? '—'}</td>
                <td className="nowrap">{chinaDateTime(r.createdAt)}</td>
                <td className="nowrap" data-testid="attempts">
                  {r.attempts} 次
                </td>
                <td data-testid="last-error">{r.lastError ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-primary"
                    aria-label={`重新发送 ${r.caseNumber} 的通知`}
                    disabled={busy !== null}
                    onClick={() => resend(r.id, r.caseNumber)}
                  >
                    {busy === r.id ? '正在提交……' : '重新发送'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
