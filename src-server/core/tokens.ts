/** Secrets of the server: device tokens and enrollment codes, always stored as sha256 hashes. */
import crypto from 'node:crypto';

/** Unambiguous alphabet for codes read aloud or typed by a technician: no 0/O, 1/I/L. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;
/** How long an enrollment code stays valid. */
export const CODE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function sha256Hex(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** 256 random bits, base64url (43 characters). */
export function newDeviceToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function newDeviceId(): string {
  return `kiosk-${crypto.randomUUID()}`;
}

/** 8 characters from CODE_ALPHABET, uniformly (crypto.randomInt has no modulo bias). */
export function newEnrollmentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[crypto.randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Upper-cases and drops spaces and dashes, so "abcd-efgh" and "ABCDEFGH" are the same code. */
export function normalizeEnrollmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** "ABCDEFGH" → "ABCD-EFGH", easier to read out. */
export function formatEnrollmentCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The token from an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{16,512})$/.exec(header.trim());
  return match?.[1] ?? null;
}
