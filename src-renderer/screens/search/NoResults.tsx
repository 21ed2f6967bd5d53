/**
 * The search's answer when nothing matched: never a bare "没有找到". Example queries that find something
 * (tap one to search it), the categories closest to what was typed, the most asked items, and the
 * 呼叫工作人员 button. A query left on this view is reported once as a miss for the admin's list (main
 * keeps it only if it cannot be personal data); an ID or phone number typed in gets its own calm hint.
 */
import { useEffect, type ReactElement } from 'react';
import { useKiosk } from '../../app/kiosk-context.js';
import { useAsync } from '../../app/use-async.js';
import { unwrap } from '../../api/client.js';
import { HelpButton } from '../../components/HelpButton.js';
import './search.css';

/** How long a query must stay unanswered on screen before it counts as a miss (not a keystroke on the way). */
const MISS_AFTER_MS = 2500;

const looksPersonal = (q: string): boolean => (q.match(/\d/gu)?.length ?? 0) >= 6;

export function NoResults({
  query,
  onExample,
}: {
  query: string;
  onExample: (q: string) => void;
}): ReactElement {
  const { bridge, navigate } = useKiosk();
  const help = useAsync(() => unwrap(bridge.api.catalog.searchHelp({ query })), [query]);
  const personal = looksPersonal(query);
  useEffect(() => {
    if (query === '' || personal) return;
    const timer = setTimeout(() => void bridge.api.catalog.searchMiss({ query }), MISS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [bridge, query, personal]);
  const open = (id: string) => navigate({ type: 'push', route: { name: 'guide', itemId: id } });
  const value = help.status === 'ok' ? help.value : undefined;

  return (
    <div className="search-empty no-results">
      {query === '' ? (
        <p className="empty-title">请用下方键盘输入，例如“低保要带什么”，或拼音首字母“ylbx”。</p>
      ) : personal ? (
        <p className="empty-title" role="status">
          这里只能查事项，请不要输入身份证号或电话号码。查进度请回首页点“进度查询”。
        </p>
      ) : (
        <p className="empty-title" role="status">
          “{query}”暂时对不上事项。换个说法试试，或看看下面的分类和常办事项。
        </p>
      )}
      {value && value.examples.length > 0 ? (
        <section aria-labelledby="examples-title">
          <h2 id="examples-title">换个说法试试</h2>
          <div className="example-queries">
            {value.examples.map((q) => (
              <button
                key={q}
                type="button"
                className="btn btn-secondary example-query"
                onClick={() => onExample(q)}
              >
                {q}
              </button>
            ))}
          </div>
        </section>
      ) : null}
      {value && value.categories.length > 0 ? (
        <section aria-labelledby="near-title">
          <h2 id="near-title">{value.categoriesNear ? '可能相关的分类' : '常用分类'}</h2>
          <div className="category-grid near-categories">
            {value.categories.map((c) => (
              <button
                key={c.id}
                type="button"
                className="category"
                onClick={() => navigate({ type: 'push', route: { name: 'items', categoryId: c.id } })}
              >
                <span className="category-name">{c.name}</span>
                <span className="category-count">{c.count} 项</span>
              </button>
            ))}
          </div>
        </section>
      ) : null}
      <h2>大家常办的事项</h2>
      {value ? (
        <ul className="item-list" aria-label="常办事项">
          {value.popular.map((item) => (
            <li key={item.id}>
              <button type="button" className="item-row" onClick={() => open(item.id)}>
                <span className="item-name">{item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {query ? <HelpButton large label="找不到？呼叫工作人员" /> : null}
    </div>
  );
}
