/**
 * `POST /v1/submissions`: `{ idempotencyKey, kind, payload }` → `{ caseNumber, status: '已提交', receivedAt }`.
 * 201 when created; a repeat of the key by the same device returns the first answer with 200.
 * Payloads of kind rating, complaint and help must follow their rules (submission-rules.ts); a second
 * rating of the same case is 409 ALREADY_RATED.
 */
import type { FastifyInstance } from 'fastify';
import { submissionRequestSchema, type SubmissionAnswer } from '../../src-main/district/protocol.types.js';
import { casePrefix } from '../core/case-number.js';
import { AlreadyRatedError } from '../store/district.store.js';
import { authenticate } from './auth.js';
import { HttpError, parseOrInvalid } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';
import { checkPayload, declarationFacts, ratingInput } from './submission-rules.js';

export const ALREADY_RATED_MESSAGE = '已评价';

export function registerSubmissionsRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/v1/submissions', async (request, reply) => {
    const device = await authenticate(request, deps.store);
    const body = parseOrInvalid(submissionRequestSchema, request.body, '提交内容');
    checkPayload(body.kind, body.payload);
    const now = deps.now();
    const rating =
      body.kind === 'rating' ? await ratingInput(body.payload, device.hallCode, now, deps.store) : undefined;
    const outcome = await deps.store
      .submit({
        deviceId: device.id,
        idempotencyKey: body.idempotencyKey,
        kind: body.kind,
        payloadJson: JSON.stringify(body.payload),
        receivedAt: now.toISOString(),
        casePrefix: casePrefix(now),
        ...(rating ? { rating } : {}),
        ...(body.kind === 'declaration' ? { declaration: declarationFacts(body.payload) } : {}),
      })
      .catch((error: unknown) => {
        if (error instanceof AlreadyRatedError)
          throw new HttpError(409, 'ALREADY_RATED', ALREADY_RATED_MESSAGE, 'payload.target.caseNumber');
        throw error;
      });
    // Never the payload: it holds personal data.
    request.log.info({ deviceId: device.id, kind: body.kind, created: outcome.created }, 'submission');
    const answer: SubmissionAnswer = {
      caseNumber: outcome.caseNumber,
      status: '已提交',
      receivedAt: outcome.receivedAt,
    };
    return reply.code(outcome.created ? 201 : 200).send(answer);
  });
}
