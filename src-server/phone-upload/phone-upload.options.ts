/** What the phone upload can be tuned with (src-server/app.ts passes AppOptions.phoneUpload through). */
import { PHONE_LINK_TTL_MS } from '../../src-protocol/phone-links.js';

export interface PhoneUploadLimit {
  max: number;
  windowMs: number;
}

export interface PhoneUploadOptions {
  /**
   * The address phones reach this server at, e.g. `https://district.example.cn` (the kiosk may know it by
   * another, internal one). Default: the scheme and Host of the kiosk's request.
   */
  publicUrl?: string;
  ttlMs: number;
  /** Links one device may open. */
  links: PhoneUploadLimit;
  /** Tries to open a link from one address (a link is 256 random bits; this only keeps the log quiet). */
  claims: PhoneUploadLimit;
  /** Photos one address may upload. */
  uploads: PhoneUploadLimit;
  /** How often the arrivals poll looks at the store. */
  pollMs: number;
  /** How often pages of closed and expired links are deleted. */
  sweepMs: number;
}

export const DEFAULT_PHONE_UPLOAD: PhoneUploadOptions = {
  ttlMs: PHONE_LINK_TTL_MS,
  links: { max: 30, windowMs: 10 * 60_000 },
  claims: { max: 30, windowMs: 10 * 60_000 },
  uploads: { max: 120, windowMs: 10 * 60_000 },
  pollMs: 300,
  sweepMs: 60_000,
};
