/**
 * Publishing a catalog file as the next version: validate with the shared schema, compute the delta
 * against the current version (added / changed / removed item ids), sign the manifest and store it
 * all in one transaction.
 */
import { catalogSchema } from '../../src-protocol/catalog.schema.js';
import crypto from 'node:crypto';
import {
  canonicalJson,
  catalogDigest,
  itemListDigest,
  signItemsManifest,
  signManifest,
} from '../../src-protocol/catalog-signature.js';
import type { CatalogManifest } from '../../src-protocol/index.js';
import type { CatalogItemRow, DistrictStore } from '../store/district.store.js';
import { loadSigningKey } from './signing-key.js';

export interface CatalogProblem {
  /** Dotted path, e.g. "items.3.materials.0.form". */
  field: string;
  /** The item's name when the problem is inside an item. */
  itemName?: string;
  message: string;
}

export type PublishResult =
  | { ok: false; problems: CatalogProblem[] }
  | { ok: true; manifest: CatalogManifest; added: number; changed: number; removed: number };

export function catalogProblems(data: unknown): CatalogProblem[] {
  const parsed = catalogSchema.safeParse(data);
  if (parsed.success) return [];
  const items = (data as { items?: unknown } | null)?.items;
  return parsed.error.issues.map((issue) => {
    const [head, index] = issue.path;
    const raw =
      head === 'items' && typeof index === 'number' && Array.isArray(items)
        ? (items[index] as { name?: unknown } | undefined)
        : undefined;
    return {
      field: issue.path.map(String).join('.') || '(catalog)',
      ...(typeof raw?.name === 'string' ? { itemName: raw.name } : {}),
      message: issue.message,
    };
  });
}

export async function publishCatalog(store: DistrictStore, data: unknown, now: Date): Promise<PublishResult> {
  const parsed = catalogSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: catalogProblems(data) };
  const catalog = parsed.data;

  const current = await store.currentCatalog();
  if (current && current.manifest.displayVersion === catalog.version)
    return {
      ok: false,
      problems: [{ field: 'version', message: `版本号 ${catalog.version} 已发布过，请改用新的版本号` }],
    };

  const before = new Map((await store.liveCatalogItems()).map((row) => [row.id, row.body]));
  const added: CatalogItemRow[] = [];
  const changed: CatalogItemRow[] = [];
  const digests: Array<[string, string]> = [];
  for (const item of catalog.items) {
    const body = canonicalJson(item);
    digests.push([item.id, crypto.createHash('sha256').update(body, 'utf8').digest('hex')]);
    const old = before.get(item.id);
    if (old === undefined) added.push({ id: item.id, body });
    else if (old !== body) changed.push({ id: item.id, body });
    before.delete(item.id);
  }
  const removed = [...before.keys()];

  const manifest: CatalogManifest & { itemsDigest: string } = {
    version: (current?.manifest.version ?? 0) + 1,
    displayVersion: catalog.version,
    publishedAt: catalog.publishedAt,
    region: catalog.region,
    digest: catalogDigest(catalog.items),
    itemsDigest: itemListDigest(digests),
  };
  const key = await loadSigningKey(store, now);
  await store.publishCatalog({
    manifest,
    signature: signManifest(manifest, key.privatePem),
    itemsSignature: signItemsManifest(manifest, key.privatePem),
    added,
    changed,
    removed,
    itemCount: catalog.items.length,
    createdAt: now.toISOString(),
  });
  return { ok: true, manifest, added: added.length, changed: changed.length, removed: removed.length };
}
