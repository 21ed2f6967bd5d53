/**
 * Errors of the district protocol: every non-2xx answer is `{ error: { code, message, field? } }`.
 * Pure: zod only.
 */
import { z } from 'zod';

/** Stable error codes in `{ error: { code } }` answers. */
export const SERVER_ERROR_CODES = [
  'INVALID',
  'UNAUTHORIZED',
  'CODE_UNKNOWN',
  'CODE_USED',
  'CODE_EXPIRED',
  'NOT_FOUND',
  'NO_CATALOG',
  'CURSOR_GONE',
  'PAYLOAD_TOO_LARGE',
  'FULL',
  'ALREADY_RATED',
  'RATE_LIMITED',
  'INTERNAL',
  'FORBIDDEN',
  'LOCKED',
  // phone upload links (phone-links.ts)
  'LINK_GONE',
  'LINK_CLAIMED',
  'BAD_IMAGE',
] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

/** Every non-2xx answer of the server. `message` is Chinese; `field` names the offending field when known. */
export const errorAnswerSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;
