/** The search the screen and the CLI use, kept in step with the catalog in use. */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import type { SearchHit } from '../../contract/search.types.js';
import type { ItemSummary } from '../../contract/types.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import { summarize, type CatalogService } from '../catalog/catalog.service.js';
import { createKioskSearchIndex } from './kiosk-search.js';
import type { CatalogSearchIndex, SearchExplanation } from './search.service.js';

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
/** How long the view counts that break ranking ties are reused before being read again. */
const POPULARITY_TTL_MS = 10 * 60_000;
const POPULARITY_ITEMS = 500;

export class CatalogSearchService {
  private readonly index: CatalogSearchIndex;
  private views = new Map<string, number>();
  private viewsAt = -Infinity;

  constructor(
    private readonly catalog: CatalogService,
    private readonly usage: UsageRepository,
  ) {
    const popularity = (id: string): number => this.viewCount(id);
    this.index = createKioskSearchIndex(catalog.all(), popularity);
    // A synced delta updates the entries of the items it changed; anything larger rebuilds the index.
    catalog.onChange((items: ServiceItem[]) => this.index.update(items));
  }

  search(query: string, limit = 20): SearchHit[] {
    return this.index.search(query, limit);
  }

  explain(query: string, limit = 10): SearchExplanation {
    return this.index.explain(query, limit);
  }

  /** Guide views of the last 30 days at this kiosk (ranking ties go to the most viewed). */
  private viewCount(id: string): number {
    const now = Date.now();
    if (now - this.viewsAt > POPULARITY_TTL_MS) {
      this.viewsAt = now;
      const since = new Date(now - POPULAR_DAYS * 86_400_000);
      this.views = new Map(
        this.usage.topItems('guide.view', since, POPULARITY_ITEMS).map((r) => [r.itemId, r.n]),
      );
    }
    return this.views.get(id) ?? 0;
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
