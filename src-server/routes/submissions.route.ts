/**
 * `POST /v1/submissions`: `{ idempotencyKey, kind, payload }` → `{ caseNumber, status: '已提交', receivedAt }`.
 * 201 when created; a repeat of the key by the same device returns the first answer with 200.
 * Payloads of kind rating, complaint and help must follow their rules (submission-rules.ts); a second
 * rating of the same case is 409 ALREADY_RATED. A rating of anything but the asking hall's own case or
 * appointment counts against the guess limits of lookups (per device and per number): 429 RATE_LIMITED
 * over them, for a single POST and for each batch item alike.
 *
 * `POST /v1/submissions/batch`: `{ submissions: [...] }` (at most MAX_BATCH_SUBMISSIONS) → 200
 * `{ results: [...] }`, one result per item in order: each item is handled exactly like a single POST
 * (same checks, same idempotency) and gets its answer or its own error. The store group-commits the
 * items, so the whole batch costs one request and one transaction; answers go out only once committed.
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  submissionBatchRequestSchema,
  submissionRequestSchema,
  type BatchItemResult,
  type SubmissionAnswer,
} from '../../src-protocol/index.js';
import { casePrefix } from '../core/case-number.js';
import { storedClocks } from '../core/submission-clocks.rules.js';
import { AlreadyRatedError, type DeviceAuth } from '../store/district.store.js';
import { authenticate } from './auth.js';
import { HttpError, parseOrInvalid } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';
import { checkPayload, declarationFacts, ratingInput, type RatingGuessGuard } from './submission-rules.js';

export const ALREADY_RATED_MESSAGE = '已评价';

/** One submission from an authenticated device; throws HttpError when it is refused. */
async function acceptSubmission(
  device: DeviceAuth,
  raw: unknown,
  deps: RouteDeps,
  guard: RatingGuessGuard,
): Promise<{ created: boolean; kind: string; answer: SubmissionAnswer }> {
  const body = parseOrInvalid(submissionRequestSchema, raw, '提交内容');
  checkPayload(body.kind, body.payload);
  const now = deps.now();
  const clocks = storedClocks(body.clocks);
  const rating =
    body.kind === 'rating'
      ? await ratingInput(body.payload, device.hallCode, now, deps.store, guard)
      : undefined;
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
      ...(clocks ? { clocks } : {}),
    })
    .catch((error: unknown) => {
      if (error instanceof AlreadyRatedError)
        throw new HttpError(409, 'ALREADY_RATED', ALREADY_RATED_MESSAGE, 'payload.target.caseNumber');
      throw error;
    });
  return {
    created: outcome.created,
    kind: body.kind,
    answer: { caseNumber: outcome.caseNumber, status: '已提交', receivedAt: outcome.receivedAt },
  };
}

/**
 * The guess guard of one request's ratings. The limits key their counters per request (the key of a check is
 * set just before it), so a batch's items take turns; a refusal of one item does not hold up the next.
 */
function ratingGuard(
  request: FastifyRequest,
  reply: FastifyReply,
  device: DeviceAuth,
  deps: RouteDeps,
): RatingGuessGuard {
  let turn: Promise<unknown> = Promise.resolve();
  return (key, logTarget) => {
    const check = turn.then(() => deps.guardGuess(request, reply, device, key, logTarget));
    turn = check.catch(() => undefined);
    return check;
  };
}

/** The idempotency key an item claims, if it has one (checked properly by acceptSubmission). */
function keyOf(raw: unknown): string | undefined {
  const key = (raw as { idempotencyKey?: unknown } | null)?.idempotencyKey;
  return typeof key === 'string' ? key : undefined;
}

/** A batch item's result: its answer, or the error a single POST would have answered. */
async function batchItem(
  device: DeviceAuth,
  raw: unknown,
  deps: RouteDeps,
  guard: RatingGuessGuard,
  log: FastifyBaseLogger,
): Promise<BatchItemResult & { kind?: string }> {
  try {
    const { created, kind, answer } = await acceptSubmission(device, raw, deps, guard);
    return { ok: true, created, answer, kind };
  } catch (error) {
    if (error instanceof HttpError) return { ok: false, status: error.status, error: error.toAnswer().error };
    log.error({ err: error }, 'batch item failed');
    return {
      ok: false,
      status: 500,
      error: { code: 'INTERNAL', message: '服务器内部错误，请稍后再试' },
    };
  }
}

export function registerSubmissionsRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/v1/submissions', async (request, reply) => {
    const device = await authenticate(request, deps.store);
    const guard = ratingGuard(request, reply, device, deps);
    const { created, kind, answer } = await acceptSubmission(device, request.body, deps, guard);
    // Never the payload: it holds personal data.
    request.log.info({ deviceId: device.id, kind, created }, 'submission');
    return reply.code(created ? 201 : 200).send(answer);
  });

  app.post('/v1/submissions/batch', async (request, reply) => {
    const device = await authenticate(request, deps.store);
    const { submissions } = parseOrInvalid(submissionBatchRequestSchema, request.body, '批量提交');
    const guard = ratingGuard(request, reply, device, deps);
    // All items reach the store in this turn of the event loop: one group commit for the batch. Items
    // repeating a key go after the first one, so the first is the one created, whatever the store.
    const byKey = new Map<string, Promise<unknown>>();
    const items = await Promise.all(
      submissions.map((raw) => {
        const key = keyOf(raw);
        const before = key === undefined ? undefined : byKey.get(key);
        const item = before
          ? before.then(() => batchItem(device, raw, deps, guard, request.log))
          : batchItem(device, raw, deps, guard, request.log);
        if (key !== undefined) byKey.set(key, item);
        return item;
      }),
    );
    const kinds: Record<string, number> = {};
    let created = 0;
    let refused = 0;
    const results = items.map(({ kind, ...result }): BatchItemResult => {
      if (kind) kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (result.ok && result.created) created++;
      if (!result.ok) refused++;
      return result;
    });
    // One line per batch, never a payload.
    request.log.info(
      { deviceId: device.id, items: results.length, created, refused, kinds },
      'submission batch',
    );
    return reply.code(200).send({ results });
  });
}
