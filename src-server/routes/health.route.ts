/**
 * `GET /healthz`: for a load balancer or an orchestrator, not for kiosks (no token). 200 when this
 * instance can read its database, 503 otherwise, so a balancer stops sending it requests.
 */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './route-deps.js';

export function registerHealthRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/healthz', async (request, reply) => {
    try {
      const current = await deps.store.currentCatalog();
      return { ok: true, catalogVersion: current?.manifest.version ?? 0 };
    } catch (error) {
      request.log.warn({ err: error }, 'health check: database unreachable');
      return reply.code(503).send({ ok: false });
    }
  });
}
