/**
 * 办件: declarations by hall, item, status and date, 50 a page, no personal data in the list. Opening one
 * shows the applicant, the form and the material pages (the server audits each view) and sets its status
 * with a note; the kiosk's 进度查询 shows it after its next case pull.
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactElement } from 'react';
import type {
  CaseDetail,
  CasesAnswer,
  ConsoleCaseStatus,
  HallOption,
  StaffUser,
} from '../../src-server/console/console-api.types.js';
import { api, ConsoleApiError } from '../api.js';
import { chinaDateTime } from '../format.js';
import { useLatestOnly } from '../latest-only.js';
import { CaseClocks } from './CaseClocks.js';
import { CasePages } from './CasePages.js';
import { Pager } from './Pager.js';

const STATUSES: ConsoleCaseStatus[] = ['已提交', '已受理', '不予受理', '办理中', '已办结'];
const STAFF_STATUSES: ConsoleCaseStatus[] = ['已受理', '不予受理', '办理中', '已办结'];

const FIELD_NAMES: Record<string, string> = {
  name: '姓名',
  idNumber: '身份证号',
  phone: '联系电话',
  address: '住址',
};

interface Filter {
  hall: string;
  status: string;
  item: string;
  from: string;
  to: string;
  page: number;
}

const EMPTY: Filter = { hall: '', status: '', item: '', from: '', to: '', page: 1 };

function query(filter: Filter): string {
  const params = new URLSearchParams();
  for (const key of ['hall', 'status', 'item', 'from', 'to'] as const)
    if (filter[key]) params.set(key, filter[key]);
  if (filter.page > 1) params.set('page', String(filter.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const message = (error: unknown, fallback: string): string =>
  error instanceof ConsoleApiError ? error.message : fallback;

export function CasesScreen({ user }: { user: StaffUser }): ReactElement {
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [answer, setAnswer] = useState<CasesAnswer | null>(null);
  const [halls, setHalls] = useState<HallOption[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<CaseDetail | null>(null);

  const latest = useLatestOnly();
  const latestCase = useLatestOnly();
  const load = useCallback(() => {
    setError(null);
    latest(api.get<CasesAnswer>(`cases${query(filter)}`)).then(setAnswer, (e: unknown) =>
      setError(message(e, '读取办件失败')),
    );
  }, [filter, latest]);

  useEffect(load, [load]);
  useEffect(() => {
    if (user.role === 'district')
      api.get<{ halls: HallOption[] }>('halls').then(
        (a) => setHalls(a.halls),
        () => undefined,
      );
  }, [user.role]);

  const search = (event: FormEvent): void => {
    event.preventDefault();
    setOpen(null);
    setFilter({ ...draft, page: 1 });
  };

  const openCase = (caseNumber: string): void => {
    setError(null);
    latestCase(api.get<{ case: CaseDetail }>(`cases/${encodeURIComponent(caseNumber)}`)).then(
      (a) => setOpen(a.case),
      (e: unknown) => setError(message(e, '打开办件失败')),
    );
  };

  const pages = answer ? Math.max(1, Math.ceil(answer.total / answer.pageSize)) : 1;
  return (
    <section aria-labelledby="cases-title">
      <div className="screen-head">
        <h1 id="cases-title">办件</h1>
      </div>
      <form className="filters" onSubmit={search} aria-label="筛选办件">
        {user.role === 'district' ? (
          <div className="field">
            <label htmlFor="f-hall">服务中心</label>
            <select
              id="f-hall"
              value={draft.hall}
              onChange={(e) => setDraft({ ...draft, hall: e.target.value })}
            >
              <option value="">全部</option>
              {halls.map((h) => (
                <option key={h.code} value={h.code}>
                  {h.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="f-item">事项</label>
          <select
            id="f-item"
            value={draft.item}
            onChange={(e) => setDraft({ ...draft, item: e.target.value })}
          >
            <option value="">全部</option>
            {(answer?.itemNames ?? []).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">状态</label>
          <select
            id="f-status"
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
        <div className="field">
          <label htmlFor="f-from">提交日期从</label>
          <input
            id="f-from"
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="f-to">到</label>
          <input
            id="f-to"
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
      {open ? (
        <CaseDetailPanel
          detail={open}
          onClose={() => setOpen(null)}
          onChanged={(d) => {
            setOpen(d);
            load();
          }}
        />
      ) : null}
      {answer === null ? (
        <p>正在读取……</p>
      ) : answer.rows.length === 0 ? (
        <p className="empty">没有符合条件的办件。</p>
      ) : (
        <>
          <p className="count" role="status">
            共 {answer.total} 件，第 {filter.page} / {pages} 页
          </p>
          <table className="data" data-testid="cases">
            <caption className="sr-only">办件列表</caption>
            <thead>
              <tr>
                <th scope="col">受理编号</th>
                <th scope="col">事项</th>
                <th scope="col">服务中心</th>
                <th scope="col">提交时间</th>
                <th scope="col">状态</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {answer.rows.map((r) => (
                <tr key={r.caseNumber} data-case={r.caseNumber}>
                  <td className="mono">{r.caseNumber}</td>
                  <td>{r.itemName ?? '—'}</td>
                  <td>{r.hallName}</td>
                  <td>{chinaDateTime(r.receivedAt)}</td>
                  <td>
                    <span className={`status status-${STATUSES.indexOf(r.status)}`}>{r.status}</span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-secondary"
                      aria-label={`查看 ${r.caseNumber}`}
                      onClick={() => openCase(r.caseNumber)}
                    >
                      查看
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={filter.page}
            pages={pages}
            label="翻页"
            onPage={(page) => setFilter({ ...filter, page })}
          />
        </>
      )}
    </section>
  );
}

function CaseDetailPanel({
  detail,
  onClose,
  onChanged,
}: {
  detail: CaseDetail;
  onClose: () => void;
  onChanged: (detail: CaseDetail) => void;
}): ReactElement {
  const [status, setStatus] = useState<ConsoleCaseStatus>('已受理');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const save = (event: FormEvent): void => {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    api
      .post<{ case: CaseDetail }>(`cases/${encodeURIComponent(detail.caseNumber)}/status`, {
        status,
        ...(note.trim() ? { note: note.trim() } : {}),
      })
      .then(
        (a) => {
          setBusy(false);
          setNote('');
          setResult({ ok: true, text: `已设为“${status}”，终端的进度查询在下次同步后显示。` });
          onChanged(a.case);
        },
        (e: unknown) => {
          setBusy(false);
          setResult({ ok: false, text: message(e, '保存没有成功，请重试') });
        },
      );
  };

  return (
    <section className="panel" aria-labelledby="case-title" data-testid="case-detail">
      <div className="panel-head">
        <h2 id="case-title">
          办件 <span className="mono">{detail.caseNumber}</span>
        </h2>
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          关闭
        </button>
      </div>
      <p className="audit-note">查看个人信息已记入审计日志。</p>
      <dl className="facts">
        <div>
          <dt>事项</dt>
          <dd>{detail.itemName ?? '—'}</dd>
        </div>
        <div>
          <dt>服务中心</dt>
          <dd>{detail.hallName}</dd>
        </div>
        <div>
          <dt>{detail.clocks ? '提交时间（区县收到）' : '提交时间'}</dt>
          <dd>{chinaDateTime(detail.receivedAt)}</dd>
        </div>
        <CaseClocks clocks={detail.clocks} />
        <div>
          <dt>当前状态</dt>
          <dd data-testid="case-status">{detail.status}</dd>
        </div>
        <div>
          <dt>申请人</dt>
          <dd>{detail.applicant ? `${detail.applicant.name}（${detail.applicant.idNumber}）` : '—'}</dd>
        </div>
        {(
          detail.fields ??
          Object.entries(detail.values).map(([key, value]) => ({
            key,
            label: FIELD_NAMES[key] ?? key,
            value:
              typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value),
          }))
        ).map((f) => (
          <div key={f.key}>
            <dt>{f.label === f.key ? (FIELD_NAMES[f.key] ?? f.key) : f.label}</dt>
            <dd className="field-value">{f.value}</dd>
          </div>
        ))}
      </dl>
      <h3>材料</h3>
      <CasePages caseNumber={detail.caseNumber} />
      <h3>办理记录</h3>
      <ol className="history">
        {detail.history.map((e, i) => (
          <li key={i}>
            {chinaDateTime(e.at)} {e.status}
            {e.note ? `：${e.note}` : ''}
          </li>
        ))}
      </ol>
      <form className="status-form" onSubmit={save} aria-label="更新状态">
        <div className="field">
          <label htmlFor="s-status">新状态</label>
          <select
            id="s-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as ConsoleCaseStatus)}
          >
            {STAFF_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor="s-note">说明（选填，最多 200 字）</label>
          <input id="s-note" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? '正在保存……' : '保存状态'}
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
