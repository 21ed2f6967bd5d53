/**
 * The search as the kiosk, the CLI and the bench build it: jieba for the words, the thesaurus and stop
 * words from the catalog resources folder (Node).
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import { jiebaSegmenter } from './jieba.segmenter.js';
import { loadLexicon } from './search-lexicon.load.js';
import { createSearchIndex, type CatalogSearchIndex } from './search.service.js';

export function createKioskSearchIndex(
  items: readonly ServiceItem[],
  popularity?: (id: string) => number,
): CatalogSearchIndex {
  return createSearchIndex(items, {
    segmenter: jiebaSegmenter(),
    lexicon: loadLexicon(),
    ...(popularity ? { popularity } : {}),
  });
}
