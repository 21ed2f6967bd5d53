/**
 * 投诉建议: every complaint with its numbers (the district's and the one on the citizen's slip), text and
 * status; staff write the reply and set the status. The citizen reads the reply at a kiosk of the hall by
 * the slip's number, so the reply must not carry anyone's personal data — the form says so.
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactElement } from 'react';
import type { StaffUser } from '../../src-server/console/console-api.types.js';
import type { ComplaintsAnswer, ConsoleComplaint } from '../../src-server/console/feedback-api.types.js';
import { api, ConsoleApiError } from '../api.js';
import { useLatestOnly } from '../latest-only.js';
import { chinaDateTime } from '../format.js';
import { HallPicker, useHalls } from './HallPicker.js';
import '../feedback.css';

const STATUSES = ['待处理', '处理中', '已答复', '已办结'] as const;
const STAFF_STATUSES = ['处理中', '已答复', '已办结'] as const;
type StaffStatus = (typeof STAFF_STATUSES)[number];

const message = (error: unknown, fallback: string): string =>
  error instanceof ConsoleApiError ? error.message : fallback;

export function ComplaintsScreen({ user }: { user: StaffUser }): ReactElement {
  const halls = useHalls(user);
  const [draft, setDraft] = useState({ hall: '', status: '' });
  const [filter, setFilter] = useState(draft);
  const [answer, setAnswer] = useState<ComplaintsAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const latest = useLatestOnly();
  const load = useCallback(() => {
    setError(null);
    const params = new URLSearchParams();
    if (filter.hall) params.set('hall', filter.hall);
    if (filter.status) params.set('status', filter.status);
    const q = params.toString();
    latest(api.get<ComplaintsAnswer>(`complaints${q ? `?${q}` : ''}`)).then(setAnswer, (e: unknown) =>
      setError(message(e, '读取投诉建议失败')),
    );
  }, [filter, latest]);
  useEffect(load, [load]);

  const search = (event: FormEvent): void => {
    event.preventDefault();
    setOpen(null);
    setFilter(draft);
  };
  const current = answer?.rows.find((r) => r.number === open) ?? null;

  return (
    <section aria-labelledby="complaints-title">
      <div className="screen-head">
        <h1 id="complaints-title">投诉建议</h1>
      </div>
      <p className="audit-note">投诉内容可能含有个人信息，每次查看都记入审计日志。</p>
      <form className="filters" onSubmit={search} aria-label="筛选投诉建议">
        {user.role === 'district' ? (
          <HallPicker
            id="c-hall"
            halls={halls}
            value={draft.hall}
            onChange={(hall) => setDraft({ ...draft, hall })}
          />
        ) : null}
        <div className="field">
          <label htmlFor="c-status">状态</label>
          <select
            id="c-status"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
          >
            <option value="">全部</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary">
          查询
        </button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {current ? <ReplyPanel complaint={current} onClose={() => setOpen(null)} onSaved={load} /> : null}
      {answer === null ? (
        <p>正在读取……</p>
      ) : answer.rows.length === 0 ? (
        <p className="empty">没有符合条件的投诉建议。</p>
      ) : (
        <table className="data" data-testid="complaints">
          <caption className="sr-only">投诉建议列表</caption>
          <thead>
            <tr>
              <th scope="col">查询编号</th>
              <th scope="col">服务中心</th>
              <th scope="col">提交时间</th>
              <th scope="col">类别</th>
              <th scope="col">内容</th>
              <th scope="col">联系电话</th>
              <th scope="col">状态</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {answer.rows.map((r) => (
              <tr
                key={r.number}
                data-complaint={r.number}
                className={r.status === '待处理' ? 'row-pending' : undefined}
              >
                <td className="mono">
                  {r.trackingNumber ?? r.number}
                  {r.trackingNumber ? (
                    <>
                      <br />
                      <span className="sub">区编号 {r.number}</span>
                    </>
                  ) : null}
                </td>
                <td>{r.hallName}</td>
                <td>{chinaDateTime(r.receivedAt)}</td>
                <td>{r.category}</td>
                <td className="text-cell">{r.text}</td>
                <td>{r.anonymous ? '匿名' : (r.maskedPhone ?? '未留')}</td>
                <td>
                  <span className="status">{r.status}</span>
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-secondary"
                    aria-label={`答复 ${r.trackingNumber ?? r.number}`}
                    onClick={() => setOpen(r.number)}
                  >
                    答复
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

function ReplyPanel({
  complaint,
  onClose,
  onSaved,
}: {
  complaint: ConsoleComplaint;
  onClose: () => void;
  onSaved: () => void;
}): ReactElement {
  const [status, setStatus] = useState<StaffStatus>('已答复');
  const [reply, setReply] = useState(complaint.reply ?? '');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const save = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    api
      .post(`complaints/${encodeURIComponent(complaint.number)}/reply`, {
        status,
        ...(reply.trim() ? { reply: reply.trim() } : {}),
      })
      .then(
        () => {
          setBusy(false);
          setResult({
            ok: true,
            text: `已保存为“${status}”。群众在本中心的终端输入查询编号即可看到。`,
          });
          onSaved();
        },
        (e: unknown) => {
          setBusy(false);
          setResult({ ok: false, text: message(e, '保存没有成功，请重试') });
        },
      );
  };

  return (
    <section className="panel" aria-labelledby="reply-title" data-testid="reply-panel">
      <div className="panel-head">
        <h2 id="reply-title">
          答复 <span className="mono">{complaint.trackingNumber ?? complaint.number}</span>
        </h2>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          关闭
        </button>
      </div>
      <p className="quote">
        {complaint.category}：{complaint.text}
      </p>
      <form className="reply-form" onSubmit={save} aria-label="答复投诉建议">
        <div className="field">
          <label htmlFor="c-new-status">状态</label>
          <select id="c-new-status" value={status} onChange={(e) => setStatus(e.target.value as StaffStatus)}>
            {STAFF_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="c-reply">答复内容（最多 1000 字）</label>
          <textarea
            id="c-reply"
            rows={4}
            maxLength={1000}
            value={reply}
            aria-describedby="c-reply-note"
            onChange={(e) => setReply(e.target.value)}
          />
          <p id="c-reply-note" className="hint">
            凭查询编号即可在本中心终端看到答复：请勿写入姓名、电话、身份证号等个人信息。
          </p>
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? '正在保存……' : '保存答复'}
        </button>
      </form>
      {result ? (
        <p className={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      ) : null}
    </section>
  );
}
