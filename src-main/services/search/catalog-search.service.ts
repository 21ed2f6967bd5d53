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

/**
 * The index is built after start rather than during it (the home screen needs no search): this long
 * after the service is made, or at the first search if that comes sooner.
 */
export const SEARCH_WARM_UP_MS = 3_000;

export class CatalogSearchService {
  private built: CatalogSearchIndex | undefined;
  private views = new Map<string, number>();
  private viewsAt = -Infinity;

  constructor(
    private readonly catalog: CatalogService,
    private readonly usage: UsageRepository,
  ) {
    // A synced delta updates the entries of the items it changed; anything larger rebuilds the index.
    // Before the index is built there is nothing to update: it is built from the catalog then in use.
    catalog.onChange((items: ServiceItem[]) => this.built?.update(items));
    setTimeout(() => this.index(), SEARCH_WARM_UP_MS).unref();
  }

  search(query: string, limit = 20): SearchHit[] {
    return this.index().search(query, limit);
  }

  explain(query: string, limit = 10): SearchExplanation {
    return this.index().explain(query, limit);
  }

  private index(): CatalogSearchIndex {
    this.built ??= createKioskSearchIndex(this.catalog.all(), (id) => this.viewCount(id));
    return this.built;
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
