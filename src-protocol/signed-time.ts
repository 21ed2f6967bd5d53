/**
 * GET /v1/time?nonce=N: the district server's time, signed with its catalog key (the Ed25519 key every
 * kiosk pins at enrollment) over a nonce the kiosk chose. A kiosk whose clock is so wrong that the
 * district's TLS certificate looks not yet valid or expired learns the true time from it: the signature
 * proves the server made the answer, the nonce that it made it now (a recorded answer carries another
 * nonce). Pure: zod only; signing and checking are in signed-time.crypto.ts.
 */
import { z } from 'zod';
import { isoTime } from './common.js';

export const TIME_PURPOSE = 'district-time/v1';

/** 16 to 48 random bytes, base64url: the kiosk makes a new one for every ask. */
export const timeNonceSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, '随机数格式不对');

export const signedTimeAnswerSchema = z.object({
  nonce: timeNonceSchema,
  time: isoTime,
  /** Ed25519 over signedTimeBytes(nonce, time), base64. */
  signature: z.string().min(1).max(200),
});
export type SignedTimeAnswer = z.infer<typeof signedTimeAnswerSchema>;
