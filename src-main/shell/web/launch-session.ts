/**
 * How the web shell's page gets its session without a secret in any URL. The URL a browser is opened
 * with carries a one-time launch code (short-lived, single use); the first request exchanges it for an
 * HttpOnly, SameSite=Strict cookie holding the per-launch session secret and is redirected to the clean
 * URL. API calls then authenticate by that cookie only, and only from the shell's own origin.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'kiosk-session';

/** A browser the kiosk launches itself uses its code within this time (a slow PC starts Chromium in it). */
export const BROWSER_LAUNCH_TTL_MS = 2 * 60_000;
/** A code printed for a person to open by hand. */
export const PRINTED_LAUNCH_TTL_MS = 10 * 60_000;

/** The attributes of the session cookie: never readable by script, never sent by another site. */
export function sessionCookieHeader(secret: string): string {
  return `${SESSION_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
}

export function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The session cookie's value in a request's Cookie header, if any. */
export function sessionFromCookies(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Whether a request comes from the shell's own page: a browser names the calling site in
 * `Sec-Fetch-Site` and `Origin`; a page of another site (or another port on this machine, which is the
 * same "site" for cookies) is refused even when its request carries the cookie.
 */
export function fromOwnOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host ?? ''}`;
}

/**
 * One-time launch codes. Time is the monotonic clock, so a wrong or jumping wall clock neither expires
 * a fresh code nor revives an old one.
 */
export class LaunchCodes {
  private readonly codes = new Map<string, number>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A new code, valid once within `ttlMs`. */
  issue(ttlMs: number): string {
    this.sweep();
    const code = randomBytes(18).toString('base64url');
    this.codes.set(code, this.now() + ttlMs);
    return code;
  }

  /** Spends a code: true once for a code issued here and not expired, false ever after. */
  redeem(code: string): boolean {
    const expires = this.codes.get(code);
    if (expires === undefined) return false;
    this.codes.delete(code);
    return this.now() <= expires;
  }

  private sweep(): void {
    const now = this.now();
    for (const [code, expires] of this.codes) if (now > expires) this.codes.delete(code);
  }
}
