/** 自助申报 from the home tile: pick the item (all that can be declared here), or search for it. */
import { useMemo, useState, type ReactElement } from 'react';
import { useKiosk } from '../../app/kiosk-context.js';
import { useAsync } from '../../app/use-async.js';
import { unwrap } from '../../api/client.js';
import { LoadState } from '../../components/LoadState.js';
import { SearchEntry } from '../../components/SearchEntry.js';

export function DeclarePickScreen(): ReactElement {
  const { bridge, navigate } = useKiosk();
  const [query, setQuery] = useState('');
  const items = useAsync(() => unwrap(bridge.api.catalog.declarable({})), []);
  const hits = useAsync(
    () => (query.trim() ? unwrap(bridge.api.catalog.search({ query, limit: 50 })) : Promise.resolve(null)),
    [query],
  );
  const order = useMemo(
    () => (hits.status === 'ok' && hits.value ? new Map(hits.value.map((h, i) => [h.id, i])) : null),
    [hits],
  );
  return (
    <main className="screen-body" aria-label="选择申报事项">
      <h2 className="list-title">请选择要申报的事项</h2>
      <SearchEntry query={query} onChange={setQuery} />
      <LoadState state={items}>
        {(list) => {
          const shown = order
            ? list
                .filter((i) => order.has(i.id))
                .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
            : list;
          return shown.length === 0 ? (
            <p className="empty-title">没有找到可以自助申报的相关事项，换个说法试试，或到窗口办理。</p>
          ) : (
            <ul className="item-list" aria-label="可自助申报的事项">
              {shown.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="item-row"
                    onClick={() => navigate({ type: 'push', route: { name: 'declare', itemId: item.id } })}
                  >
                    <span className="item-name">{item.name}</span>
                    <span className="item-meta">
                      <span>{item.department}</span>
                      <span>{item.handlingType === '即办件' ? '当场办结' : item.promisedTimeLimit}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          );
        }}
      </LoadState>
    </main>
  );
}
