/**
 * The search as the kiosk, the CLI and the bench build it: jieba for the words, the thesaurus and stop
 * words from the catalog resources folder (Node); read back from its snapshot file when one of this
 * catalog is there, else built (and its snapshot written).
 */
import type { ServiceItem } from '../../contract/catalog.schema.js';
import { jiebaSegmenter } from './jieba.segmenter.js';
import { loadLexicon } from './search-lexicon.load.js';
import { readSnapshotFile, writeSnapshotFile, type SnapshotRead } from './search-snapshot.file.js';
import {
  createSearchIndex,
  restoreSearchIndex,
  type CatalogSearchIndex,
  type SearchOptions,
} from './search.service.js';

function kioskOptions(popularity?: (id: string) => number): SearchOptions {
  return { segmenter: jiebaSegmenter(), lexicon: loadLexicon(), ...(popularity ? { popularity } : {}) };
}

export function createKioskSearchIndex(
  items: readonly ServiceItem[],
  popularity?: (id: string) => number,
): CatalogSearchIndex {
  return createSearchIndex(items, kioskOptions(popularity));
}

export interface OpenedSearch {
  index: CatalogSearchIndex;
  /** Where the index came from; why a snapshot was not used. */
  source: 'snapshot' | 'built';
  reason?: Exclude<SnapshotRead, { ok: true }>['reason'] | 'other-items';
}

/** The index of `items` read back from `file` when it holds a snapshot under `key`, else undefined. */
export function restoreKioskSearchIndex(
  items: readonly ServiceItem[],
  file: string,
  key: string,
  popularity?: (id: string) => number,
): OpenedSearch | { index?: undefined; reason: OpenedSearch['reason'] } {
  const read = readSnapshotFile(file, key);
  if (!read.ok) return { reason: read.reason };
  const index = restoreSearchIndex(items, read.snapshot, kioskOptions(popularity));
  return index === undefined ? { reason: 'other-items' } : { index, source: 'snapshot' };
}

/**
 * The index of `items`: from its snapshot in `file` (under `key`) when there is one, else built, and its
 * snapshot then written (a failed write only costs the next start a build: it is reported, not thrown).
 */
export function openKioskSearchIndex(
  items: readonly ServiceItem[],
  file: string,
  key: string,
  options: { popularity?: (id: string) => number; onWriteError?: (error: unknown) => void } = {},
): OpenedSearch {
  const restored = restoreKioskSearchIndex(items, file, key, options.popularity);
  if (restored.index !== undefined) return restored;
  const index = createKioskSearchIndex(items, options.popularity);
  saveKioskSearchIndex(index, file, key, options.onWriteError);
  return { index, source: 'built', ...(restored.reason ? { reason: restored.reason } : {}) };
}

/** Writes the index's snapshot under `key`; a failure goes to `onError` (or is dropped). */
export function saveKioskSearchIndex(
  index: CatalogSearchIndex,
  file: string,
  key: string,
  onError?: (error: unknown) => void,
): void {
  const snapshot = index.snapshot(key);
  if (snapshot === undefined) return;
  try {
    writeSnapshotFile(file, snapshot);
  } catch (error) {
    onError?.(error);
  }
}
