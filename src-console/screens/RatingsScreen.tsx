/**
 * 好差评: ratings by month and by item over a period (charts with their data tables), and every 差评 with
 * its clocks — 回访 due, 整改 due 15 working days after the rating — overdue ones first and marked in
 * words as well as colour; 回访 and 整改 are recorded here (and audited by the server).
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactElement } from 'react';
import type { StaffUser } from '../../src-server/console/console-api.types.js';
import type { PoorRating, RatingsAnswer } from '../../src-server/console/feedback-api.types.js';
import { api, ConsoleApiError } from '../api.js';
import { useLatestOnly } from '../latest-only.js';
import { chinaDateTime } from '../format.js';
import { HallPicker, useHalls } from './HallPicker.js';
import { LEVEL_NAMES, RatingChart, RatingTable } from './RatingChart.js';
import '../feedback.css';
import { Pager } from './Pager.js';

const message = (error: unknown, fallback: string): string =>
  error instanceof ConsoleApiError ? error.message : fallback;

interface Filter {
  hall: string;
  from: string;
  to: string;
  /** The page of the 差评 list, 1 first. */
  page: number;
}

/** Today in China, YYYY-MM-DD. */
const chinaToday = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

function clock(p: PoorRating): string {
  if (p.rectifyDone) return `已整改（${chinaDateTime(p.rectifyDone)}）`;
  const left = p.workingDaysLeft ?? 0;
  if (left < 0) return `已超期 ${-left} 个工作日`;
  if (left === 0) return '今天到期';
  return `剩 ${left} 个工作日`;
}

export function RatingsScreen({ user }: { user: StaffUser }): ReactElement {
  const halls = useHalls(user);
  const [draft, setDraft] = useState<Filter>({ hall: '', from: '', to: '', page: 1 });
  const [filter, setFilter] = useState<Filter>(draft);
  const [answer, setAnswer] = useState<RatingsAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const latest = useLatestOnly();
  const load = useCallback(() => {
    setError(null);
    const params = new URLSearchParams();
    for (const key of ['hall', 'from', 'to'] as const) if (filter[key]) params.set(key, filter[key]);
    if (filter.page > 1) params.set('page', String(filter.page));
    const q = params.toString();
    latest(api.get<RatingsAnswer>(`ratings${q ? `?${q}` : ''}`)).then(setAnswer, (e: unknown) =>
      setError(message(e, '读取评价失败')),
    );
  }, [filter, latest]);
  useEffect(load, [load]);

  const search = (event: FormEvent): void => {
    event.preventDefault();
    setFilter({ ...draft, page: 1 });
  };

  const overdue = answer?.poorOverdue ?? 0;
  const pages = answer ? Math.max(1, Math.ceil(answer.poorTotal / answer.pageSize)) : 1;
  const after = answer ? Math.max(0, answer.poorTotal - answer.page * answer.pageSize) : 0;
  const openPoor = answer?.poor.find((p) => p.ratingNumber === open) ?? null;
  return (
    <section aria-labelledby="ratings-title">
      <div className="screen-head">
        <h1 id="ratings-title">好差评</h1>
      </div>
      <form className="filters" onSubmit={search} aria-label="筛选评价">
        {user.role === 'district' ? (
          <HallPicker
            id="r-hall"
            halls={halls}
            value={draft.hall}
            onChange={(hall) => setDraft({ ...draft, hall })}
          />
        ) : null}
        <div className="field">
          <label htmlFor="r-from">评价日期从</label>
          <input
            id="r-from"
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="r-to">到</label>
          <input
            id="r-to"
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
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
      {answer === null ? (
        <p>正在读取……</p>
      ) : (
        <>
          <dl className="figures" data-testid="rating-figures">
            <div>
              <dt>
                评价（{answer.from} 至 {answer.to}）
              </dt>
              <dd>{answer.total}</dd>
            </div>
            <div>
              <dt>待处理差评</dt>
              <dd>{answer.poorOpen}</dd>
            </div>
            <div>
              <dt>已超期</dt>
              <dd className={overdue > 0 ? 'figure-alert' : undefined}>{overdue}</dd>
            </div>
          </dl>

          <h2 id="poor-title">差评整改（15 个工作日内整改，节假日按本中心日历顺延）</h2>
          {openPoor ? <PoorPanel poor={openPoor} onClose={() => setOpen(null)} onSaved={load} /> : null}
          {answer.poorTotal === 0 ? (
            <p className="empty">没有需要处理的差评。</p>
          ) : (
            <>
              {pages > 1 ? (
                <p className="count" role="status" data-testid="poor-count">
                  共 {answer.poorTotal} 条差评，第 {answer.page} / {pages} 页
                  {after > 0 ? `，后面还有 ${after} 条` : ''}
                </p>
              ) : null}
              <table className="data" data-testid="poor-ratings" aria-labelledby="poor-title">
                <thead>
                  <tr>
                    <th scope="col">整改期限</th>
                    <th scope="col">评价编号</th>
                    <th scope="col">服务中心</th>
                    <th scope="col">事项</th>
                    <th scope="col">评价</th>
                    <th scope="col">原因和意见</th>
                    <th scope="col">回访</th>
                    <th scope="col">操作</th>
                  </tr>
                </thead>
                <tbody>
                  {answer.poor.map((p) => (
                    <tr
                      key={p.ratingNumber}
                      className={p.overdue ? 'row-alert' : undefined}
                      data-rating={p.ratingNumber}
                    >
                      <td>
                        {p.rectifyDue}
                        <br />
                        <span data-testid="clock">{clock(p)}</span>
                      </td>
                      <td className="mono">{p.ratingNumber}</td>
                      <td>{p.hallName}</td>
                      <td>{p.itemName ?? '现场服务'}</td>
                      <td>{LEVEL_NAMES[p.level - 1]}</td>
                      <td>{[p.reasons.join('、'), p.comment].filter(Boolean).join('；') || '—'}</td>
                      <td>
                        {p.callbackDone
                          ? `已回访（${chinaDateTime(p.callbackDone)}）`
                          : `${p.callbackDue} 前${chinaToday() > p.callbackDue ? '（已超期）' : ''}`}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-secondary"
                          aria-label={`记录 ${p.ratingNumber} 的回访或整改`}
                          onClick={() => setOpen(p.ratingNumber)}
                        >
                          记录
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {pages > 1 ? (
                <Pager
                  page={filter.page}
                  pages={pages}
                  label="差评翻页"
                  onPage={(page) => setFilter({ ...filter, page })}
                />
              ) : null}
            </>
          )}

          <h2>按月统计</h2>
          {answer.byMonth.length === 0 ? (
            <p className="empty">这段时间没有评价。</p>
          ) : (
            <>
              <RatingChart groups={answer.byMonth} title="按月统计" />
              <RatingTable
                groups={answer.byMonth}
                keyLabel="月份"
                caption="按月统计的评价数"
                testId="ratings-by-month"
              />
            </>
          )}
          <h2>按事项统计</h2>
          {answer.byItem.length === 0 ? (
            <p className="empty">这段时间没有评价。</p>
          ) : (
            <>
              <RatingChart groups={answer.byItem} title="按事项统计" />
              <RatingTable
                groups={answer.byItem}
                keyLabel="事项"
                caption="按事项统计的评价数"
                testId="ratings-by-item"
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

function PoorPanel({
  poor,
  onClose,
  onSaved,
}: {
  poor: PoorRating;
  onClose: () => void;
  onSaved: () => void;
}): ReactElement {
  const [kind, setKind] = useState<'回访' | '整改'>(poor.callbackDone ? '整改' : '回访');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const save = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    api.post(`ratings/${encodeURIComponent(poor.ratingNumber)}/actions`, { kind, note }).then(
      () => {
        setBusy(false);
        setNote('');
        setResult({ ok: true, text: `已记录${kind}。` });
        onSaved();
      },
      (e: unknown) => {
        setBusy(false);
        setResult({ ok: false, text: message(e, '保存没有成功，请重试') });
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="poor-panel-title" data-testid="poor-panel">
      <div className="panel-head">
        <h3 id="poor-panel-title">
          差评 <span className="mono">{poor.ratingNumber}</span>
        </h3>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          关闭
        </button>
      </div>
      <p>
        回访期限 {poor.callbackDue}，整改期限 {poor.rectifyDue}。
        {poor.targetCase ? `被评办件 ${poor.targetCase}。` : ''}
      </p>
      {poor.actions.length > 0 ? (
        <ol className="history">
          {poor.actions.map((a, i) => (
            <li key={i}>
              {chinaDateTime(a.at)} {a.kind}（{a.user}）：{a.note}
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">还没有回访或整改记录。</p>
      )}
      <form className="status-form" onSubmit={save} aria-label="记录回访或整改">
        <div className="field">
          <label htmlFor="p-kind">记录类型</label>
          <select id="p-kind" value={kind} onChange={(e) => setKind(e.target.value as '回访' | '整改')}>
            <option value="回访">回访</option>
            <option value="整改">整改</option>
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor="p-note">内容（最多 500 字）</label>
          <input
            id="p-note"
            maxLength={500}
            required
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? '正在保存……' : '保存记录'}
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
