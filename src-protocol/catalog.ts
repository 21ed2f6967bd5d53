/**
 * GET /v1/catalog: signed catalog versions, full or as deltas, page by page. Pure: zod only.
 */
import { z } from 'zod';
import { serviceItemSchema } from './catalog.schema.js';
import { isoTime } from './common.js';

/** Default and largest page size of `GET /v1/catalog`. */
export const CATALOG_PAGE_DEFAULT = 100;
export const CATALOG_PAGE_MAX = 500;

/** What the server signs for each catalog version (see catalog-signature.ts). */
export const catalogManifestSchema = z.object({
  /** Increasing integer, 1 for the first published catalog. */
  version: z.number().int().min(1),
  /** The catalog file's own version string, e.g. "2026.11.25-1", for display. */
  displayVersion: z.string(),
  publishedAt: isoTime,
  region: z.string(),
  /** sha256 hex of canonicalJson(all items at `version`, sorted by id). */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * Item-digest format (absent from servers that predate it): sha256 hex of canonicalJson of the
   * `[id, itemDigest]` pairs of all items, sorted by id, where itemDigest = sha256 hex of the item's
   * canonical JSON. Signed by the page's `itemsSignature`; lets a kiosk check a delta in O(changed).
   */
  itemsDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type CatalogManifest = z.infer<typeof catalogManifestSchema>;

export interface CatalogPageQuery {
  /** The catalog version the kiosk has; absent or 0 asks for the full catalog. */
  since?: number;
  /** `nextCursor` of the previous page; when present, `since` is ignored. */
  cursor?: string;
  /** Items per page, 1…500 (default 100). */
  limit?: number;
}

export const catalogPageSchema = z.object({
  manifest: catalogManifestSchema,
  /** Ed25519 signature (base64) of canonicalJson(manifest). */
  signature: z.string().min(1),
  /** With `manifest.itemsDigest`: Ed25519 signature (base64) of the item-digest manifest. */
  itemsSignature: z.string().min(1).optional(),
  /** true: the pages together are the complete catalog (replace everything); false: a delta. */
  full: z.boolean(),
  /** The version this delta starts from (0 for a full catalog). */
  since: z.number().int().min(0),
  /** Items added or changed after `since` (all items when `full`), in id order. */
  items: z.array(serviceItemSchema),
  /** Ids of items removed after `since` (never on a full catalog); unknown ids can be ignored. */
  removed: z.array(z.string()),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type CatalogPage = z.infer<typeof catalogPageSchema>;
