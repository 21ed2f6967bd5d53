/**
 * The catalog as this kiosk shows it: without the items the hall admin hid (服务事项). Lists, categories,
 * search, popular items and 自助申报 go through it; a guide opened by its id (a receipt's QR code, a
 * case's item) still opens.
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import { NotFoundError } from '../../contract/errors.js';
import type { SearchHit } from '../../contract/search.types.js';
import type { CategoryGroup, ItemList, ItemSummary } from '../../contract/types.js';
import type { CatalogSearchService } from '../search/catalog-search.service.js';
import { buildCategories, itemsInCategory } from './catalog.categories.js';
import { summarize, type CatalogService } from './catalog.service.js';

export class CatalogView {
  private cacheKey: { items: ServiceItem[]; hidden: readonly string[] } | undefined;
  private visible: ServiceItem[] = [];
  private groupsCache: CategoryGroup[] = [];
  private hiddenSet = new Set<string>();

  constructor(
    private readonly catalog: CatalogService,
    private readonly search: CatalogSearchService,
    private readonly hidden: () => readonly string[],
  ) {}

  items(): ServiceItem[] {
    this.refresh();
    return this.visible;
  }

  /** Whether an item is not hidden by the hall; reads no item (the home screen asks it at start). */
  isVisible(id: string): boolean {
    return !this.hidden().includes(id);
  }

  groups(): CategoryGroup[] {
    this.refresh();
    return this.groupsCache;
  }

  list(categoryId: string): ItemList {
    const category = this.groups()
      .flatMap((g) => g.categories)
      .find((c) => c.id === categoryId);
    if (!category) throw new NotFoundError('no such category', '没有找到这个分类，请返回重新选择。');
    return { category, items: itemsInCategory(this.visible, categoryId).map(summarize) };
  }

  find(query: string, limit = 20): SearchHit[] {
    this.refresh();
    return this.search
      .search(query, limit + this.hiddenSet.size)
      .filter((hit) => !this.hiddenSet.has(hit.id))
      .slice(0, limit);
  }

  popular(limit = 6): ItemSummary[] {
    this.refresh();
    return this.search
      .popular(limit + this.hiddenSet.size)
      .filter((item) => !this.hiddenSet.has(item.id))
      .slice(0, limit);
  }

  declarable(): ItemSummary[] {
    return this.items()
      .filter((i) => i.form !== undefined)
      .map(summarize);
  }

  private refresh(): void {
    const items = this.catalog.all();
    const hidden = this.hidden();
    if (this.cacheKey?.items === items && this.cacheKey.hidden === hidden) return;
    this.cacheKey = { items, hidden };
    this.hiddenSet = new Set(hidden);
    this.visible = items.filter((i) => !this.hiddenSet.has(i.id));
    this.groupsCache = buildCategories(this.visible);
  }
}
