/**
 * The district server protocol (/v1): one zod schema per request body and per answer, shared by the
 * reference server (src-server/) and the kiosk's client (district.client.ts). See protocol.md beside it.
 * Pure: zod and the catalog schema only, no Node.
 */
import { z } from 'zod';
import { serviceItemSchema } from '../contract/catalog.schema.js';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_TEXT_MAX,
  MOBILE_PHONE,
  POOR_RATING_MAX,
  RATING_COMMENT_MAX,
  RATING_REASONS,
} from '../contract/feedback.js';

export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_TEXT_MAX,
  FOLLOW_UP_WORKING_DAYS,
  POOR_RATING_MAX,
  RATING_LEVELS,
  RATING_REASONS,
  type RatingLevel,
} from '../contract/feedback.js';

/** Path prefix of every route. */
export const PROTOCOL_PREFIX = '/v1';

/** Largest accepted submission payload, measured as UTF-8 JSON. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;
/** Default and largest page size of `GET /v1/catalog`. */
export const CATALOG_PAGE_DEFAULT = 100;
export const CATALOG_PAGE_MAX = 500;
/** Most case numbers one `GET /v1/cases` may ask about. */
export const MAX_CASE_NUMBERS = 100;

export const SUBMISSION_KINDS = ['declaration', 'rating', 'complaint', 'appointment', 'help'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

/** Case statuses in the order a case usually moves through them. */
export const CASE_STATUSES = ['已提交', '已受理', '不予受理', '办理中', '已办结'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

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
  // phone upload links (phone-link.types.ts)
  'LINK_GONE',
  'LINK_CLAIMED',
  'BAD_IMAGE',
] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];

const isoTime = z.string().datetime({ offset: true });
const utf8Bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

// ---------------------------------------------------------------- errors

/** Every non-2xx answer of the server. `message` is Chinese; `field` names the offending field when known. */
export const errorAnswerSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;

// ---------------------------------------------------------------- POST /v1/enroll

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

// ---------------------------------------------------------------- GET /v1/catalog

/** What the server signs for each catalog version (see catalog-signature.ts). */
export const catalogManifestSchema = z.object({
  /** Increasing integer, 1 for the first published catalog. */
  version: z.number().int().min(1),
  /** The catalog file's own version string, e.g. "2026.11.25-1", for display. */
  displayVersion: z.string(),
  publishedAt: isoTime,
  region: z.string(),
  /** sha256 hex of canonicalJson(all items at `version`, sorted by id). */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * Item-digest format (absent from servers that predate it): sha256 hex of canonicalJson of the
   * `[id, itemDigest]` pairs of all items, sorted by id, where itemDigest = sha256 hex of the item's
   * canonical JSON. Signed by the page's `itemsSignature`; lets a kiosk check a delta in O(changed).
   */
  itemsDigest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type CatalogManifest = z.infer<typeof catalogManifestSchema>;

export interface CatalogPageQuery {
  /** The catalog version the kiosk has; absent or 0 asks for the full catalog. */
  since?: number;
  /** `nextCursor` of the previous page; when present, `since` is ignored. */
  cursor?: string;
  /** Items per page, 1…500 (default 100). */
  limit?: number;
}

export const catalogPageSchema = z.object({
  manifest: catalogManifestSchema,
  /** Ed25519 signature (base64) of canonicalJson(manifest). */
  signature: z.string().min(1),
  /** With `manifest.itemsDigest`: Ed25519 signature (base64) of the item-digest manifest. */
  itemsSignature: z.string().min(1).optional(),
  /** true: the pages together are the complete catalog (replace everything); false: a delta. */
  full: z.boolean(),
  /** The version this delta starts from (0 for a full catalog). */
  since: z.number().int().min(0),
  /** Items added or changed after `since` (all items when `full`), in id order. */
  items: z.array(serviceItemSchema),
  /** Ids of items removed after `since` (never on a full catalog); unknown ids can be ignored. */
  removed: z.array(z.string()),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type CatalogPage = z.infer<typeof catalogPageSchema>;

// ---------------------------------------------------------------- POST /v1/submissions

export const submissionRequestSchema = z.object({
  /** Generated by the kiosk once per submission (e.g. a UUID); a repeat returns the first answer. */
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{8,128}$/, '幂等键应为 8 到 128 位字母、数字或 ._:- 符号'),
  kind: z.enum(SUBMISSION_KINDS, { message: '提交类型不对' }),
  /** The submission itself, stored as received. A JSON object of at most 256 KB. */
  payload: z
    .record(z.string(), z.unknown(), { message: '提交内容应为对象' })
    .refine((p) => utf8Bytes(p) <= MAX_PAYLOAD_BYTES, '提交内容超过 256 KB'),
});
export type SubmissionRequest = z.infer<typeof submissionRequestSchema>;

export const submissionAnswerSchema = z.object({
  /** e.g. "ZC20261125000042KQMP": ZC + date (China time) + 6-digit sequence of that day + random check part. */
  caseNumber: z.string().min(1),
  status: z.literal('已提交'),
  receivedAt: isoTime,
});
export type SubmissionAnswer = z.infer<typeof submissionAnswerSchema>;

// ---------------------------------------------------------------- POST /v1/submissions/batch

/** Most submissions in one batch (the 1 MiB body limit applies to the batch as a whole). */
export const MAX_BATCH_SUBMISSIONS = 100;

export const submissionBatchRequestSchema = z.object({
  /**
   * Each item is checked on its own, exactly like a `POST /v1/submissions` body: a bad item gets its own
   * error and does not stop the others.
   */
  submissions: z
    .array(z.unknown(), { message: '批量提交应为数组' })
    .min(1, '批量提交至少一项')
    .max(MAX_BATCH_SUBMISSIONS, `批量提交最多 ${MAX_BATCH_SUBMISSIONS} 项`),
});
export type SubmissionBatchRequest = { submissions: SubmissionRequest[] };

/** The outcome of one item of a batch: its answer, or the error a single POST would have got. */
export const batchItemResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), created: z.boolean(), answer: submissionAnswerSchema }),
  z.object({
    ok: z.literal(false),
    /** The HTTP status a single POST of this item would have got (400, 409, 500…). */
    status: z.number().int().min(400).max(599),
    error: errorAnswerSchema.shape.error,
  }),
]);
export type BatchItemResult = z.infer<typeof batchItemResultSchema>;

/** `results[i]` answers `submissions[i]`. */
export const submissionBatchAnswerSchema = z.object({ results: z.array(batchItemResultSchema) });
export type SubmissionBatchAnswer = z.infer<typeof submissionBatchAnswerSchema>;

// ---------------------------------------------------------------- GET /v1/cases

export const caseNumberSchema = z.string().regex(/^[A-Z0-9]{4,32}$/, '受理编号格式不对');

export const caseEventSchema = z.object({
  status: z.enum(CASE_STATUSES),
  at: isoTime,
  note: z.string().optional(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const caseStatusSchema = z.object({
  caseNumber: z.string(),
  /** The latest status. */
  status: z.enum(CASE_STATUSES),
  /** Every status the case went through, oldest first. */
  history: z.array(caseEventSchema).min(1),
});
export type CaseStatusRecord = z.infer<typeof caseStatusSchema>;

/** Only the asking device's own cases; numbers it does not own or that do not exist are left out. */
export const casesAnswerSchema = z.object({ cases: z.array(caseStatusSchema) });
export type CasesAnswer = z.infer<typeof casesAnswerSchema>;

// ---------------------------------------------------------------- POST /v1/heartbeat

export const heartbeatRequestSchema = z.object({
  appVersion: z.string().trim().min(1).max(64),
  /** Device health (printer, reader, disk...): free-form, no personal data, at most 64 KB. */
  health: z
    .record(z.string(), z.unknown(), { message: '设备状态应为对象' })
    .refine((h) => utf8Bytes(h) <= 64 * 1024, '设备状态超过 64 KB'),
  /** Rows still waiting in the kiosk's outbox. */
  outboxDepth: z.number().int().min(0),
  /** The server catalog version the kiosk has applied (0: none, e.g. the bundled demo). */
  catalogVersion: z.number().int().min(0),
});
export type HeartbeatRequest = z.infer<typeof heartbeatRequestSchema>;

export const heartbeatAnswerSchema = z.object({
  receivedAt: isoTime,
  /** The server's current catalog version (0: none published): a sync is due when it is newer. */
  catalogVersion: z.number().int().min(0),
});
export type HeartbeatAnswer = z.infer<typeof heartbeatAnswerSchema>;

// ---------------------------------------------------------------- submission payloads checked by the server

/** Payload of a `rating` submission: one case, or the hall visit as a whole. */
export const ratingPayloadSchema = z
  .object({
    target: z.union(
      [
        z.strictObject({ caseNumber: caseNumberSchema }),
        z.strictObject({ appointmentNumber: caseNumberSchema }),
        z.strictObject({
          hallVisit: z.literal(true),
          /** The guide the citizen printed or read, when the visit was about one. */
          itemId: z
            .string()
            .regex(/^[A-Za-z0-9._-]{1,64}$/)
            .optional(),
        }),
      ],
      { message: '评价对象应为 { caseNumber }、{ appointmentNumber } 或 { hallVisit: true }' },
    ),
    level: z
      .number({ message: '评价等级应为 1 到 5 的整数' })
      .int('评价等级应为 1 到 5 的整数')
      .min(1, '评价等级应为 1 到 5 的整数')
      .max(5, '评价等级应为 1 到 5 的整数'),
    reasons: z
      .array(z.enum(RATING_REASONS, { message: `原因应为：${RATING_REASONS.join('、')}` }))
      .max(RATING_REASONS.length)
      .default([]),
    comment: z.string().trim().max(RATING_COMMENT_MAX, `评价意见最多 ${RATING_COMMENT_MAX} 字`).optional(),
  })
  .refine((r) => r.level > POOR_RATING_MAX || r.reasons.length > 0 || (r.comment ?? '').length > 0, {
    message: '差评请至少选择一个原因或填写意见',
    path: ['reasons'],
  });
export type RatingPayload = z.infer<typeof ratingPayloadSchema>;

/** A mainland mobile number, 11 digits. */
export const mobilePhoneSchema = z.string().trim().regex(MOBILE_PHONE, '手机号应为 11 位数字');

/** Payload of a `complaint` submission (投诉建议). Anonymous: no phone. */
export const complaintPayloadSchema = z
  .object({
    category: z.enum(COMPLAINT_CATEGORIES, { message: `类别应为：${COMPLAINT_CATEGORIES.join('、')}` }),
    text: z
      .string({ message: '请填写投诉或建议内容' })
      .trim()
      .min(1, '请填写投诉或建议内容')
      .max(COMPLAINT_TEXT_MAX, `内容最多 ${COMPLAINT_TEXT_MAX} 字`),
    phone: mobilePhoneSchema.optional(),
    anonymous: z.boolean().default(false),
  })
  .refine((c) => !(c.anonymous && c.phone !== undefined), {
    message: '匿名投诉不留电话',
    path: ['phone'],
  });
export type ComplaintPayload = z.infer<typeof complaintPayloadSchema>;

/** Payload of a `help` submission (呼叫工作人员): where and when, never personal data. */
export const helpPayloadSchema = z.strictObject(
  {
    /** One call: the cancel of a call repeats its id. */
    callId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, '呼叫编号格式不对'),
    /** `call` raises it; `cancel` withdraws it (the citizen no longer needs help). */
    action: z.enum(['call', 'cancel'], { message: '呼叫动作应为 call 或 cancel' }).default('call'),
    /** The kiosk's device id or name. */
    kiosk: z.string().trim().min(1, '缺少终端').max(64),
    /** The hall code. */
    hall: z.string().trim().min(1, '缺少服务中心').max(64),
    /** The screen the citizen was on, e.g. "declare/pension-enroll". */
    screen: z.string().trim().min(1, '缺少页面').max(128),
    time: isoTime,
  },
  { message: '呼叫内容只能有 callId、action、kiosk、hall、screen、time' },
);
export type HelpPayload = z.infer<typeof helpPayloadSchema>;

// ---------------------------------------------------------------- appointments (online only)

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    '日期不存在',
  );
export const slotTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应为 HH:MM');
export const itemIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, '事项编号格式不对');
/** Longest window `GET /v1/appointments/slots` answers for, and how far ahead one may book. */
export const SLOT_DAYS_DEFAULT = 14;
export const SLOT_DAYS_MAX = 31;
export const BOOKING_HORIZON_DAYS = 60;

export interface SlotsQuery {
  itemId: string;
  /** First date (China time), YYYY-MM-DD; default today. */
  from?: string;
  /** Number of dates, 1…31 (default 14). */
  days?: number;
}

export const slotSchema = z.object({
  time: slotTimeSchema,
  capacity: z.number().int().min(1),
  /** Seats still free (0 when full). */
  remaining: z.number().int().min(0),
});
export type Slot = z.infer<typeof slotSchema>;

export const slotsAnswerSchema = z.object({
  itemId: z.string(),
  /** Every date of the window; `slots` is empty on holidays, days without a schedule and past days. */
  dates: z.array(z.object({ date: isoDateSchema, slots: z.array(slotSchema) })),
});
export type SlotsAnswer = z.infer<typeof slotsAnswerSchema>;

/** 18-digit resident ID number (last character may be X). */
export const idNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{17}[\dXx]$/, '身份证号应为 18 位')
  .transform((s) => s.toUpperCase());

export const bookingRequestSchema = z.object({
  idempotencyKey: submissionRequestSchema.shape.idempotencyKey,
  itemId: itemIdSchema,
  slotDate: isoDateSchema,
  slotTime: slotTimeSchema,
  name: z.string().trim().min(1, '请填写姓名').max(64, '姓名太长'),
  idNumber: idNumberSchema,
  phone: mobilePhoneSchema,
});
export type BookingRequest = z.input<typeof bookingRequestSchema>;

export const bookingAnswerSchema = z.object({
  /** e.g. "YY20261125000007MXTR": YY + booking date (China time) + 6-digit sequence + random check part. */
  appointmentNumber: z.string().min(1),
  slotDate: isoDateSchema,
  slotTime: slotTimeSchema,
});
export type BookingAnswer = z.infer<typeof bookingAnswerSchema>;

export const cancelRequestSchema = z.object({
  appointmentNumber: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{4,32}$/, '预约编号格式不对'),
  idLast4: z
    .string()
    .trim()
    .regex(/^\d{3}[\dXx]$/, '请输入身份证号后四位')
    .transform((s) => s.toUpperCase()),
});
export type CancelRequest = z.input<typeof cancelRequestSchema>;

export const cancelAnswerSchema = z.object({ ok: z.literal(true) });
export type CancelAnswer = z.infer<typeof cancelAnswerSchema>;

// ---------------------------------------------------------------- declarations and progress lookup

/** The last four characters of an ID number (digits, the last may be X). */
export const idLast4Schema = z
  .string()
  .trim()
  .regex(/^\d{3}[\dXx]$/, '请输入身份证号后四位')
  .transform((s) => s.toUpperCase());

/**
 * What the server reads from a `declaration` payload (the rest is stored as received): the item's name
 * and the applicant, so the person can look up their cases by ID card or by case number + ID digits.
 */
export const declarationPayloadSchema = z.looseObject({
  itemName: z.string().trim().min(1).max(200).optional(),
  applicant: z
    .object({
      name: z.string().trim().min(1, '缺少申请人姓名').max(64),
      idNumber: idNumberSchema,
    })
    .optional(),
});
export type DeclarationPayload = z.infer<typeof declarationPayloadSchema>;

/**
 * `POST /v1/cases/lookup`: a person's declarations, district-wide — by the ID number read from the card,
 * or one case by its number and the last four ID characters. A wrong number and wrong digits look the
 * same: an empty list.
 */
export const caseLookupRequestSchema = z.union(
  [
    z.strictObject({ idNumber: idNumberSchema }),
    z.strictObject({ caseNumber: caseNumberSchema, idLast4: idLast4Schema }),
  ],
  { message: '查询条件应为 { idNumber } 或 { caseNumber, idLast4 }' },
);
export type CaseLookupRequest = z.input<typeof caseLookupRequestSchema>;

export const caseLookupRecordSchema = caseStatusSchema.extend({
  itemName: z.string().nullable(),
  receivedAt: isoTime,
});
export type CaseLookupRecord = z.infer<typeof caseLookupRecordSchema>;

/** Most cases one lookup by ID number answers with (newest first). */
export const MAX_LOOKUP_CASES = 50;
export const caseLookupAnswerSchema = z.object({ cases: z.array(caseLookupRecordSchema) });
export type CaseLookupAnswer = z.infer<typeof caseLookupAnswerSchema>;

// ---------------------------------------------------------------- GET /v1/help/:callId (long poll)

/** Longest wait (seconds) a kiosk may ask of `GET /v1/help/:callId?wait=`. */
export const HELP_WAIT_MAX_SECONDS = 25;

/**
 * A help call raised by the asking device, as the hall's staff handle it: `open` (nobody took it yet),
 * `accepted` (a staff member took it in the console — 接单 — and is on the way), `closed` (cancelled at the
 * kiosk, or answered). With `wait`, an open call is answered when its state changes or the wait is over.
 */
export const helpStatusAnswerSchema = z.object({
  callId: z.string(),
  state: z.enum(['open', 'accepted', 'closed']),
  acceptedAt: isoTime.nullable(),
});
export type HelpStatusAnswer = z.infer<typeof helpStatusAnswerSchema>;
