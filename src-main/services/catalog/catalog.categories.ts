/** Categories derived from the items: by 服务对象, by theme and by department. */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import type { Category, CategoryGroup, CategoryKind } from '../../contract/types.js';

const GROUP_TITLES: Record<CategoryKind, string> = {
  theme: '按主题',
  target: '按服务对象',
  department: '按办理部门',
};

function keysOf(item: ServiceItem, kind: CategoryKind): string[] {
  switch (kind) {
    case 'theme':
      return item.themes;
    case 'target':
      // 个人及法人 items appear under both 个人 and 法人.
      return item.target === '个人及法人' ? ['个人', '法人'] : [item.target];
    case 'department':
      return [item.department];
  }
}

export function categoryId(kind: CategoryKind, name: string): string {
  return `${kind}:${name}`;
}

export function buildCategories(items: ServiceItem[]): CategoryGroup[] {
  const kinds: CategoryKind[] = ['theme', 'target', 'department'];
  return kinds.map((kind) => {
    const counts = new Map<string, number>();
    for (const item of items)
      for (const key of keysOf(item, kind)) counts.set(key, (counts.get(key) ?? 0) + 1);
    const categories: Category[] = [...counts].map(([name, count]) => ({
      id: categoryId(kind, name),
      kind,
      name,
      count,
    }));
    return { kind, title: GROUP_TITLES[kind], categories };
  });
}

export function itemsInCategory(items: ServiceItem[], id: string): ServiceItem[] {
  const sep = id.indexOf(':');
  const kind = id.slice(0, sep) as CategoryKind;
  const name = id.slice(sep + 1);
  return items.filter((item) => keysOf(item, kind).includes(name));
}
