/**
 * What the no-result view offers besides the most asked items: the categories closest to what was typed,
 * by the 汉字 they share with the category's name and its items' names and 俗称 (a character shared by
 * few categories counts more; a large category counts less). Pure: no Node, no DOM.
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import type { Category, CategoryGroup } from '../../contract/types.js';
import { isHan } from './search.query.js';

export function closestCategories(
  query: string,
  groups: readonly CategoryGroup[],
  itemsOf: (categoryId: string) => readonly ServiceItem[],
  limit = 3,
): Category[] {
  const chars = new Set(Array.from(typeof query === 'string' ? query : '').filter(isHan));
  if (chars.size === 0) return [];
  const categories = groups.flatMap((g) => g.categories).filter((c) => c.count > 0);
  const textOf = new Map(
    categories.map((c) => [
      c.id,
      c.name +
        itemsOf(c.id)
          .map((i) => i.name + (i.aliases ?? []).join(''))
          .join(''),
    ]),
  );
  const spread = new Map<string, number>();
  for (const ch of chars) {
    let n = 0;
    for (const text of textOf.values()) if (text.includes(ch)) n++;
    spread.set(ch, n);
  }
  const scored = categories
    .map((c) => {
      const text = textOf.get(c.id) ?? '';
      let score = 0;
      for (const ch of chars) if (text.includes(ch)) score += 1 / (spread.get(ch) ?? 1);
      if (c.name.split('').some((ch) => chars.has(ch))) score *= 1.5;
      // A category holding most of the catalog (个人) shares every character and says nothing.
      return { c, score: score / Math.sqrt(c.count) };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.c.name.length - b.c.name.length);
  const out: Category[] = [];
  for (const { c } of scored) {
    if (out.length >= limit) break;
    if (!out.some((o) => o.name === c.name)) out.push(c);
  }
  return out;
}
