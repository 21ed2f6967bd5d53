/**
 * Signing and checking of GET /v1/time answers (signed-time.ts), shared by the reference server (sign)
 * and the kiosk (verify). The signed bytes name their own purpose, so the server never signs anything a
 * catalog check would take for a manifest (those carry other keys).
 */
import crypto from 'node:crypto';
import { canonicalJson } from './catalog-signature.js';
import { TIME_PURPOSE, signedTimeAnswerSchema, type SignedTimeAnswer } from './signed-time.js';

/** The bytes a time answer signs: canonical JSON of `{ purpose, nonce, time }`. */
export function signedTimeBytes(nonce: string, time: string): Buffer {
  return Buffer.from(canonicalJson({ purpose: TIME_PURPOSE, nonce, time }), 'utf8');
}

/** Server side: the answer for a nonce (PKCS#8 PEM private key). */
export function signTime(nonce: string, time: string, privateKeyPem: string): SignedTimeAnswer {
  const signature = crypto.sign(null, signedTimeBytes(nonce, time), privateKeyPem).toString('base64');
  return { nonce, time, signature };
}

/** A fresh nonce (24 random bytes, base64url). */
export function newTimeNonce(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/**
 * Kiosk side: the signed time in ms, or why it is refused. `nonce` is the one this kiosk just sent;
 * `publicKeyPem` the catalog key pinned at enrollment.
 */
export function verifySignedTime(
  answer: unknown,
  nonce: string,
  publicKeyPem: string,
): { ok: true; timeMs: number } | { ok: false; reason: 'malformed' | 'nonce' | 'signature' } {
  const parsed = signedTimeAnswerSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const { time, signature } = parsed.data;
  if (parsed.data.nonce !== nonce) return { ok: false, reason: 'nonce' };
  let valid = false;
  try {
    valid = crypto.verify(null, signedTimeBytes(nonce, time), publicKeyPem, Buffer.from(signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'signature' };
  return { ok: true, timeMs: Date.parse(time) };
}
