/** `POST /v1/heartbeat`: stores the device's last heartbeat; answers with the current catalog version. */
import type { FastifyInstance } from 'fastify';
import { heartbeatRequestSchema, type HeartbeatAnswer } from '../../src-protocol/index.js';
import { authenticate } from './auth.js';
import { parseOrInvalid } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';

export function registerHeartbeatRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/v1/heartbeat', async (request) => {
    const device = await authenticate(request, deps.store);
    const body = parseOrInvalid(heartbeatRequestSchema, request.body, '心跳');
    const receivedAt = deps.now().toISOString();
    // Independent: the write and the read of the current version go to the database side by side.
    const [, current] = await Promise.all([
      deps.store.recordHeartbeat(device.id, body, receivedAt),
      deps.store.currentCatalog(),
    ]);
    const answer: HeartbeatAnswer = { receivedAt, catalogVersion: current?.manifest.version ?? 0 };
    return answer;
  });
}
