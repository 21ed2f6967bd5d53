/** The search's no-result view and its list of missed queries, as the kiosk serves them (Node side). */
import type { SearchHelp } from '../../contract/search.types.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import { itemsInCategory } from '../catalog/catalog.categories.js';
import type { CatalogView } from '../catalog/catalog-view.js';
import { storableMissQuery, type Tagger } from './search-miss.privacy.js';
import { closestCategories } from './search-help.js';

/** Everyday ways to ask, shown under "换个说法试试"; each is checked to find something before it is offered. */
export const SEARCH_EXAMPLES = ['低保要带什么', '养老金怎么领', '社保卡丢了', '办残疾证', 'ylbx'];
const EXAMPLES_SHOWN = 3;
const CATEGORIES_SHOWN = 3;

export function searchHelp(view: CatalogView, query: string): SearchHelp {
  const items = view.items();
  const groups = view.groups();
  const near = closestCategories(query, groups, (id) => itemsInCategory(items, id));
  const largest = groups
    .filter((g) => g.kind === 'theme')
    .flatMap((g) => g.categories)
    .sort((a, b) => b.count - a.count)
    .slice(0, CATEGORIES_SHOWN);
  return {
    categories: near.length > 0 ? near : largest,
    categoriesNear: near.length > 0,
    popular: view.popular(),
    examples: SEARCH_EXAMPLES.filter((q) => view.find(q, 1).length > 0).slice(0, EXAMPLES_SHOWN),
  };
}

/**
 * Keeps a query that found nothing, unless it may be personal data (then nothing at all is written);
 * `tag` finds the names inside it (jiebaTagger).
 */
export function recordSearchMiss(usage: UsageRepository, query: string, tag: Tagger): { kept: boolean } {
  const kept = storableMissQuery(query, tag);
  if (kept === undefined) return { kept: false };
  usage.record('search.miss', kept);
  return { kept: true };
}
