/**
 * HTTP 429 from the district server: the server limits tries per device and per case or booking number.
 * The client throws RateLimitedError (an OfflineError, so the outbox and sync simply try again later);
 * the citizen services turn it into a calm sentence with the wait the server named (`Retry-After`).
 */
import { LockedError, OfflineError } from '../contract/errors.js';

/** When the server names no wait (or an absurd one). */
const DEFAULT_WAIT_MS = 60_000;
const MAX_WAIT_MS = 60 * 60_000;

export class RateLimitedError extends OfflineError {
  constructor(
    message: string,
    /** How long the server asked to wait. */
    readonly retryAfterMs: number,
  ) {
    super(message, `${busySentence(retryAfterMs)}`);
  }
}

/** `Retry-After` as seconds or an HTTP date → ms to wait, within 1 s … 1 h (60 s when absent or unreadable). */
export function parseRetryAfter(header: string | null, now = Date.now()): number {
  if (!header) return DEFAULT_WAIT_MS;
  const value = header.trim();
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    const at = Date.parse(value);
    if (Number.isNaN(at)) return DEFAULT_WAIT_MS;
    ms = at - now;
  }
  return Math.min(MAX_WAIT_MS, Math.max(1000, ms));
}

/** "30 秒" / "2 分钟". */
export function waitText(ms: number): string {
  return ms < 60_000 ? `${Math.ceil(ms / 1000)} 秒` : `${Math.ceil(ms / 60_000)} 分钟`;
}

function busySentence(ms: number, alternative = '也可以到窗口咨询'): string {
  return `现在查询的人较多，请 ${waitText(ms)}后再试，${alternative}。`;
}

/**
 * The citizen's answer to a 429: LOCKED until the server's wait ends, with a calm sentence saying what to
 * do (the kiosk did not send anything; nothing is queued).
 */
export function busyError(error: RateLimitedError, alternative?: string): LockedError {
  return new LockedError(
    error.message,
    new Date(Date.now() + error.retryAfterMs),
    busySentence(error.retryAfterMs, alternative),
  );
}
