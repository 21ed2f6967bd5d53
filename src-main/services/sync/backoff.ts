/**
 * Exponential backoff with jitter, for outbox rows and for probing an unreachable server.
 * The delay doubles per attempt up to a cap; the jitter keeps half of it fixed and spreads the other
 * half at random, so a fleet of kiosks coming back after an outage does not hit the server in step.
 */

export interface BackoffOptions {
  /** Delay after the first failure. */
  baseMs: number;
  /** Largest delay, whatever the attempt count. */
  maxMs: number;
}

/** Outbox rows: 2 s, 4 s, 8 s … up to 15 minutes. */
export const ROW_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 15 * 60_000 };
/** Probing the server while it is unreachable: 1 s, 2 s, 4 s … up to 1 minute. */
export const OFFLINE_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 60_000 };

/**
 * The delay before retry number `attempt` (1 = after the first failure): a value in
 * [cap/2, cap) where cap = min(maxMs, baseMs · 2^(attempt−1)). `random` returns [0, 1).
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const cap = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(cap / 2 + (r * cap) / 2);
}
