/**
 * `POST /v1/heartbeat`: stores the device's last heartbeat; answers with the current catalog version.
 * The device check, the write and the version read are one store call (one database round trip on
 * PostgreSQL); a request without a valid token is 401 before its body is judged, as on every route.
 */
import type { FastifyInstance } from 'fastify';
import {
  heartbeatRequestSchema,
  type HeartbeatAnswer,
  type HeartbeatRequest,
} from '../../src-protocol/index.js';
import { authenticate, requestTokenHash } from './auth.js';
import { parseOrInvalid, unauthorized } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';

export function registerHeartbeatRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/v1/heartbeat', async (request) => {
    const tokenHash = requestTokenHash(request);
    if (!tokenHash) throw unauthorized();
    const parsed = heartbeatRequestSchema.safeParse(request.body);
    let body: HeartbeatRequest;
    if (parsed.success) body = parsed.data;
    else {
      // A bad body from an unknown or revoked device is still 401: check the token before saying 400.
      await authenticate(request, deps.store);
      body = parseOrInvalid(heartbeatRequestSchema, request.body, '心跳');
    }
    const receivedAt = deps.now().toISOString();
    const recorded = await deps.store.heartbeatByToken(tokenHash, body, receivedAt);
    if (!recorded) throw unauthorized();
    const answer: HeartbeatAnswer = { receivedAt, catalogVersion: recorded.catalogVersion };
    return answer;
  });
}
