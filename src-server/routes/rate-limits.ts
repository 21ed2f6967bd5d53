/**
 * Rate limits of the district server (@fastify/rate-limit, counted in this instance's memory):
 * - `device`: every request, per device (its token's hash; per address for a request without the token of
 *   an enrolled device, so junk tokens share their address's count), except the staff console's
 *   (`/console/`), which has accounts and a lockout of its own;
 * - `login`: the console's login tries (`POST /console/api/login`), per address: each costs an scrypt;
 * - `guesses`: case lookups, appointment cancellations and ratings of another hall's numbers, per device;
 * - `target`: the same guesses per target — a case or appointment number without its check part, or a
 *   person — whichever devices ask, so many stolen tokens do not multiply the tries on one citizen;
 * - `enroll`: enrollment tries per address.
 * Over a limit the answer is 429 RATE_LIMITED with `Retry-After` (seconds), and the district's log gets one
 * line naming the limit, the device and the route, never a citizen's data.
 */
import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DeviceAuth, DistrictStore } from '../store/district.store.js';
import { goodTokenHash } from './auth.js';
import { HttpError } from './http-errors.js';

export interface Limit {
  max: number;
  windowMs: number;
}

export interface RateLimits {
  device: Limit;
  guesses: Limit;
  target: Limit;
  enroll: Limit;
  login: Limit;
}

/**
 * A kiosk sends a heartbeat a minute, a few outbox batches and catalog pages: 600 a minute is far above
 * that. A citizen's lookup or cancellation takes a minute at the screen: 30 in 10 minutes per kiosk, 10 an
 * hour per case, appointment or person leave a real citizen room for typing mistakes and none for guessing.
 * Staff sign in to the console a few times a day; 30 login tries in 10 minutes let a district office behind
 * one address sign in together, while a flood from one address gets at most 30 scrypt checks.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  device: { max: 600, windowMs: 60_000 },
  guesses: { max: 30, windowMs: 10 * 60_000 },
  target: { max: 10, windowMs: 60 * 60_000 },
  enroll: { max: 20, windowMs: 60 * 60_000 },
  login: { max: 30, windowMs: 10 * 60_000 },
};

export const RATE_LIMITED_MESSAGE = '查询过于频繁，请稍后再试';
export const LOGIN_RATE_LIMITED_MESSAGE = '登录尝试过于频繁，请稍后再试';
/** The console's login answer when every password check slot is taken (503, Retry-After 1). */
export const LOGIN_BUSY_MESSAGE = '现在登录的人较多，请稍后再试';
export const CONSOLE_LOGIN_URL = '/console/api/login';

/** Counters kept per instance; enough for every device and target of a district. */
const COUNTERS = 100_000;

export const tooManyRequests = (): HttpError => new HttpError(429, 'RATE_LIMITED', RATE_LIMITED_MESSAGE);

/** What a guessing route calls before it asks the store: throws 429 when a limit is exceeded. */
export type GuessGuard = (
  request: FastifyRequest,
  reply: FastifyReply,
  device: DeviceAuth,
  /** The target's key, e.g. `case:ZC20261125000042`. */
  target: string,
  /** What the log may name of the target (a number; never a person). */
  logTarget: string | null,
) => Promise<void>;

/**
 * The per-device key of a request: its token's when the token is an enrolled device's, else its
 * address's (no token, or a junk one: a new junk token per request shares its address's count).
 */
function deviceKey(store: DistrictStore): (request: FastifyRequest) => Promise<string> {
  return async (request) => {
    const tokenHash = await goodTokenHash(request, store);
    return tokenHash ? `device:${tokenHash}` : `address:${request.ip}`;
  };
}

/** The `login` limit: per address, over the console's exemption from the `device` limit. */
function consoleLoginRateLimit(limits: RateLimits): RateLimitOptions {
  return {
    max: limits.login.max,
    timeWindow: limits.login.windowMs,
    keyGenerator: (request) => `login:${request.ip}`,
    allowList: () => false,
    errorResponseBuilder: () => new HttpError(429, 'RATE_LIMITED', LOGIN_RATE_LIMITED_MESSAGE),
    onExceeded: (request) =>
      request.log.warn({ limit: 'login', route: request.routeOptions.url ?? null }, 'rate limited'),
  };
}

/**
 * Registers the plugin (the `device` limit on every route, the `login` limit on the console's login);
 * call before registering the routes.
 */
export async function installRateLimits(
  app: FastifyInstance,
  limits: RateLimits,
  store: DistrictStore,
): Promise<GuessGuard> {
  // Before the plugin's own onRoute hook, which reads a route's `config.rateLimit`.
  app.addHook('onRoute', (route) => {
    if (route.url === CONSOLE_LOGIN_URL && route.method === 'POST')
      route.config = { ...route.config, rateLimit: consoleLoginRateLimit(limits) };
  });
  await app.register(rateLimit, {
    global: true,
    max: limits.device.max,
    timeWindow: limits.device.windowMs,
    cache: COUNTERS,
    keyGenerator: deviceKey(store),
    // The staff console is not a device: it has its own door (accounts, lockout after wrong passwords,
    // session cookies), and one district office behind one address would share a per-address count.
    allowList: (request) => request.url.startsWith('/console/'),
    errorResponseBuilder: () => tooManyRequests(),
    onExceeded: (request) =>
      request.log.warn({ limit: 'device', route: request.routeOptions.url ?? null }, 'rate limited'),
  });

  // createRateLimit takes its key from the request: the key of this check, set just before it.
  const keys = new WeakMap<FastifyRequest, string>();
  const keyOf = (request: FastifyRequest): string => keys.get(request) ?? 'none';
  const perDevice = app.createRateLimit({
    max: limits.guesses.max,
    timeWindow: limits.guesses.windowMs,
    keyGenerator: keyOf,
  });
  const perTarget = app.createRateLimit({
    max: limits.target.max,
    timeWindow: limits.target.windowMs,
    keyGenerator: keyOf,
  });

  return async (request, reply, device, target, logTarget) => {
    for (const [limit, limiter, key] of [
      ['guesses', perDevice, `guesses:${device.id}`],
      ['target', perTarget, target],
    ] as const) {
      keys.set(request, key);
      const result = await limiter(request);
      if (result.isAllowed || !result.isExceeded) continue;
      request.log.warn(
        {
          limit,
          deviceId: device.id,
          hall: device.hallCode,
          route: request.routeOptions.url ?? null,
          ...(limit === 'target' && logTarget !== null ? { target: logTarget } : {}),
        },
        'rate limited',
      );
      void reply.header('retry-after', String(result.ttlInSeconds));
      throw tooManyRequests();
    }
  };
}

/** The route option that limits enrollment tries per address. */
export function enrollRateLimit(limits: RateLimits): {
  max: number;
  timeWindow: number;
  keyGenerator: (request: FastifyRequest) => string;
} {
  return {
    max: limits.enroll.max,
    timeWindow: limits.enroll.windowMs,
    keyGenerator: (request) => `enroll:${request.ip}`,
  };
}
