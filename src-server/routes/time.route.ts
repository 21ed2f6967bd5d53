/**
 * `GET /v1/time?nonce=N`: the server's time signed with the catalog key over the kiosk's nonce
 * (src-protocol/signed-time.ts). No device token: a kiosk asks before it trusts the connection enough
 * to send one. The device limit of every route (rate-limits.ts) caps how often an address may ask.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { timeNonceSchema } from '../../src-protocol/index.js';
import { signTime } from '../../src-protocol/signed-time.crypto.js';
import { parseOrInvalid } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';

const timeQuerySchema = z.object({ nonce: timeNonceSchema });

export function registerTimeRoute(
  app: FastifyInstance,
  deps: Pick<RouteDeps, 'now'>,
  catalogPrivateKey: string,
): void {
  app.get('/v1/time', async (request, reply) => {
    const { nonce } = parseOrInvalid(timeQuerySchema, request.query, '时间请求');
    void reply.header('cache-control', 'no-store');
    return signTime(nonce, deps.now().toISOString(), catalogPrivateKey);
  });
}
