/** 服务事项: which catalog items the kiosk shows, and the 常办事项 on the home screen in their order. */
import { useEffect, useState, type ReactElement } from 'react';
import type { ItemSummary } from '../../../src-main/contract/types.js';
import { useKiosk } from '../../app/kiosk-context.js';
import { unwrap } from '../../api/client.js';
import { errorFor, FieldError, Section } from '../fields.js';
import { SaveBar } from '../SaveBar.js';
import { useSettings } from '../use-settings.js';

const KEYS = ['hiddenItems', 'featuredItems'] as const;
const MAX_FEATURED = 12;

export function ItemsTab(): ReactElement {
  const { bridge } = useKiosk();
  const s = useSettings();
  const [items, setItems] = useState<ItemSummary[] | null>(null);
  useEffect(() => {
    void unwrap(bridge.api.admin.items({})).then(setItems);
  }, [bridge]);
  if (!s.draft || !items)
    return (
      <p className="loading" role="status">
        正在加载……
      </p>
    );
  const hidden = new Set(s.draft.hiddenItems);
  const featured = s.draft.featuredItems;
  const nameOf = (id: string): string => items.find((i) => i.id === id)?.name ?? id;
  const move = (i: number, by: number): void => {
    const next = [...featured];
    const [id] = next.splice(i, 1);
    if (id !== undefined) next.splice(i + by, 0, id);
    s.set('featuredItems', next);
  };
  return (
    <div className="admin-form">
      <Section title={`常办事项（首页显示，最多 ${MAX_FEATURED} 个，按顺序）`}>
        <FieldError message={errorFor(s.error, 'featuredItems')} />
        {featured.length === 0 ? <p>还没有常办事项。在下面的事项中点“设为常办”。</p> : null}
        <ol className="admin-list">
          {featured.map((id, i) => (
            <li key={id} className="admin-row" data-featured={id}>
              <span className="admin-row-text">
                {i + 1}. {nameOf(id)}
              </span>
              <span className="admin-row-actions">
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  上移
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={i === featured.length - 1}
                  onClick={() => move(i, 1)}
                >
                  下移
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() =>
                    s.set(
                      'featuredItems',
                      featured.filter((x) => x !== id),
                    )
                  }
                >
                  移出
                </button>
              </span>
            </li>
          ))}
        </ol>
      </Section>
      <SaveBar onSave={() => void s.save(KEYS)} busy={s.busy} saved={s.saved} error={s.error} />
      <Section title={`全部事项（${items.length} 个，${hidden.size} 个不显示）`}>
        <ul className="admin-list">
          {items.map((item) => {
            const isHidden = hidden.has(item.id);
            const isFeatured = featured.includes(item.id);
            return (
              <li
                key={item.id}
                className={isHidden ? 'admin-row item-hidden' : 'admin-row'}
                data-item={item.id}
              >
                <span className="admin-row-text">
                  {item.name}
                  {isHidden ? '（不显示）' : ''}
                </span>
                <span className="admin-row-actions">
                  <button
                    type="button"
                    className="btn btn-secondary"
                    aria-pressed={!isHidden}
                    aria-label={`${isHidden ? '不显示' : '显示'}：${item.name}`}
                    data-visibility={item.id}
                    onClick={() =>
                      s.set(
                        'hiddenItems',
                        isHidden
                          ? s.draft!.hiddenItems.filter((x) => x !== item.id)
                          : [...s.draft!.hiddenItems, item.id],
                      )
                    }
                  >
                    {isHidden ? '不显示' : '显示'}
                  </button>
                  <button
                    type="button"
                    className="btn btn-secondary"
                    disabled={isFeatured || isHidden || featured.length >= MAX_FEATURED}
                    aria-label={`${isFeatured ? '已是常办' : '设为常办'}：${item.name}`}
                    data-feature={item.id}
                    onClick={() => s.set('featuredItems', [...featured, item.id])}
                  >
                    {isFeatured ? '已是常办' : '设为常办'}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      </Section>
      <SaveBar onSave={() => void s.save(KEYS)} busy={s.busy} saved={s.saved} error={s.error} />
    </div>
  );
}
