/**
 * `POST /v1/submissions`: `{ idempotencyKey, kind, payload }` → `{ caseNumber, status: '已提交', receivedAt }`.
 * 201 when created; a repeat of the key by the same device returns the first answer with 200.
 */
import type { FastifyInstance } from 'fastify';
import { submissionRequestSchema, type SubmissionAnswer } from '../../src-main/district/protocol.types.js';
import { casePrefix } from '../core/case-number.js';
import { authenticate } from './auth.js';
import { parseOrInvalid } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';

export function registerSubmissionsRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/v1/submissions', async (request, reply) => {
    const device = await authenticate(request, deps.store);
    const body = parseOrInvalid(submissionRequestSchema, request.body, '提交内容');
    const now = deps.now();
    const outcome = await deps.store.submit({
      deviceId: device.id,
      idempotencyKey: body.idempotencyKey,
      kind: body.kind,
      payloadJson: JSON.stringify(body.payload),
      receivedAt: now.toISOString(),
      casePrefix: casePrefix(now),
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
