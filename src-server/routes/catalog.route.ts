/**
 * `GET /v1/catalog?since=&cursor=&limit=`: the full catalog (since absent or 0) or the delta since a
 * version, paged in id order, each page carrying the current version's signed manifest. A since or
 * cursor the server does not know (or newer than current, or issued for an older version) → 410.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CATALOG_PAGE_DEFAULT, CATALOG_PAGE_MAX, type CatalogPage } from '../../src-protocol/index.js';
import { decodeCursor, encodeCursor } from '../core/catalog-cursor.js';
import { requestTokenHash } from './auth.js';
import { CatalogPageCache } from './catalog-page-cache.js';
import { HttpError, parseOrInvalid, unauthorized } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';

const querySchema = z.object({
  since: z.coerce.number().int().min(0).optional(),
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(CATALOG_PAGE_MAX).optional(),
});

const gone = (): HttpError => new HttpError(410, 'CURSOR_GONE', '目录版本已失效，请重新完整同步');

export function registerCatalogRoute(app: FastifyInstance, deps: RouteDeps): void {
  const cache = new CatalogPageCache();
  app.get('/v1/catalog', async (request, reply) => {
    const tokenHash = requestTokenHash(request);
    if (!tokenHash) throw unauthorized();
    // The device check and the current version in one read: enough to answer a page already cached.
    const { device, catalogVersion } = await deps.store.deviceWithCatalogVersion(tokenHash);
    if (!device || device.revoked) throw unauthorized();
    const query = parseOrInvalid(querySchema, request.query, '查询参数');
    const limit = query.limit ?? CATALOG_PAGE_DEFAULT;
    let since = query.since ?? 0;
    let afterId = '';
    let expectVersion: number | undefined;
    if (query.cursor !== undefined) {
      const cursor = decodeCursor(query.cursor);
      if (!cursor) throw gone();
      ({ since, afterId } = cursor);
      expectVersion = cursor.version;
    }
    const json = (body: string) => reply.type('application/json; charset=utf-8').send(body);
    if (expectVersion !== undefined && expectVersion !== catalogVersion) throw gone();
    const cached = cache.get({ version: catalogVersion, since, afterId, limit });
    if (cached !== undefined) return json(cached);
    const read = await deps.store.readCatalogPage({
      since,
      afterId,
      limit: limit + 1,
      ...(expectVersion !== undefined ? { expectVersion } : {}),
    });
    if (read.kind === 'none') throw new HttpError(404, 'NO_CATALOG', '区里还没有发布事项目录');
    if (read.kind === 'gone') throw gone();
    const rows = read.rows.slice(0, limit);
    const last = rows.at(-1);
    const page: Omit<CatalogPage, 'items'> = {
      manifest: read.current.manifest,
      signature: read.current.signature,
      ...(read.current.itemsSignature !== undefined ? { itemsSignature: read.current.itemsSignature } : {}),
      full: since === 0,
      since,
      removed: rows.flatMap((row) => (row.body === null ? [row.id] : [])),
      nextCursor:
        read.rows.length > limit && last
          ? encodeCursor({ since, version: read.current.manifest.version, afterId: last.id })
          : null,
    };
    // The stored bodies are already the items' canonical JSON: they go out as they are, unparsed.
    const items = rows.flatMap((row) => (row.body === null ? [] : [row.body])).join(',');
    const head = JSON.stringify(page);
    const body = `${head.slice(0, -1)},"items":[${items}]}`;
    cache.set({ version: read.current.manifest.version, since, afterId, limit }, body);
    return json(body);
  });
}
