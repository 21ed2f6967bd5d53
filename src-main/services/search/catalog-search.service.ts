/** The search the screen and the CLI use, kept in step with the catalog in use. */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import type { SearchHit } from '../../contract/search.types.js';
import type { ItemSummary } from '../../contract/types.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import { summarize, type CatalogService } from '../catalog/catalog.service.js';
import type { Logger } from '../../log/logger.js';
import { lexiconDigest } from './search-lexicon.load.js';
import { snapshotKey } from './search-snapshot.file.js';
import { createKioskSearchIndex, openKioskSearchIndex, saveKioskSearchIndex } from './kiosk-search.js';
import type { CatalogSearchIndex, SearchExplanation } from './search.service.js';

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

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

/** How long after a catalog change the index's snapshot is written (changes in a row write it once). */
export const SNAPSHOT_WRITE_DELAY_MS = 2_000;

/** Where the index's snapshot is kept (search-snapshot.file.ts); without it the index is built at every start. */
export interface SearchPersistence {
  file: string;
  log?: Logger;
}

export class CatalogSearchService {
  private built: CatalogSearchIndex | undefined;
  private views = new Map<string, number>();
  private viewsAt = -Infinity;

  private writeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly catalog: CatalogService,
    private readonly usage: UsageRepository,
    private readonly persistence?: SearchPersistence,
  ) {
    // A synced delta updates the entries of the items it changed; anything larger rebuilds the index.
    // Before the index is built there is nothing to update: it is built from the catalog then in use.
    catalog.onChange((items: ServiceItem[]) => {
      if (this.built === undefined) return;
      this.built.update(items);
      this.scheduleWrite();
    });
    setTimeout(() => {
      try {
        this.index();
        // What the build left for first use is filled next, before a citizen's first query.
        setImmediate(() => {
          try {
            this.built?.warm();
          } catch (error) {
            persistence?.log?.warn({ err: errorText(error) }, 'search index warm-up failed');
          }
        }).unref();
      } catch (error) {
        // Only a head start (the kiosk may be stopping): the first search opens the index itself.
        persistence?.log?.warn({ err: errorText(error) }, 'search index warm-up failed');
      }
    }, SEARCH_WARM_UP_MS).unref();
  }

  search(query: string, limit = 20): SearchHit[] {
    return this.index().search(query, limit);
  }

  explain(query: string, limit = 10): SearchExplanation {
    return this.index().explain(query, limit);
  }

  private index(): CatalogSearchIndex {
    this.built ??= this.open();
    return this.built;
  }

  /** The index of the catalog in use: read back from its snapshot when it has one, else built. */
  private open(): CatalogSearchIndex {
    const items = this.catalog.all();
    const popularity = (id: string): number => this.viewCount(id);
    const key = this.persistence === undefined ? undefined : this.keyOf(items);
    if (this.persistence === undefined || key === undefined) return createKioskSearchIndex(items, popularity);
    const { file, log } = this.persistence;
    const t0 = performance.now();
    const opened = openKioskSearchIndex(items, file, key, {
      popularity,
      onWriteError: (error) => log?.warn({ err: errorText(error) }, 'search index snapshot not written'),
    });
    log?.info(
      {
        source: opened.source,
        reason: opened.reason,
        items: items.length,
        ms: Math.round(performance.now() - t0),
      },
      'search index ready',
    );
    return opened.index;
  }

  /** The snapshot key of these items (undefined when a digest is missing: then nothing is kept). */
  private keyOf(items: readonly ServiceItem[]): string | undefined {
    const digests = this.catalog.itemDigests();
    const pairs: Array<[string, string]> = [];
    for (const item of items) {
      const digest = digests.get(item.id);
      if (digest === undefined) return undefined;
      pairs.push([item.id, digest]);
    }
    return snapshotKey(pairs, lexiconDigest());
  }

  /** Writes the updated index's snapshot a little later, out of the catalog change's way. */
  private scheduleWrite(): void {
    if (this.persistence === undefined || this.writeTimer !== undefined) return;
    this.writeTimer = setTimeout(() => {
      this.writeTimer = undefined;
      const built = this.built;
      const persistence = this.persistence!;
      if (built === undefined) return;
      try {
        const key = this.keyOf(this.catalog.all());
        if (key !== undefined)
          saveKioskSearchIndex(built, persistence.file, key, (error) =>
            persistence.log?.warn({ err: errorText(error) }, 'search index snapshot not written'),
          );
      } catch (error) {
        persistence.log?.warn({ err: errorText(error) }, 'search index snapshot not written');
      }
    }, SNAPSHOT_WRITE_DELAY_MS);
    this.writeTimer.unref();
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
