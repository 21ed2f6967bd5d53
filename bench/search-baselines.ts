/**
 * The generic baselines the search is measured against, each the "thirty lines" a team would write with a
 * well-known library: Fuse.js fuzzy search over names and 俗称, and MiniSearch (BM25 with prefix and
 * fuzzy terms) over names, 俗称, materials and conditions cut into words by jieba.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { ServiceItem } from '../src-main/contract/catalog.schema.js';
import { jiebaSegmenter } from '../src-main/services/search/jieba.segmenter.js';

export interface IdSearch {
  search(query: string, limit: number): string[];
}

export function fuseBaseline(items: readonly ServiceItem[]): IdSearch {
  const fuse = new Fuse(items, {
    keys: [
      { name: 'name', weight: 2 },
      { name: 'aliases', weight: 1 },
    ],
    ignoreLocation: true,
  });
  return {
    search: (query, limit) => fuse.search(query.trim(), { limit }).map((r) => r.item.id),
  };
}

export function miniSearchBaseline(items: readonly ServiceItem[]): IdSearch {
  const jieba = jiebaSegmenter();
  const tokenize = (text: string): string[] => jieba.cut(text).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const mini = new MiniSearch<{
    id: string;
    name: string;
    aliases: string;
    materials: string;
    conditions: string;
  }>({
    fields: ['name', 'aliases', 'materials', 'conditions'],
    tokenize,
    processTerm: (t) => t.toLowerCase(),
    searchOptions: { boost: { name: 3, aliases: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  });
  mini.addAll(
    items.map((i) => ({
      id: i.id,
      name: i.name,
      aliases: i.aliases.join(' '),
      materials: i.materials.map((m) => m.name).join(' '),
      conditions: i.conditions.join(' '),
    })),
  );
  return {
    search: (query, limit) =>
      mini
        .search(query)
        .slice(0, limit)
        .map((r) => String(r.id)),
  };
}
