/**
 * Wire shapes of the phone upload (从手机上传, protocol.md "Phone upload links"): a kiosk opens a one-time
 * link for one material of its open citizen session, the citizen's phone uploads photos to it, and the
 * kiosk learns of arrivals by a long poll and fetches each page into the session.
 */
import { z } from 'zod';

/** How long a link lives after it is opened. */
export const PHONE_LINK_TTL_MS = 10 * 60_000;
/** Pages one link accepts (a case's limit, issue 材料采集: ≤ 20 pages). */
export const PHONE_LINK_MAX_PAGES = 20;
/** Largest photo a phone may upload (a 50-megapixel JPEG stays under this). */
export const PHONE_PHOTO_MAX_BYTES = 15 * 1024 * 1024;
/** Longest a kiosk's arrivals poll is held by the server. */
export const PHONE_WAIT_MAX_SECONDS = 25;

const isoTime = z.string().datetime({ offset: true });
/** The kiosk's session id: a random UUID, never personal data. */
export const phoneSessionIdSchema = z.string().uuid('会话编号格式不对');
export const phoneLinkIdSchema = z.string().regex(/^pl-[0-9a-f-]{36}$/, '链接编号格式不对');
/** The capability in the phone's URL: 256 random bits, base64url. */
export const phoneTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, '链接格式不对');

export const phoneLinkRequestSchema = z
  .object({
    sessionId: phoneSessionIdSchema,
    materialName: z.string().trim().min(1, '请写明材料名称').max(80, '材料名称太长'),
  })
  .strict();
export type PhoneLinkRequest = z.infer<typeof phoneLinkRequestSchema>;

export const phoneLinkAnswerSchema = z.object({
  linkId: phoneLinkIdSchema,
  /** The page the phone opens (the QR code's text): the token travels in the fragment, never in a log. */
  url: z.string().url(),
  expiresAt: isoTime,
  maxPages: z.number().int().positive(),
});
export type PhoneLinkAnswer = z.infer<typeof phoneLinkAnswerSchema>;

export const PHONE_LINK_STATES = ['open', 'closed', 'expired'] as const;
export type PhoneLinkState = (typeof PHONE_LINK_STATES)[number];

export const phonePageInfoSchema = z.object({
  seq: z.number().int().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
export type PhonePageInfo = z.infer<typeof phonePageInfoSchema>;

export const phoneArrivalsAnswerSchema = z.object({
  state: z.enum(PHONE_LINK_STATES),
  /** Whether a phone has opened the link. */
  claimed: z.boolean(),
  /** Pages with a seq greater than the asked `after`, in order. */
  pages: z.array(phonePageInfoSchema).max(PHONE_LINK_MAX_PAGES),
  expiresAt: isoTime,
});
export type PhoneArrivalsAnswer = z.infer<typeof phoneArrivalsAnswerSchema>;

export const phonePageAnswerSchema = phonePageInfoSchema.extend({
  /** The page: JPEG, re-encoded by the server (no EXIF, no GPS), ≤ 400 KB, base64. */
  jpeg: z.string().max(600_000),
  /** A small JPEG (≤ 320 px) for the kiosk's thumbnail, base64. */
  thumbnail: z.string().max(100_000),
});
export type PhonePageAnswer = z.infer<typeof phonePageAnswerSchema>;

export const phoneCloseAnswerSchema = z.object({ closed: z.literal(true) });

/** What the phone page learns when it opens its link. */
export const phoneClaimAnswerSchema = z.object({
  /** Sent back with every upload: only the phone that opened the link first can upload to it. */
  uploadKey: z.string(),
  materialName: z.string(),
  hallName: z.string(),
  expiresAt: isoTime,
  pageCount: z.number().int().min(0),
  maxPages: z.number().int().positive(),
  maxBytes: z.number().int().positive(),
});
export type PhoneClaimAnswer = z.infer<typeof phoneClaimAnswerSchema>;

export const phoneUploadAnswerSchema = z.object({
  seq: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  maxPages: z.number().int().positive(),
});
export type PhoneUploadAnswer = z.infer<typeof phoneUploadAnswerSchema>;
