/**
 * The 自助申报 pick list in groups a villager can scan: 常办事项 first (the hall's picks, else the most
 * used), then one group per theme (社会救助, 养老服务 …) in the catalog's order, each item once under its
 * first theme; items with no theme last under 其他事项. Pure.
 */
import type { ItemSummary } from '../../../src-main/contract/types.js';

export interface ItemGroup {
  title: string;
  items: ItemSummary[];
}

export const FREQUENT_TITLE = '常办事项';
export const OTHER_TITLE = '其他事项';

export function groupDeclarable(
  items: readonly ItemSummary[],
  themes: ReadonlyArray<{ name: string; itemIds: ReadonlySet<string> }>,
  frequentIds: readonly string[],
): ItemGroup[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const groups: ItemGroup[] = [];
  const frequent = frequentIds.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  if (frequent.length > 0) groups.push({ title: FREQUENT_TITLE, items: frequent });
  const placed = new Set<string>();
  for (const theme of themes) {
    const members = items.filter((i) => theme.itemIds.has(i.id) && !placed.has(i.id));
    for (const m of members) placed.add(m.id);
    if (members.length > 0) groups.push({ title: theme.name, items: members });
  }
  const rest = items.filter((i) => !placed.has(i.id));
  if (rest.length > 0) groups.push({ title: OTHER_TITLE, items: rest });
  return groups;
}
