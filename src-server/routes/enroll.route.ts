/**
 * `POST /v1/enroll`: one-time code → device id, token (stored hashed), hall identity, catalog key. Tries are
 * limited per address (rate-limits.ts), and every refusal is logged with the address, never the code.
 */
import type { FastifyInstance } from 'fastify';
import { enrollRequestSchema, type EnrollAnswer } from '../../src-protocol/index.js';
import { newDeviceId, newDeviceToken, normalizeEnrollmentCode, sha256Hex } from '../core/tokens.js';
import { HttpError, parseOrInvalid } from './http-errors.js';
import { enrollRateLimit } from './rate-limits.js';
import type { RouteDeps } from './route-deps.js';

const REFUSALS = {
  CODE_UNKNOWN: '注册码不存在，请核对后重试',
  CODE_USED: '注册码已被使用，请向区里重新申请',
  CODE_EXPIRED: '注册码已过期，请向区里重新申请',
} as const;

export function registerEnrollRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/v1/enroll', { config: { rateLimit: enrollRateLimit(deps.limits) } }, async (request, reply) => {
    const body = parseOrInvalid(enrollRequestSchema, request.body, '注册请求');
    const token = newDeviceToken();
    const deviceId = newDeviceId();
    const outcome = await deps.store.enroll({
      codeHash: sha256Hex(normalizeEnrollmentCode(body.code)),
      at: deps.now().toISOString(),
      deviceId,
      tokenHash: sha256Hex(token),
      info: body.info,
    });
    if (!outcome.ok) {
      request.log.warn({ address: request.ip, reason: outcome.reason }, 'enrollment refused');
      throw new HttpError(403, outcome.reason, REFUSALS[outcome.reason], 'code');
    }
    request.log.info({ deviceId, hall: outcome.hall.code }, 'device enrolled');
    const answer: EnrollAnswer = {
      deviceId,
      deviceToken: token,
      hall: outcome.hall,
      catalogPublicKey: deps.catalogPublicKey,
    };
    return reply.code(201).send(answer);
  });
}
