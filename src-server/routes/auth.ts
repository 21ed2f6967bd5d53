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

/**
 * Hashes of tokens that authenticated a device in this process (at most KNOWN_TOKENS, the oldest
 * forgotten first), so that the request limit's key costs no lookup for a device seen before.
 */
const KNOWN_TOKENS = 50_000;
const known = new Set<string>();

function remember(tokenHash: string): void {
  if (known.has(tokenHash)) return;
  if (known.size >= KNOWN_TOKENS) known.delete(known.values().next().value!);
  known.add(tokenHash);
}

/**
 * The request's token hash when the token belongs to an enrolled device (looked up once, then
 * remembered), else null: no token, or a junk one. The per-device request limit keys on it, so a new
 * junk token per request buys no fresh count (those share their address's), while a good device never
 * shares one.
 */
export async function goodTokenHash(request: FastifyRequest, store: DistrictStore): Promise<string | null> {
  const hash = requestTokenHash(request);
  if (hash === null) return null;
  if (known.has(hash)) return hash;
  const device = await store.deviceByTokenHash(hash);
  if (!device || device.revoked) return null;
  remember(hash);
  return hash;
}

export async function authenticate(request: FastifyRequest, store: DistrictStore): Promise<DeviceAuth> {
  const tokenHash = requestTokenHash(request);
  if (!tokenHash) throw unauthorized();
  const device = await store.deviceByTokenHash(tokenHash);
  if (!device || device.revoked) throw unauthorized();
  remember(tokenHash);
  return device;
}
