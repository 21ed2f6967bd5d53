/**
 * Answers of `GET /v1/catalog`, kept in memory by (current version, since, afterId, limit). A published
 * version never changes, so a page read while version V was current is the same bytes for every kiosk
 * asking the same page while V is still current: after a publish, a whole fleet asks for the same delta,
 * and all but the first are served from here without reading or serialising the items again. The key
 * holds the version, so a new publish can never be answered with an older page; and the first page of a
 * newer version drops every page of the older ones, which no request can ask for again (a server that
 * publishes daily for months keeps only the current version's pages). Bounded by total size: the oldest
 * entries go first.
 */

export interface CatalogPageKey {
  version: number;
  since: number;
  afterId: string;
  limit: number;
}

/** 32 MB of answers: a few full catalogs' first pages and any number of small deltas. */
export const CATALOG_PAGE_CACHE_BYTES = 32 * 1024 * 1024;

export class CatalogPageCache {
  private readonly entries = new Map<string, string>();
  private bytes = 0;
  /** The newest version a page was kept for. */
  private version = -Infinity;

  constructor(private readonly maxBytes = CATALOG_PAGE_CACHE_BYTES) {}

  private static keyOf(k: CatalogPageKey): string {
    return `${k.version}\u0000${k.since}\u0000${k.limit}\u0000${k.afterId}`;
  }

  get(key: CatalogPageKey): string | undefined {
    return this.entries.get(CatalogPageCache.keyOf(key));
  }

  set(key: CatalogPageKey, body: string): void {
    // UTF-16 length is a fair upper bound of the memory a JS string takes per character.
    const size = body.length * 2;
    if (size > this.maxBytes || key.version < this.version) return;
    if (key.version > this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = key.version;
    }
    const k = CatalogPageCache.keyOf(key);
    const old = this.entries.get(k);
    if (old !== undefined) {
      this.bytes -= old.length * 2;
      this.entries.delete(k);
    }
    this.entries.set(k, body);
    this.bytes += size;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.length * 2;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
