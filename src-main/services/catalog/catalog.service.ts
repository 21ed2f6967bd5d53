/** The catalog in use: installed from the bundled demo on first start, read from SQLite after. */
import path from 'node:path';
import type { Catalog, ServiceItem } from '../../contract/catalog.schema.js';
import { InputError, NotFoundError } from '../../contract/errors.js';
import type { CategoryGroup, ItemList, ItemSummary } from '../../contract/types.js';
import type { Logger } from '../../log/logger.js';
import { itemDigest } from '../../district/catalog-signature.js';
import type { CatalogChanges, CatalogMeta, CatalogRepository } from '../../store/catalog.repository.js';
import { isDiskFullError } from '../../store/disk-space.js';
import { buildCategories, itemsInCategory } from './catalog.categories.js';
import { formatProblems, validateCatalogFile } from './catalog.validate.js';

export const DEMO_CATALOG_FILE = path.join('catalog', 'demo-catalog.json');

export function summarize(item: ServiceItem): ItemSummary {
  return {
    id: item.id,
    code: item.code,
    name: item.name,
    itemType: item.itemType,
    handlingType: item.handlingType,
    promisedTimeLimit: item.promisedTimeLimit,
    department: item.department,
    visits: item.visits,
    declarable: item.form !== undefined,
  };
}

/**
 * The items are read from the store at their first use, not at start: the home screen needs only the
 * catalog's meta and the names of its 常办事项 (`name`), so a large catalog does not delay it.
 */
export class CatalogService {
  private loaded = false;
  private items: ServiceItem[] = [];
  private byId = new Map<string, ServiceItem>();
  private categories: CategoryGroup[] = [];
  private readonly listeners = new Set<(items: ServiceItem[]) => void>();

  constructor(
    private readonly repo: CatalogRepository,
    private readonly log: Logger,
  ) {}

  /** Installs a catalog file if the store holds none yet (first start). */
  ensureInstalled(file: string, source: string): void {
    if (this.repo.meta()) return;
    this.installFile(file, source);
  }

  /** Validates a file and replaces the catalog in one transaction; an invalid file changes nothing. */
  installFile(file: string, source: string): CatalogMeta {
    const result = validateCatalogFile(file);
    if (!result.ok) {
      this.log.error({ source, problems: formatProblems(result.problems).slice(0, 20) }, 'catalog rejected');
      throw new InputError(
        'catalog file failed validation',
        'catalog',
        '事项目录文件校验失败，未替换当前目录。',
      );
    }
    return this.install(result.catalog, source);
  }

  /**
   * Replaces the catalog with one already validated (e.g. synced from the district server) in one
   * transaction; `within` runs inside it. Readers keep the old catalog until the swap is complete.
   */
  install(catalog: Catalog, source: string, within?: () => void): CatalogMeta {
    this.repo.replace(catalog, source, new Date(), within);
    this.refresh();
    const meta = this.repo.meta() as CatalogMeta;
    this.log.info({ version: meta.version, items: catalog.items.length, source }, 'catalog installed');
    return meta;
  }

  /**
   * Applies changes already checked and validated (a synced delta, or a full catalog) in one
   * transaction, then updates the items in memory without reading the catalog back: changed items
   * keep their place, new ones follow, removed ones go. Listeners (the search index) then run.
   */
  applyChanges(changes: CatalogChanges, source: string, within?: () => void): CatalogMeta {
    this.load();
    this.repo.apply(changes, source, new Date(), within);
    if (changes.full) {
      this.items = changes.upserts.map((u) => u.item);
    } else {
      const removed = new Set(changes.removed);
      const changed = new Map(changes.upserts.map((u) => [u.item.id, u.item]));
      const next: ServiceItem[] = [];
      for (const item of this.items) {
        if (removed.has(item.id)) continue;
        const update = changed.get(item.id);
        next.push(update ?? item);
        if (update) changed.delete(item.id);
      }
      next.push(...changed.values());
      this.items = next;
    }
    this.index();
    const meta = this.repo.meta() as CatalogMeta;
    this.log.info(
      {
        version: meta.version,
        items: this.items.length,
        changed: changes.upserts.length,
        removed: changes.removed.length,
        source,
      },
      'catalog changes applied',
    );
    return meta;
  }

  /**
   * Every item's digest by id (sha256 of its canonical JSON), from the store; the ones it lacks
   * (rows written before digests were kept) are computed once and stored.
   */
  itemDigests(): Map<string, string> {
    this.load();
    const stored = this.repo.digests();
    const computed = new Map<string, string>();
    const digests = new Map<string, string>();
    for (const [id, digest] of stored) {
      if (digest !== null) {
        digests.set(id, digest);
        continue;
      }
      const item = this.byId.get(id);
      if (!item) continue;
      const fresh = itemDigest(item);
      computed.set(id, fresh);
      digests.set(id, fresh);
    }
    if (computed.size > 0) {
      try {
        this.repo.setDigests(computed);
      } catch (error) {
        // Keeping them only saves the next call the work: a full disk must not stop a search.
        if (!isDiskFullError(error)) throw error;
      }
    }
    return digests;
  }

  meta(): CatalogMeta | undefined {
    return this.repo.meta();
  }

  all(): ServiceItem[] {
    this.load();
    return this.items;
  }

  groups(): CategoryGroup[] {
    this.load();
    return this.categories;
  }

  /** An item's name, read alone while the catalog is not loaded yet; undefined for an unknown id. */
  name(id: string): string | undefined {
    return this.loaded ? this.byId.get(id)?.name : this.repo.itemName(id);
  }

  list(categoryId: string): ItemList {
    this.load();
    const category = this.categories.flatMap((g) => g.categories).find((c) => c.id === categoryId);
    if (!category) throw new NotFoundError('no such category', '没有找到这个分类，请返回重新选择。');
    return { category, items: itemsInCategory(this.items, categoryId).map(summarize) };
  }

  item(id: string): ServiceItem {
    this.load();
    const item = this.byId.get(id);
    if (!item) throw new NotFoundError('no such item', '没有找到这个事项，请返回重新选择。');
    return item;
  }

  onChange(listener: (items: ServiceItem[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private load(): void {
    if (!this.loaded) this.refresh();
  }

  private refresh(): void {
    this.loaded = true;
    this.items = this.repo.items();
    this.index();
  }

  private index(): void {
    this.byId = new Map(this.items.map((item) => [item.id, item]));
    this.categories = buildCategories(this.items);
    for (const l of this.listeners) l(this.items);
  }
}
