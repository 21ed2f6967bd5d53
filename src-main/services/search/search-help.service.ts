/** The search's no-result view and its list of missed queries, as the kiosk serves them (Node side). */
import type { SearchHelp } from '../../contract/search.types.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import { itemsInCategory } from '../catalog/catalog.categories.js';
import type { CatalogView } from '../catalog/catalog-view.js';
import { storableMissQuery } from './search-miss.privacy.js';
import { closestCategories } from './search-help.js';

/** Everyday ways to ask, shown under "换个说法试试"; each is checked to find something before it is offered. */
export const SEARCH_EXAMPLES = ['低保要带什么', '养老金怎么领', '社保卡丢了', '办残疾证', 'ylbx'];
const EXAMPLES_SHOWN = 3;

export function searchHelp(view: CatalogView, query: string): SearchHelp {
  const items = view.items();
  return {
    categories: closestCategories(query, view.groups(), (id) => itemsInCategory(items, id)),
    popular: view.popular(),
    examples: SEARCH_EXAMPLES.filter((q) => view.find(q, 1).length > 0).slice(0, EXAMPLES_SHOWN),
  };
}

/** Keeps a query that found nothing, unless it may be personal data (then nothing at all is written). */
export function recordSearchMiss(usage: UsageRepository, query: string): { kept: boolean } {
  const kept = storableMissQuery(query);
  if (kept === undefined) return { kept: false };
  usage.record('search.miss', kept);
  return { kept: true };
}
