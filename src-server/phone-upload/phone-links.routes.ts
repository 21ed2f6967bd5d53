/**
 * The kiosk's side of the phone upload (device token):
 * - `POST /v1/phone-links` opens a one-time link for one material of the kiosk's open session;
 * - `GET /v1/phone-links/:linkId?sessionId&after&claimed&wait` answers the link's state and the pages after
 *   `after`, held (long poll, at most PHONE_WAIT_MAX_SECONDS) until something changes;
 * - `GET /v1/phone-links/:linkId/pages/:seq?sessionId` hands one page over;
 * - `POST /v1/phone-links/:linkId/close` closes the link and deletes its pages.
 * A link is found only by the device that opened it, for the session it was opened for, in its hall:
 * anything else is 404, the same answer as a link that never was.
 */
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  PHONE_LINK_MAX_PAGES,
  PHONE_WAIT_MAX_SECONDS,
  phoneLinkIdSchema,
  phoneLinkRequestSchema,
  phoneSessionIdSchema,
  type PhoneArrivalsAnswer,
  type PhoneLinkAnswer,
  type PhoneLinkState,
  type PhonePageAnswer,
} from '../../src-protocol/phone-links.js';
import { bearerToken, sha256Hex } from '../core/tokens.js';
import { authenticate } from '../routes/auth.js';
import { HttpError, parseOrInvalid } from '../routes/http-errors.js';
import { tooManyRequests } from '../routes/rate-limits.js';
import type { DistrictStore } from '../store/district.store.js';
import type { PhoneLinkRow, PhoneLinksStore } from './phone-links.store.js';
import type { PhoneUploadOptions } from './phone-upload.options.js';

export interface PhoneRouteDeps {
  store: DistrictStore;
  links: PhoneLinksStore;
  now: () => Date;
  options: PhoneUploadOptions;
}

const linkParams = z.object({ linkId: phoneLinkIdSchema });
const pageParams = z.object({ linkId: phoneLinkIdSchema, seq: z.coerce.number().int().min(1).max(1000) });
const sessionQuery = z.object({ sessionId: phoneSessionIdSchema });
const arrivalsQuery = z.object({
  sessionId: phoneSessionIdSchema,
  after: z.coerce.number().int().min(0).max(1000).default(0),
  claimed: z.enum(['0', '1']).default('0'),
  wait: z.coerce.number().int().min(0).max(PHONE_WAIT_MAX_SECONDS).default(0),
});

const notFound = (): HttpError => new HttpError(404, 'NOT_FOUND', '没有这个上传链接');

export function linkState(link: PhoneLinkRow, now: Date): PhoneLinkState {
  if (link.closed_at !== null) return 'closed';
  return link.expires_at <= now.toISOString() ? 'expired' : 'open';
}

/** The page's address as phones reach it: the configured public URL, else the kiosk's own view of it. */
function publicBase(request: FastifyRequest, options: PhoneUploadOptions): string {
  if (options.publicUrl) return options.publicUrl.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}

export function registerPhoneLinkRoutes(app: FastifyInstance, deps: PhoneRouteDeps): void {
  const { links, options } = deps;
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });

  /** The device's own link for this session, or 404. */
  const ownLink = async (
    request: FastifyRequest,
    linkId: string,
    sessionId: string,
  ): Promise<PhoneLinkRow> => {
    const device = await authenticate(request, deps.store);
    const link = await links.byId(linkId);
    if (
      !link ||
      link.device_id !== device.id ||
      link.hall_code !== device.hallCode ||
      link.session_id !== sessionId
    )
      throw notFound();
    return link;
  };

  app.post(
    '/v1/phone-links',
    {
      config: {
        rateLimit: {
          max: options.links.max,
          timeWindow: options.links.windowMs,
          keyGenerator: (request: FastifyRequest) => {
            const token = bearerToken(request.headers.authorization);
            return token ? `phone-links:${sha256Hex(token)}` : `phone-links:${request.ip}`;
          },
          errorResponseBuilder: () => tooManyRequests(),
        },
      },
    },
    async (request, reply) => {
      const device = await authenticate(request, deps.store);
      const body = parseOrInvalid(phoneLinkRequestSchema, request.body, '上传链接');
      const now = deps.now();
      await links.sweep(now);
      const token = crypto.randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + options.ttlMs).toISOString();
      const linkId = `pl-${crypto.randomUUID()}`;
      await links.create({
        id: linkId,
        tokenHash: sha256Hex(token),
        deviceId: device.id,
        hallCode: device.hallCode,
        sessionId: body.sessionId,
        materialName: body.materialName,
        createdAt: now.toISOString(),
        expiresAt,
      });
      request.log.info({ deviceId: device.id, hall: device.hallCode, linkId }, 'phone link opened');
      const answer: PhoneLinkAnswer = {
        linkId,
        url: `${publicBase(request, options)}/phone/#${token}`,
        expiresAt,
        maxPages: PHONE_LINK_MAX_PAGES,
      };
      return reply.code(201).send(answer);
    },
  );

  app.get('/v1/phone-links/:linkId', async (request) => {
    const { linkId } = parseOrInvalid(linkParams, request.params, '链接编号');
    const query = parseOrInvalid(arrivalsQuery, request.query, '查询参数');
    let link = await ownLink(request, linkId, query.sessionId);
    const deadline = Date.now() + query.wait * 1000;
    let gone = false;
    request.raw.once('close', () => (gone = true));
    for (;;) {
      const state = linkState(link, deps.now());
      const pages = state === 'open' ? await links.pages(linkId, query.after) : [];
      const claimed = link.upload_key_hash !== null;
      const changed = state !== 'open' || pages.length > 0 || claimed !== (query.claimed === '1');
      if (changed || Date.now() >= deadline || gone || closing) {
        const answer: PhoneArrivalsAnswer = { state, claimed, pages, expiresAt: link.expires_at };
        return answer;
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs));
      link = (await links.byId(linkId)) ?? link;
    }
  });

  app.get('/v1/phone-links/:linkId/pages/:seq', async (request) => {
    const { linkId, seq } = parseOrInvalid(pageParams, request.params, '页码');
    const { sessionId } = parseOrInvalid(sessionQuery, request.query, '查询参数');
    const link = await ownLink(request, linkId, sessionId);
    if (linkState(link, deps.now()) !== 'open')
      throw new HttpError(410, 'LINK_GONE', '这个上传链接已经关闭或过期');
    const page = await links.page(linkId, seq);
    if (!page) throw new HttpError(404, 'NOT_FOUND', '没有这一页');
    const answer: PhonePageAnswer = {
      seq: page.seq,
      width: page.width,
      height: page.height,
      bytes: page.bytes,
      jpeg: page.jpeg.toString('base64'),
      thumbnail: page.thumbnail.toString('base64'),
    };
    return answer;
  });

  app.post('/v1/phone-links/:linkId/close', async (request) => {
    const { linkId } = parseOrInvalid(linkParams, request.params, '链接编号');
    const { sessionId } = parseOrInvalid(sessionQuery, request.body ?? {}, '关闭链接');
    await ownLink(request, linkId, sessionId);
    await links.close(linkId, deps.now().toISOString());
    return { closed: true as const };
  });
}
