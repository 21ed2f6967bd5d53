/**
 * A case's material pages in the console (the pages a kiosk uploaded with the declaration):
 * - `GET /console/api/cases/:number/pages`: the announced pages, which arrived, how many are missing;
 * - `GET /console/api/cases/:number/pages/:pageNo[?size=thumb]`: one complete page as an image (a
 *   240-pixel-wide thumbnail with `size=thumb`).
 * Only for staff of the case's hall (district: every hall); another hall's case answers 404 like a missing
 * one. Every image served is a view of personal data: audited, `Cache-Control: no-store`, and nothing of
 * it reaches a log line.
 */
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { z } from 'zod';
import { caseNumberSchema } from '../../src-protocol/index.js';
import type { AttachmentStore } from '../attachments/attachment.store.js';
import { HttpError, parseOrInvalid } from '../routes/http-errors.js';
import { AuditLog } from './audit.js';
import type { CasePagesAnswer } from './console-api.types.js';
import { requireStaff } from './console-http.js';
import type { StoreSql } from '../store/store-sql.js';
import { hallScope, type StaffService } from './staff.service.js';

export interface CasePagesDeps {
  sql: StoreSql;
  staff: StaffService;
  attachments: AttachmentStore;
  now: () => Date;
}

const caseParams = z.object({ number: caseNumberSchema });
const pageParams = z.object({
  number: caseNumberSchema,
  pageNo: z.coerce.number({ message: '页码应为数字' }).int().min(1).max(99),
});
const pageQuery = z.strictObject(
  { size: z.enum(['thumb', 'full']).optional() },
  { message: '查询条件不认识' },
);
const NOT_FOUND = '没有这个办件，或不属于本服务中心';
export const THUMB_WIDTH = 240;

/** The image type of a page's bytes (kiosks send JPEG; PNG is accepted for display), or null. */
function imageType(bytes: Buffer): 'image/jpeg' | 'image/png' | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  return null;
}

export function registerCasePagesApi(app: FastifyInstance, deps: CasePagesDeps): void {
  const audit = new AuditLog(deps.sql, deps.now);

  /** The case's attachments when the user may see the case; 404 otherwise. */
  const caseFor = async (hall: string | null, number: string) => {
    const found = await deps.attachments.caseAttachments(number).catch(() => null);
    if (!found || (hall !== null && found.hallCode !== hall))
      throw new HttpError(404, 'NOT_FOUND', NOT_FOUND);
    return found;
  };

  app.get('/console/api/cases/:number/pages', async (request) => {
    const session = await requireStaff(request, deps.staff);
    const { number } = parseOrInvalid(caseParams, request.params, '受理编号');
    const found = await caseFor(hallScope(session.user), number);
    const stored = new Map((await deps.attachments.pages(number)).map((p) => [p.pageNo, p]));
    const pages = found.manifest.map((m) => ({
      pageNo: m.pageNo,
      materialName: m.materialName,
      size: m.size,
      arrived: stored.get(m.pageNo)?.completedAt != null,
    }));
    const arrived = pages.filter((p) => p.arrived).length;
    const answer: CasePagesAnswer = {
      caseNumber: number,
      announced: pages.length,
      arrived,
      missing: pages.length - arrived,
      pages,
    };
    return answer;
  });

  app.get('/console/api/cases/:number/pages/:pageNo', async (request, reply) => {
    const session = await requireStaff(request, deps.staff);
    const { number, pageNo } = parseOrInvalid(pageParams, request.params, '材料页');
    const { size } = parseOrInvalid(pageQuery, request.query, '查询条件');
    const found = await caseFor(hallScope(session.user), number);
    if (!found.manifest.some((m) => m.pageNo === pageNo))
      throw new HttpError(404, 'NOT_FOUND', '这件申报没有这一页材料');
    const bytes = await deps.attachments.pageBytes(number, pageNo);
    if (!bytes) throw new HttpError(404, 'NOT_FOUND', '这一页材料还没有传到服务器');
    const type = imageType(bytes);
    if (!type) throw new HttpError(422, 'INVALID', '这一页材料不是图片，无法显示');
    let body: Buffer = bytes;
    let bodyType: string = type;
    if (size === 'thumb') {
      try {
        body = await sharp(bytes)
          .rotate()
          .resize({ width: THUMB_WIDTH, withoutEnlargement: true })
          .jpeg({ quality: 70 })
          .toBuffer();
        bodyType = 'image/jpeg';
      } catch {
        throw new HttpError(422, 'INVALID', '这一页材料的图片已损坏，无法显示');
      }
    }
    await audit.record(session.user, {
      action: 'case.pages',
      target: `${number} 第 ${pageNo} 页`,
      hallCode: found.hallCode,
      ...(size === 'thumb' ? { detail: '缩略图' } : { detail: '大图' }),
    });
    return reply
      .header('content-type', bodyType)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'inline')
      .send(body);
  });
}
