/**
 * 事项目录 (district users): upload a catalog file, see it checked with the kiosk's own schema and what
 * publishing it would change — items added, changed field by field, removed — then publish it as the next
 * signed version, through the same publisher as `catalog publish`. Kiosks pick it up at their next sync.
 */
import { useState, type ChangeEvent, type ReactElement } from 'react';
import type {
  CatalogPreviewAnswer,
  CatalogPublishAnswer,
} from '../../src-server/console/feedback-api.types.js';
import { api, ConsoleApiError } from '../api.js';
import '../feedback.css';

/** The guide's element names (办事指南要素) of the catalog's item keys. */
const FIELD_NAMES: Record<string, string> = {
  code: '事项编码',
  name: '事项名称',
  aliases: '俗称',
  itemType: '事项类型',
  basis: '设定依据',
  authority: '实施主体',
  authorityNature: '实施主体性质',
  level: '行使层级',
  department: '承办机构',
  themes: '主题分类',
  target: '服务对象',
  handlingType: '办件类型',
  legalTimeLimit: '法定办结时限',
  promisedTimeLimit: '承诺办结时限',
  promisedDays: '承诺办结工作日',
  resultName: '结果名称',
  resultDelivery: '结果送达方式',
  feeStandard: '收费标准',
  feeBasis: '收费依据',
  conditions: '受理条件',
  materials: '所需材料',
  process: '办理流程',
  reviewStandard: '审查标准',
  appointment: '预约办理',
  consultation: '咨询方式',
  supervision: '监督投诉方式',
  visits: '到办事现场次数',
  location: '办理地点',
  hours: '办理时间',
  faq: '常见问题',
  form: '申报表单',
};

const message = (error: unknown, fallback: string): string =>
  error instanceof ConsoleApiError ? error.message : fallback;

export function CatalogScreen(): ReactElement {
  const [data, setData] = useState<unknown>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<CatalogPreviewAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    setPreview(null);
    setResult(null);
    setData(null);
    if (!file) return;
    setFileName(file.name);
    file.text().then(
      (text) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          setResult({ ok: false, text: `${file.name} 不是有效的 JSON 文件，请检查后重新选择。` });
          return;
        }
        setData(parsed);
        setBusy(true);
        api.post<CatalogPreviewAnswer>('catalog/preview', parsed).then(
          (a) => {
            setBusy(false);
            setPreview(a);
          },
          (e: unknown) => {
            setBusy(false);
            setResult({ ok: false, text: message(e, '检查目录没有成功，请重试') });
          },
        );
      },
      () => setResult({ ok: false, text: '读取文件没有成功，请重新选择。' }),
    );
  };

  const publish = (): void => {
    setBusy(true);
    setResult(null);
    api.post<CatalogPublishAnswer>('catalog/publish', data).then(
      (a) => {
        setBusy(false);
        setPreview(null);
        setData(null);
        setResult({
          ok: true,
          text: `已发布目录第 ${a.version} 版（${a.displayVersion}）：新增 ${a.added}，修改 ${a.changed}，删除 ${a.removed}。终端下次同步时更新。`,
        });
      },
      (e: unknown) => {
        setBusy(false);
        setResult({ ok: false, text: message(e, '发布没有成功，请重试') });
      },
    );
  };

  const diff = preview?.ok ? preview.diff : null;
  const nothing = diff && diff.added.length + diff.changed.length + diff.removed.length === 0;
  return (
    <section aria-labelledby="catalog-title">
      <div className="screen-head">
        <h1 id="catalog-title">事项目录</h1>
      </div>
      <p className="lead">
        选择目录文件（JSON），系统按终端使用的同一规则检查，并列出发布后会有哪些变化。确认无误后再发布。
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor="catalog-file">目录文件</label>
          <input id="catalog-file" type="file" accept=".json,application/json" onChange={choose} />
        </div>
      </div>
      {busy ? <p role="status">正在处理 {fileName}……</p> : null}
      {result ? (
        <p className={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      ) : null}
      {preview && !preview.ok ? (
        <div data-testid="catalog-problems">
          <h2>目录有 {preview.problems.length} 处问题，不能发布</h2>
          <table className="data">
            <caption className="sr-only">目录的问题</caption>
            <thead>
              <tr>
                <th scope="col">位置</th>
                <th scope="col">事项</th>
                <th scope="col">问题</th>
              </tr>
            </thead>
            <tbody>
              {preview.problems.slice(0, 200).map((p, i) => (
                <tr key={i}>
                  <td className="mono">{p.field}</td>
                  <td>{p.itemName ?? '—'}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {diff ? (
        <div data-testid="catalog-diff">
          <h2>
            版本 {diff.currentVersion ?? '（尚未发布）'} → {diff.version}
          </h2>
          <dl className="figures">
            <div>
              <dt>新增事项</dt>
              <dd>{diff.added.length}</dd>
            </div>
            <div>
              <dt>修改事项</dt>
              <dd>{diff.changed.length}</dd>
            </div>
            <div>
              <dt>删除事项</dt>
              <dd>{diff.removed.length}</dd>
            </div>
          </dl>
          {diff.added.length > 0 ? (
            <>
              <h3>新增</h3>
              <ul className="item-list" data-testid="diff-added">
                {diff.added.map((i) => (
                  <li key={i.id}>
                    {i.name} <span className="mono sub">{i.id}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {diff.removed.length > 0 ? (
            <>
              <h3>删除</h3>
              <ul className="item-list" data-testid="diff-removed">
                {diff.removed.map((i) => (
                  <li key={i.id}>
                    {i.name} <span className="mono sub">{i.id}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {diff.changed.length > 0 ? (
            <>
              <h3>修改</h3>
              <table className="data diff" data-testid="diff-changed">
                <caption className="sr-only">修改的事项，逐字段</caption>
                <thead>
                  <tr>
                    <th scope="col">事项</th>
                    <th scope="col">字段</th>
                    <th scope="col">原来</th>
                    <th scope="col">改为</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.changed.flatMap((item) =>
                    item.fields.map((f, j) => (
                      <tr key={`${item.id}-${f.field}`}>
                        {j === 0 ? (
                          <th scope="row" rowSpan={item.fields.length}>
                            {item.name}
                          </th>
                        ) : null}
                        <td>
                          {FIELD_NAMES[f.field] ?? f.field}
                          <br />
                          <span className="mono sub">{f.field}</span>
                        </td>
                        <td className="text-cell">{f.before}</td>
                        <td className="text-cell">{f.after}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </>
          ) : null}
          <p>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || Boolean(nothing)}
              onClick={publish}
            >
              {nothing ? '没有变化，无需发布' : `发布第 ${diff.version} 版`}
            </button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
