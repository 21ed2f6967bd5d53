/**
 * POST /v1/enroll: a kiosk trades a one-time code for its device id and token. Pure: zod only.
 */
import { z } from 'zod';

/** What the kiosk tells about itself when it enrolls. Never personal data. */
export const enrollInfoSchema = z.object({
  /** The kiosk software version. */
  appVersion: z.string().trim().min(1).max(64),
  /** Host name of the kiosk computer, for the technician's list. */
  hostname: z.string().trim().max(255).optional(),
  /** e.g. "linux-x64". */
  platform: z.string().trim().max(64).optional(),
});
export type EnrollInfo = z.infer<typeof enrollInfoSchema>;

export const enrollRequestSchema = z.object({
  /** One-time enrollment code printed by `server code issue` (case and separators are ignored). */
  code: z.string().trim().min(4, '注册码太短').max(32, '注册码太长'),
  info: enrollInfoSchema,
});
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

/** The hall (便民服务中心/站/点) the kiosk stands in. */
export const hallSchema = z.object({
  code: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Hall = z.infer<typeof hallSchema>;

export const enrollAnswerSchema = z.object({
  deviceId: z.string().min(1),
  /** Bearer token for every later request; shown once, the server keeps only its sha256. */
  deviceToken: z.string().min(32),
  hall: hallSchema,
  /** Ed25519 public key (SPKI PEM) that signs catalog manifests; pin it. */
  catalogPublicKey: z.string().includes('BEGIN PUBLIC KEY'),
});
export type EnrollAnswer = z.infer<typeof enrollAnswerSchema>;
