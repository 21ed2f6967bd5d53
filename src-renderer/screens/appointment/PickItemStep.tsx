/**
 * 选择事项: every catalog item can be booked, so the citizen finds it the way the guide does: 常办事项 first,
 * then by theme (the catalog's theme categories), or by searching the whole catalog on the letter keyboard.
 */
import { useState, type ReactElement } from 'react';
import type { ItemSummary } from '../../../src-main/contract/types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { useAsync } from '../../app/use-async.js';
import { unwrap } from '../../api/client.js';
import { LoadState } from '../../components/LoadState.js';
import { SpeakButton } from '../../components/SpeakButton.js';
import { SearchEntry } from '../../components/SearchEntry.js';
import { Highlighted } from '../SearchScreen.js';

export interface PickedItem {
  id: string;
  name: string;
}

const POPULAR = 'popular';

function ItemRows({
  items,
  label,
  onPick,
}: {
  items: ItemSummary[];
  label: string;
  onPick: (item: PickedItem) => void;
}): ReactElement {
  return (
    <ul className="item-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="item-row" onClick={() => onPick({ id: item.id, name: item.name })}>
            <span className="item-name">{item.name}</span>
            <span className="item-meta">
              <span>{item.department}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function Browse({ onPick }: { onPick: (item: PickedItem) => void }): ReactElement {
  const { bridge } = useKiosk();
  const [shelf, setShelf] = useState(POPULAR);
  const groups = useAsync(() => unwrap(bridge.api.catalog.categories({})), []);
  const items = useAsync(
    () =>
      shelf === POPULAR
        ? unwrap(bridge.api.catalog.popular({}))
        : unwrap(bridge.api.catalog.list({ categoryId: shelf })).then((list) => list.items),
    [shelf],
  );
  const themes =
    groups.status === 'ok' ? (groups.value.find((g) => g.kind === 'theme')?.categories ?? []) : [];
  const shelfName = shelf === POPULAR ? '常办事项' : (themes.find((t) => t.id === shelf)?.name ?? '');
  return (
    <>
      <div className="appt-shelves" role="group" aria-label="按类别查找">
        <button
          type="button"
          className="chip"
          aria-pressed={shelf === POPULAR}
          onClick={() => setShelf(POPULAR)}
        >
          常办事项
        </button>
        {themes.map((theme) => (
          <button
            key={theme.id}
            type="button"
            className="chip"
            aria-pressed={shelf === theme.id}
            onClick={() => setShelf(theme.id)}
          >
            {theme.name}
          </button>
        ))}
      </div>
      <h3 className="appt-shelf-title">{shelfName}</h3>
      <LoadState state={items}>
        {(list) => <ItemRows items={list} label={shelfName} onPick={onPick} />}
      </LoadState>
    </>
  );
}

function SearchResults({
  query,
  onPick,
}: {
  query: string;
  onPick: (item: PickedItem) => void;
}): ReactElement {
  const { bridge } = useKiosk();
  const hits = useAsync(() => unwrap(bridge.api.catalog.search({ query, limit: 30 })), [query]);
  return (
    <LoadState state={hits}>
      {(list) =>
        list.length === 0 ? (
          <p className="empty-title" role="status">
            没有找到“{query}”相关的事项，换个说法试试，或点“清空”按类别查找。
          </p>
        ) : (
          <ul className="item-list" aria-label="查找结果">
            {list.map((hit) => (
              <li key={hit.id}>
                <button
                  type="button"
                  className="item-row"
                  onClick={() => onPick({ id: hit.id, name: hit.name })}
                >
                  <span className="item-name">
                    {hit.field === 'name' ? (
                      <Highlighted text={hit.name} ranges={hit.highlights} />
                    ) : (
                      hit.name
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )
      }
    </LoadState>
  );
}

export function PickItemStep({ onPick }: { onPick: (item: PickedItem) => void }): ReactElement {
  const [query, setQuery] = useState('');
  const searching = query.trim().length > 0;
  return (
    <section className="step appt-pick" aria-labelledby="appt-pick-title">
      <div className="section-head">
        <h2 id="appt-pick-title">请选择要预约办理的事项</h2>
        <SpeakButton
          text={() =>
            '请选择要预约办理的事项。可以在常办事项里找，也可以按类别找；找不到时，点查找事项，输入名称的拼音或首字母。'
          }
        />
      </div>
      <SearchEntry query={query} onChange={setQuery} />
      {searching ? <SearchResults query={query} onPick={onPick} /> : <Browse onPick={onPick} />}
    </section>
  );
}
