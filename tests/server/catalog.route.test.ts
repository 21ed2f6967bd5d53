import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceItem } from '../../src-main/contract/catalog.schema.js';
import { applyCatalogDelta, catalogDigest, checkCatalog } from '../../src-main/district/catalog-signature.js';
import type { DistrictClient } from '../../src-main/district/district.client.js';
import { CursorGoneError, RejectedError } from '../../src-main/district/district.errors.js';
import { catalogPageSchema } from '../../src-main/district/protocol.types.js';
import { generateSigningKeyPair } from '../../src-server/core/signing-key.js';
import { bearer, catalogV1, catalogV2, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

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

  const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id).sort();

  describe('GET /v1/catalog', () => {
    it('answers 404 NO_CATALOG before anything was published', async () => {
      const error = await client.catalogPage().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RejectedError);
      expect((error as RejectedError).status).toBe(404);
      expect((error as RejectedError).serverCode).toBe('NO_CATALOG');
    });

    it('serves the full catalog in pages with a signed manifest the client verifies', async () => {
      const v1 = catalogV1();
      await h.publish(v1);
      const first = await client.catalogPage({ limit: 10 });
      expect(first.full).toBe(true);
      expect(first.items).toHaveLength(10);
      expect(first.nextCursor).not.toBeNull();
      expect(first.manifest).toMatchObject({ version: 1, displayVersion: v1.version, region: v1.region });

      const sync = await client.catalogSync({ limit: 10 });
      expect(sync.full).toBe(true);
      expect(sync.removed).toEqual([]);
      expect(ids(sync.items)).toEqual(ids(v1.items));
      const result = applyCatalogDelta<ServiceItem>([], sync);
      expect(checkCatalog({ ...sync, publicKey, items: result })).toEqual({ ok: true });
      expect(sync.manifest.digest).toBe(catalogDigest(v1.items));
    });

    it('serves a delta since a version: changed and added items, removed ids, paged one by one', async () => {
      const v1 = catalogV1();
      await h.publish(v1);
      const kiosk = applyCatalogDelta<ServiceItem>([], await client.catalogSync());
      const v2 = catalogV2();
      await h.publish(v2.catalog);

      const delta = await client.catalogSync({ since: 1, limit: 1 });
      expect(delta.full).toBe(false);
      expect(delta.since).toBe(1);
      expect(delta.manifest.version).toBe(2);
      expect(ids(delta.items)).toEqual([v2.changed, v2.added].sort());
      expect(delta.removed.sort()).toEqual(v2.removed.sort());
      expect(delta.items.find((i) => i.id === v2.changed)?.aliases).toContain('新俗称');

      const after = applyCatalogDelta(kiosk, delta);
      expect(ids(after)).toEqual(ids(v2.catalog.items));
      expect(checkCatalog({ ...delta, publicKey, items: after })).toEqual({ ok: true });

      // Up to date: an empty delta still carries the current signed manifest.
      const none = await client.catalogSync({ since: 2 });
      expect(none.items).toEqual([]);
      expect(none.removed).toEqual([]);
      expect(checkCatalog({ ...none, publicKey, items: applyCatalogDelta(after, none) })).toEqual({
        ok: true,
      });
    });

    it('lets the kiosk refuse a partial, tampered or foreign-signed catalog', async () => {
      await h.publish(catalogV1());
      const sync = await client.catalogSync();
      const items = applyCatalogDelta<ServiceItem>([], sync);
      expect(checkCatalog({ ...sync, publicKey, items: items.slice(1) })).toEqual({
        ok: false,
        reason: 'DIGEST',
      });
      const tampered = items.map((item, i) => (i === 0 ? { ...item, feeStandard: '收费 100 元' } : item));
      expect(checkCatalog({ ...sync, publicKey, items: tampered })).toEqual({ ok: false, reason: 'DIGEST' });
      const foreign = generateSigningKeyPair().publicPem;
      expect(checkCatalog({ ...sync, publicKey: foreign, items })).toEqual({
        ok: false,
        reason: 'SIGNATURE',
      });
      const forged = { ...sync.manifest, digest: catalogDigest(tampered) };
      expect(checkCatalog({ ...sync, manifest: forged, publicKey, items: tampered })).toEqual({
        ok: false,
        reason: 'SIGNATURE',
      });
    });

    it('answers 410 CURSOR_GONE for an unknown, garbage or superseded cursor and a future since', async () => {
      await h.publish(catalogV1());
      const first = await client.catalogPage({ limit: 5 });
      const cursor = first.nextCursor;
      expect(cursor).not.toBeNull();
      for (const bad of ['garbage!', 'AAAA', Buffer.from('[0,9,"x"]').toString('base64url')]) {
        await expect(client.catalogPage({ cursor: bad })).rejects.toBeInstanceOf(CursorGoneError);
      }
      await expect(client.catalogPage({ since: 2 })).rejects.toBeInstanceOf(CursorGoneError);

      await h.publish(catalogV2().catalog);
      const gone = await h.app.inject({
        method: 'GET',
        url: `/v1/catalog?cursor=${cursor ?? ''}`,
        headers: bearer(token),
      });
      expect(gone.statusCode).toBe(410);
      expect(gone.json()).toEqual({ error: { code: 'CURSOR_GONE', message: expect.any(String) } });
      // The since of an older published version is still known.
      const page = catalogPageSchema.parse(
        (
          await h.app.inject({
            method: 'GET',
            url: '/v1/catalog?since=1',
            headers: bearer(token),
          })
        ).json(),
      );
      expect(page.manifest.version).toBe(2);
    });

    it('answers 400 for a malformed since or limit', async () => {
      await h.publish(catalogV1());
      for (const query of ['since=abc', 'since=-1', 'limit=0', 'limit=501', 'since=1.5']) {
        const error = await client
          .catalogPage(Object.fromEntries(new URLSearchParams(query)) as never)
          .catch((e: unknown) => e);
        expect(error, query).toBeInstanceOf(RejectedError);
        expect((error as RejectedError).status).toBe(400);
        expect((error as RejectedError).serverCode).toBe('INVALID');
      }
    });

    it('serves a whole fleet the same delta from one read, never an older version, never to a revoked device', async () => {
      await h.publish(catalogV1());
      const v2 = catalogV2();
      await h.publish(v2.catalog);
      const other = await h.enroll();
      const reads = vi.spyOn(h.store, 'readCatalogPage');
      const ask = (t: string, url = '/v1/catalog?since=1') =>
        h.app.inject({ method: 'GET', url, headers: bearer(t) });
      const first = await ask(token);
      const second = await ask(other.deviceToken);
      expect(first.statusCode).toBe(200);
      expect(second.statusCode).toBe(200);
      expect(second.body).toBe(first.body);
      expect(reads).toHaveBeenCalledTimes(1);
      expect(catalogPageSchema.parse(first.json()).manifest.version).toBe(2);

      // A new publish: the same question now gets the new version's delta, read afresh.
      const v3 = {
        ...v2.catalog,
        version: '2026.12.02-1',
        publishedAt: '2026-12-02T09:00:00+08:00',
        items: v2.catalog.items.map((item) =>
          item.id === v2.added ? { ...item, aliases: [...item.aliases, '第三版俗称'] } : item,
        ),
      };
      await h.publish(v3);
      const third = catalogPageSchema.parse((await ask(token)).json());
      expect(third.manifest.version).toBe(3);
      expect(third.items.find((i) => i.id === v2.added)?.aliases).toContain('第三版俗称');
      expect(reads).toHaveBeenCalledTimes(2);
      // Another page size is another question: read at the current version.
      const otherLimit = catalogPageSchema.parse((await ask(token, '/v1/catalog?since=1&limit=1')).json());
      expect(otherLimit.manifest.version).toBe(3);

      // Revoked after its page was cached: refused at once.
      await h.store.revokeDevice(other.deviceId, h.clock.now.toISOString());
      const refused = await ask(other.deviceToken);
      expect(refused.statusCode).toBe(401);
      expect(refused.body).not.toContain('第三版俗称');
    });
  });
});
