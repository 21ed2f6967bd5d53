/** `Authorization: Bearer <token>` → the enrolled, not revoked device; 401 otherwise. */
import type { FastifyRequest } from 'fastify';
import type { DeviceAuth, DistrictStore } from '../store/district.store.js';
import { bearerToken, sha256Hex } from '../core/tokens.js';
import { unauthorized } from './http-errors.js';

export async function authenticate(request: FastifyRequest, store: DistrictStore): Promise<DeviceAuth> {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw unauthorized();
  const device = await store.deviceByTokenHash(sha256Hex(token));
  if (!device || device.revoked) throw unauthorized();
  return device;
}
