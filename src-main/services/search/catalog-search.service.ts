/** The search the screen and the CLI use, kept in step with the catalog in use. */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import type { SearchHit, SearchIndex } from '../../contract/search.types.js';
import type { ItemSummary } from '../../contract/types.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import { summarize, type CatalogService } from '../catalog/catalog.service.js';
import { createSearchIndex } from './search.service.js';

/** Shown when nothing is viewed yet: the items most halls are asked for. */
const DEFAULT_POPULAR = [
  'pension-enroll',
  'medical-enroll',
  'dibao-confirm',
  'elder-card',
  'elderly-allowance',
  'birth-register',
];
const POPULAR_DAYS = 30;

export class CatalogSearchService {
  private index: SearchIndex;

  constructor(
    private readonly catalog: CatalogService,
    private readonly usage: UsageRepository,
  ) {
    this.index = createSearchIndex(catalog.all());
    catalog.onChange((items: ServiceItem[]) => {
      this.index = createSearchIndex(items);
    });
  }

  search(query: string, limit = 20): SearchHit[] {
    return this.index.search(query, limit);
  }

  /** The most viewed guides of the last 30 days, topped up from a default list. */
  popular(limit = 6): ItemSummary[] {
    const since = new Date(Date.now() - POPULAR_DAYS * 86_400_000);
    const ids = this.usage.topItems('guide.view', since, limit).map((r) => r.itemId);
    for (const id of DEFAULT_POPULAR) if (ids.length < limit && !ids.includes(id)) ids.push(id);
    const all = this.catalog.all();
    const byId = new Map(all.map((i) => [i.id, i]));
    const chosen = ids.map((id) => byId.get(id)).filter((i): i is ServiceItem => i !== undefined);
    for (const item of all) if (chosen.length < limit && !chosen.includes(item)) chosen.push(item);
    return chosen.slice(0, limit).map(summarize);
  }
}
