/** `Authorization: Bearer <token>` → the enrolled, not revoked device; 401 otherwise. */
import type { FastifyRequest } from 'fastify';
import type { DeviceAuth, DistrictStore } from '../store/district.store.js';
import { bearerToken, sha256Hex } from '../core/tokens.js';
import { unauthorized } from './http-errors.js';

/** Each request's token hash, computed once: the rate limit keys on it and the routes look it up. */
const hashes = new WeakMap<FastifyRequest, string | null>();

/** The sha256 of the request's bearer token, or null without a well-formed one. */
export function requestTokenHash(request: FastifyRequest): string | null {
  let hash = hashes.get(request);
  if (hash === undefined) {
    const token = bearerToken(request.headers.authorization);
    hash = token ? sha256Hex(token) : null;
    hashes.set(request, hash);
  }
  return hash;
}

export async function authenticate(request: FastifyRequest, store: DistrictStore): Promise<DeviceAuth> {
  const tokenHash = requestTokenHash(request);
  if (!tokenHash) throw unauthorized();
  const device = await store.deviceByTokenHash(tokenHash);
  if (!device || device.revoked) throw unauthorized();
  return device;
}
