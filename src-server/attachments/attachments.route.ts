/**
 * Material pages of a declaration (protocol.md, "Attachments"), for the device's own hall only:
 * - `GET /v1/cases/:caseNumber/attachments`: every announced page with its progress, and whether the
 *   case is complete (all pages arrived);
 * - `PUT /v1/cases/:caseNumber/attachments/:pageNo?offset=N`: one chunk (application/octet-stream,
 *   ≤ 128 KiB) with the page's sha256 in `X-Page-Sha256`. Idempotent and resumable: a complete page
 *   answers 200 and stores nothing; a wrong offset answers 409 with the bytes stored so far.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { caseNumberSchema } from '../../src-protocol/index.js';
import { authenticate } from '../routes/auth.js';
import { HttpError, parseOrInvalid } from '../routes/http-errors.js';
import type { RouteDeps } from '../routes/route-deps.js';
import { ATTACHMENT_LIMITS, judgeChunk, type ManifestPage } from './attachment-rules.js';
import type { AttachmentStore, CaseAttachments } from './attachment.store.js';

const paramsSchema = z.object({
  caseNumber: caseNumberSchema,
  pageNo: z.coerce.number().int().min(1).max(99),
});
const caseParamsSchema = z.object({ caseNumber: caseNumberSchema });
const querySchema = z.object({ offset: z.coerce.number().int().min(0) });
const NOT_FOUND = '没有找到这件申报或这一页材料';

function checkManifest(manifest: ManifestPage[]): void {
  if (manifest.length > ATTACHMENT_LIMITS.pagesPerCase)
    throw new HttpError(
      413,
      'PAYLOAD_TOO_LARGE',
      `每件申报最多 ${ATTACHMENT_LIMITS.pagesPerCase} 页材料`,
      'attachments',
    );
}

export function registerAttachmentsRoute(
  app: FastifyInstance,
  deps: RouteDeps,
  store: AttachmentStore,
): void {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: ATTACHMENT_LIMITS.chunkBytes },
    (_request, body, done) => done(null, body),
  );

  /** The case of the asking device's hall, or 404 (another hall's case looks like none). */
  const caseOf = async (hallCode: string, caseNumber: string): Promise<CaseAttachments> => {
    const found = await store.caseAttachments(caseNumber).catch(() => null);
    if (!found || found.hallCode !== hallCode) throw new HttpError(404, 'NOT_FOUND', NOT_FOUND);
    return found;
  };

  app.get('/v1/cases/:caseNumber/attachments', async (request) => {
    const device = await authenticate(request, deps.store);
    const { caseNumber } = parseOrInvalid(caseParamsSchema, request.params, '受理编号');
    const found = await caseOf(device.hallCode, caseNumber);
    const stored = new Map((await store.pages(caseNumber)).map((p) => [p.pageNo, p]));
    const pages = found.manifest.map((m) => {
      const s = stored.get(m.pageNo);
      return {
        pageNo: m.pageNo,
        size: m.size,
        received: s?.received ?? 0,
        complete: Boolean(s?.completedAt),
      };
    });
    return { caseNumber, expected: pages.length, complete: pages.every((p) => p.complete), pages };
  });

  app.put('/v1/cases/:caseNumber/attachments/:pageNo', async (request, reply) => {
    const device = await authenticate(request, deps.store);
    const { caseNumber, pageNo } = parseOrInvalid(paramsSchema, request.params, '材料页');
    const { offset } = parseOrInvalid(querySchema, request.query, '续传位置');
    if (!Buffer.isBuffer(request.body)) throw new HttpError(400, 'INVALID', '材料页应以二进制上传', 'body');
    const chunk = request.body;
    const found = await caseOf(device.hallCode, caseNumber);
    checkManifest(found.manifest);
    const page = found.manifest.find((m) => m.pageNo === pageNo);
    if (!page) throw new HttpError(404, 'NOT_FOUND', NOT_FOUND);
    if (request.headers['x-page-sha256'] !== page.sha256)
      throw new HttpError(400, 'INVALID', '材料页的校验值与申报不符', 'x-page-sha256');
    const stored = (await store.pages(caseNumber)).find((p) => p.pageNo === pageNo);
    const verdict = judgeChunk(
      { size: page.size, received: stored?.received ?? 0, complete: Boolean(stored?.completedAt) },
      offset,
      chunk.length,
    );
    switch (verdict.kind) {
      case 'repeat':
        return { pageNo, received: page.size, complete: true };
      case 'too-large':
        throw new HttpError(
          413,
          'PAYLOAD_TOO_LARGE',
          `材料每页不能超过 ${ATTACHMENT_LIMITS.pageBytes / 1024} KB，每次最多上传 ${ATTACHMENT_LIMITS.chunkBytes / 1024} KB`,
          'body',
        );
      case 'offset':
        return reply.code(409).send({
          error: { code: 'INVALID', message: '续传位置不对，请从已收到的位置继续', field: 'offset' },
          received: verdict.received,
        });
      case 'hash-mismatch':
      case 'append': {
        const after = await store.append({ ...page, caseNumber }, offset, chunk, deps.now().toISOString());
        if (after.hashMismatch)
          throw new HttpError(422, 'INVALID', '材料页内容与校验值不符，请重新上传这一页', 'body');
        if (after.completedAt) request.log.info({ caseNumber, pageNo }, 'attachment page complete');
        return { pageNo, received: after.received, complete: Boolean(after.completedAt) };
      }
    }
  });
}
