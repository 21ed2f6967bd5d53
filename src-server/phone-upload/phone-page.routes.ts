/**
 * The phone's side of the phone upload (no device token: the link's token is the capability):
 * - `POST /v1/phone/claim { token, uploadKey? }`: the page opens its link. The first phone takes it and gets
 *   an upload key; the same phone (showing its key) may open it again, any other phone is refused;
 * - `POST /v1/phone/pages` (headers `x-phone-token`, `x-upload-key`; body the photo, `image/jpeg` or
 *   `image/png`): one photo, checked, upright, scaled and re-encoded without metadata (phone-image.ts);
 *   503 RATE_LIMITED (Retry-After 1) when the server already has as many photos in work as it takes.
 * Unknown tokens get 404, closed or expired links 410 LINK_GONE, each with a Chinese sentence the page
 * shows as it is. The token travels in the body or a header, never in a URL the log keeps.
 */
import crypto from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  PHONE_LINK_MAX_PAGES,
  PHONE_PHOTO_MAX_BYTES,
  phoneTokenSchema,
  type PhoneClaimAnswer,
  type PhoneUploadAnswer,
} from '../../src-protocol/phone-links.js';
import { sha256Hex } from '../core/tokens.js';
import { HttpError, parseOrInvalid } from '../routes/http-errors.js';
import { tooManyRequests } from '../routes/rate-limits.js';
import { BadImageError, normalizePhonePhoto, PhotosBusyError } from './phone-image.js';
import { linkState, type PhoneRouteDeps } from './phone-links.routes.js';
import type { PhoneLinkRow } from './phone-links.store.js';

const claimBody = z.object({ token: phoneTokenSchema, uploadKey: z.string().max(64).optional() }).strict();

const UNKNOWN = '这个上传链接无效。请在自助终端上点“从手机上传”，再扫一次屏幕上的二维码。';
const CLOSED = '这个上传链接已经关闭，不能再上传。如还要上传，请在自助终端上重新点“从手机上传”。';
const EXPIRED = '这个上传链接已过期（有效 10 分钟）。请在自助终端上重新点“从手机上传”，再扫码。';
const CLAIMED =
  '这个上传链接已经在另一部手机上打开。请在自助终端上重新点“从手机上传”，用您的手机扫新的二维码。';
const FULL = `这份材料已经上传了 ${PHONE_LINK_MAX_PAGES} 页，不能再加了。`;
const TOO_LARGE = `照片太大（超过 ${PHONE_PHOTO_MAX_BYTES / 1024 / 1024} MB），请用手机相机的普通模式重新拍。`;
const NOT_IMAGE = '只能上传 JPEG 或 PNG 格式的照片。请用手机相机直接拍照，或从相册选择照片。';
const BUSY = '服务器正忙，请稍后再传这张照片。';

async function openLink(deps: PhoneRouteDeps, token: string): Promise<PhoneLinkRow> {
  const link = await deps.links.byToken(sha256Hex(token));
  if (!link) throw new HttpError(404, 'NOT_FOUND', UNKNOWN);
  const state = linkState(link, deps.now());
  if (state === 'closed') throw new HttpError(410, 'LINK_GONE', CLOSED);
  if (state === 'expired') throw new HttpError(410, 'LINK_GONE', EXPIRED);
  return link;
}

const keyMatches = (link: PhoneLinkRow, key: string | undefined): boolean =>
  key !== undefined && link.upload_key_hash !== null && sha256Hex(key) === link.upload_key_hash;

export function registerPhonePageRoutes(app: FastifyInstance, deps: PhoneRouteDeps): void {
  const { options } = deps;
  const perAddress = (prefix: string, limit: { max: number; windowMs: number }): object => ({
    rateLimit: {
      max: limit.max,
      timeWindow: limit.windowMs,
      keyGenerator: (request: FastifyRequest) => `${prefix}:${request.ip}`,
      errorResponseBuilder: () => tooManyRequests(),
    },
  });

  app.post('/v1/phone/claim', { config: perAddress('phone-claim', options.claims) }, async (request) => {
    const body = parseOrInvalid(claimBody, request.body, '上传链接');
    const link = await openLink(deps, body.token);
    let uploadKey = body.uploadKey;
    if (!keyMatches(link, uploadKey)) {
      uploadKey = crypto.randomBytes(24).toString('base64url');
      if (!(await deps.links.claim(link.id, sha256Hex(uploadKey))))
        throw new HttpError(409, 'LINK_CLAIMED', CLAIMED);
      request.log.info({ linkId: link.id }, 'phone link claimed');
    }
    const hall = await deps.store.getHall(link.hall_code);
    const answer: PhoneClaimAnswer = {
      uploadKey: uploadKey ?? '',
      materialName: link.material_name,
      hallName: hall?.name ?? '',
      expiresAt: link.expires_at,
      pageCount: Number(link.page_count),
      maxPages: PHONE_LINK_MAX_PAGES,
      maxBytes: PHONE_PHOTO_MAX_BYTES,
    };
    return answer;
  });

  // Photos arrive as raw bytes; only this scope parses image bodies, with its own size limit.
  void app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      /^image\/[a-z0-9.+-]+$/i,
      { parseAs: 'buffer', bodyLimit: PHONE_PHOTO_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: FastifyError | HttpError, _request, reply) => {
      if (error instanceof HttpError) return reply.code(error.status).send(error.toAnswer());
      if (error.statusCode === 413)
        return reply.code(413).send(new HttpError(413, 'PAYLOAD_TOO_LARGE', TOO_LARGE).toAnswer());
      if (error.statusCode === 415)
        return reply.code(415).send(new HttpError(415, 'BAD_IMAGE', NOT_IMAGE).toAnswer());
      throw error;
    });
    scope.post(
      '/v1/phone/pages',
      { config: perAddress('phone-upload', options.uploads) },
      async (request, reply) => {
        const token = phoneTokenSchema.safeParse(request.headers['x-phone-token']);
        if (!token.success) throw new HttpError(404, 'NOT_FOUND', UNKNOWN);
        const link = await openLink(deps, token.data);
        const key = request.headers['x-upload-key'];
        if (!keyMatches(link, typeof key === 'string' ? key : undefined))
          throw new HttpError(409, 'LINK_CLAIMED', CLAIMED);
        if (!Buffer.isBuffer(request.body)) throw new HttpError(415, 'BAD_IMAGE', NOT_IMAGE);
        if (Number(link.page_count) >= PHONE_LINK_MAX_PAGES) throw new HttpError(409, 'FULL', FULL);
        let page;
        try {
          page = await normalizePhonePhoto(request.body);
        } catch (error) {
          if (error instanceof BadImageError) {
            request.log.warn({ linkId: link.id, reason: error.message }, 'phone photo refused');
            throw new HttpError(415, 'BAD_IMAGE', error.userMessage);
          }
          if (error instanceof PhotosBusyError) {
            request.log.warn({ linkId: link.id }, 'phone photo refused: photos busy');
            void reply.header('retry-after', '1');
            throw new HttpError(503, 'RATE_LIMITED', BUSY);
          }
          throw error;
        }
        const seq = await deps.links.addPage(link.id, page, PHONE_LINK_MAX_PAGES, deps.now().toISOString());
        if (seq === null) {
          // Closed, expired or filled while the photo was being encoded: say which.
          await openLink(deps, token.data);
          throw new HttpError(409, 'FULL', FULL);
        }
        request.log.info({ linkId: link.id, seq, bytes: page.jpeg.length }, 'phone page uploaded');
        const answer: PhoneUploadAnswer = { seq, pageCount: seq, maxPages: PHONE_LINK_MAX_PAGES };
        return reply.code(201).send(answer);
      },
    );
    done();
  });
}
