/**
 * The item-digest manifest on the wire: the new server signs both manifests, so a kiosk that only knows
 * the whole-catalog digest keeps working, a new kiosk checks a delta by item digests, and a version
 * published before the server made item digests is served (and synced) without them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ServiceItem } from '../../src-main/contract/catalog.schema.js';
import {
  applyCatalogDelta,
  checkCatalog,
  itemDigest,
  itemListDigest,
  verifyItemsManifest,
} from '../../src-main/district/catalog-signature.js';
import type { DistrictClient } from '../../src-main/district/district.client.js';
import { catalogManifestSchema, catalogPageSchema } from '../../src-main/district/protocol.types.js';
import { bearer, catalogV1, catalogV2, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

/** The page as a kiosk that predates item digests parses it: unknown fields are dropped. */
const oldPageSchema = catalogPageSchema.omit({ itemsSignature: true }).extend({
  manifest: catalogManifestSchema.omit({ itemsDigest: true }),
});

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let client: DistrictClient;
  let publicKey: string;
  let token: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    const answer = await h.enroll();
    token = answer.deviceToken;
    client = h.client(token);
    publicKey = answer.catalogPublicKey;
  });
  afterEach(() => h.close());

  async function oldKioskPages(since: number): Promise<z.infer<typeof oldPageSchema>[]> {
    const pages: z.infer<typeof oldPageSchema>[] = [];
    let url = `/v1/catalog?since=${since}&limit=20`;
    for (;;) {
      const res = await h.app.inject({ method: 'GET', url, headers: bearer(token) });
      expect(res.statusCode).toBe(200);
      const page = oldPageSchema.parse(JSON.parse(res.body));
      expect(page.manifest).not.toHaveProperty('itemsDigest');
      pages.push(page);
      if (page.nextCursor === null) return pages;
      url = `/v1/catalog?cursor=${encodeURIComponent(page.nextCursor)}&limit=20`;
    }
  }

  it('a kiosk that predates item digests still verifies full and delta catalogs from the new server', async () => {
    await h.publish(catalogV1());
    const fullPages = await oldKioskPages(0);
    let items: ServiceItem[] = [];
    for (const page of fullPages) items = applyCatalogDelta(items, { ...page, full: false });
    const [head] = fullPages;
    expect(checkCatalog({ manifest: head!.manifest, signature: head!.signature, publicKey, items })).toEqual({
      ok: true,
    });

    const v2 = catalogV2();
    await h.publish(v2.catalog);
    const deltaPages = await oldKioskPages(1);
    for (const page of deltaPages) items = applyCatalogDelta(items, page);
    const [last] = deltaPages;
    expect(last!.manifest.version).toBe(2);
    expect(checkCatalog({ manifest: last!.manifest, signature: last!.signature, publicKey, items })).toEqual({
      ok: true,
    });
  });

  it('signs the item-digest manifest: a digest over the sorted (id, itemDigest) pairs', async () => {
    const v1 = catalogV1();
    await h.publish(v1);
    const v2 = catalogV2();
    await h.publish(v2.catalog);
    const delta = await client.catalogSync({ since: 1 });
    expect(delta.itemsSignature).toBeDefined();
    expect(verifyItemsManifest(delta.manifest, delta.itemsSignature!, publicKey)).toBe(true);
    expect(delta.manifest.itemsDigest).toBe(
      itemListDigest(v2.catalog.items.map((i) => [i.id, itemDigest(i)])),
    );
    // Any change to a signed field breaks it.
    expect(
      verifyItemsManifest({ ...delta.manifest, displayVersion: 'x' }, delta.itemsSignature!, publicKey),
    ).toBe(false);
    expect(verifyItemsManifest(delta.manifest, delta.signature, publicKey)).toBe(false);
  });

  it('a version published before item digests is served without them, with its whole-catalog signature', async () => {
    await h.publish(catalogV1());
    const cleared = await h.rows<{ version: number }>(
      'UPDATE catalog_versions SET items_digest = NULL, items_signature = NULL RETURNING version',
    );
    expect(cleared).toHaveLength(1);
    const sync = await client.catalogSync();
    expect(sync.manifest.itemsDigest).toBeUndefined();
    expect(sync.itemsSignature).toBeUndefined();
    expect(checkCatalog({ ...sync, publicKey, items: applyCatalogDelta([], sync) })).toEqual({ ok: true });
  });
});
