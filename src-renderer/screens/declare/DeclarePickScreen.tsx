/**
 * 自助申报 from the home tile: pick the item — grouped, 常办事项 first, then by theme (declare-groups.ts) —
 * or search for it (then one list, best match first).
 */
import { useMemo, useState, type ReactElement } from 'react';
import type { ItemSummary } from '../../../src-main/contract/types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { useAsync } from '../../app/use-async.js';
import { unwrap } from '../../api/client.js';
import { LoadState } from '../../components/LoadState.js';
import { SearchEntry } from '../../components/SearchEntry.js';
import { groupDeclarable, type ItemGroup } from './declare-groups.js';
import './declare-flow.css';

function ItemRows({ items, label }: { items: ItemSummary[]; label: string }): ReactElement {
  const { navigate } = useKiosk();
  return (
    <ul className="item-list" aria-label={label}>
      {items.map((item) => (
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
}

export function DeclarePickScreen(): ReactElement {
  const { bridge, info } = useKiosk();
  const [query, setQuery] = useState('');
  const items = useAsync(async (): Promise<{ list: ItemSummary[]; groups: ItemGroup[] }> => {
    const list = await unwrap(bridge.api.catalog.declarable({}));
    const groups = await unwrap(bridge.api.catalog.categories({}));
    const themes = await Promise.all(
      (groups.find((g) => g.kind === 'theme')?.categories ?? []).map(async (c) => {
        const members = await unwrap(bridge.api.catalog.list({ categoryId: c.id }));
        return { name: c.name, itemIds: new Set(members.items.map((i) => i.id)) };
      }),
    );
    const featured = info.featured.map((f) => f.id);
    const frequent =
      featured.length > 0 ? featured : (await unwrap(bridge.api.catalog.popular({}))).map((p) => p.id);
    return { list, groups: groupDeclarable(list, themes, frequent) };
  }, []);
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
        {({ list, groups }) => {
          if (!order)
            return groups.map((group) => (
              <section key={group.title} className="item-group" aria-label={group.title}>
                <h3 className="item-group-title">{group.title}</h3>
                <ItemRows items={group.items} label={group.title} />
              </section>
            ));
          const shown = list
            .filter((i) => order.has(i.id))
            .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
          return shown.length === 0 ? (
            <p className="empty-title">没有找到可以自助申报的相关事项，换个说法试试，或到窗口办理。</p>
          ) : (
            <ItemRows items={shown} label="可自助申报的事项" />
          );
        }}
      </LoadState>
    </main>
  );
}
