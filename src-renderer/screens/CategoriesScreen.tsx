/** 办事指南: categories by theme, by 服务对象 and by department. */
import type { ReactElement } from 'react';
import { useKiosk } from '../app/kiosk-context.js';
import { useAsync } from '../app/use-async.js';
import { unwrap } from '../api/client.js';
import { Icon } from '../components/icons.js';
import { LoadState } from '../components/LoadState.js';

export function CategoriesScreen(): ReactElement {
  const { bridge, navigate } = useKiosk();
  const groups = useAsync(() => unwrap(bridge.api.catalog.categories({})), []);
  return (
    <main className="screen-body" aria-label="事项分类">
      <button
        type="button"
        className="search-entry"
        onClick={() => navigate({ type: 'push', route: { name: 'search' } })}
      >
        <Icon name="search" size={44} />
        <span>搜索事项：输入名称、拼音或首字母</span>
      </button>
      <LoadState state={groups}>
        {(value) =>
          value.map((group) => (
            <section key={group.kind} className="category-group" aria-labelledby={`group-${group.kind}`}>
              <h2 id={`group-${group.kind}`}>{group.title}</h2>
              <div className="category-grid">
                {group.categories.map((c) => (
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
          ))
        }
      </LoadState>
    </main>
  );
}
