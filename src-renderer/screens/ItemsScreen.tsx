/** The items of one category. */
import type { ReactElement } from 'react';
import { useKiosk } from '../app/kiosk-context.js';
import { useAsync } from '../app/use-async.js';
import { unwrap } from '../api/client.js';
import { LoadState } from '../components/LoadState.js';

export function ItemsScreen({ categoryId }: { categoryId: string }): ReactElement {
  const { bridge, navigate } = useKiosk();
  const list = useAsync(() => unwrap(bridge.api.catalog.list({ categoryId })), [categoryId]);
  return (
    <main className="screen-body" aria-label="事项列表">
      <LoadState state={list}>
        {(value) => (
          <>
            <div className="list-head">
              <h2 className="list-title">{value.category.name}</h2>
              <p className="list-count">共 {value.items.length} 项</p>
            </div>
            <ul className="item-list">
              {value.items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="item-row"
                    onClick={() => navigate({ type: 'push', route: { name: 'guide', itemId: item.id } })}
                  >
                    <span className="item-name">{item.name}</span>
                    <span className="item-meta">
                      <span className="tag">{item.itemType}</span>
                      <span className="tag">{item.handlingType}</span>
                      <span>{item.handlingType === '即办件' ? '当场办结' : item.promisedTimeLimit}</span>
                      <span>到现场 {item.visits} 次</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </LoadState>
    </main>
  );
}
