/**
 * The payloads of `POST /v1/submissions` the server reads, one schema per kind; `SubmissionPayloads`
 * maps each kind to its payload type. Pure: zod only.
 */
import { z } from 'zod';
import { caseNumberSchema, idNumberSchema, isoTime, mobilePhoneSchema } from './common.js';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_TEXT_MAX,
  POOR_RATING_MAX,
  RATING_COMMENT_MAX,
  RATING_REASONS,
} from './feedback.js';

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
    /**
     * When the citizen rated, by the kiosk's clock (addition 2 to version 1; older kiosks send none). Stored
     * with the payload as received and read by nothing: the server counts from its own `receivedAt`, and the
     * row's `clocks` say how far the kiosk was off. Malformed, it is dropped, never a reason to refuse a rating.
     */
    ratedAt: isoTime.optional().catch(undefined),
  })
  .refine((r) => r.level > POOR_RATING_MAX || r.reasons.length > 0 || (r.comment ?? '').length > 0, {
    message: '差评请至少选择一个原因或填写意见',
    path: ['reasons'],
  });
export type RatingPayload = z.infer<typeof ratingPayloadSchema>;
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
    /** The kiosk's number printed on the slip, so any kiosk of the hall can look the reply up. */
    trackingNumber: z.string().trim().min(1).max(64).optional(),
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

/** A page of paper material a declaration announces (see "Attachments" in protocol.md). */
export interface AnnouncedPage {
  pageNo: number;
  materialName: string;
  sha256: string;
  size: number;
  width?: number;
  height?: number;
}

/**
 * The whole `declaration` payload a kiosk sends: what the server reads (`DeclarationPayload`) plus what it
 * stores as received for the staff who handle the case.
 */
export type KioskDeclarationPayload = DeclarationPayload & {
  itemId: string;
  itemCode: string;
  itemName: string;
  identityMethod: 'card' | 'manual';
  /** The form's values by field id. */
  values: Record<string, unknown>;
  submittedAt: string;
  attachments?: AnnouncedPage[];
};

/** What a sender puts into the payload of each kind the server reads (before the schema's defaults). */
export interface SubmissionPayloads {
  declaration: KioskDeclarationPayload;
  rating: z.input<typeof ratingPayloadSchema>;
  complaint: z.input<typeof complaintPayloadSchema>;
  help: z.input<typeof helpPayloadSchema>;
}
export type PayloadKind = keyof SubmissionPayloads;

/** The schema of each kind's payload, as the server checks it (a sender may check a stored payload with it). */
export const SUBMISSION_PAYLOAD_SCHEMAS = {
  declaration: declarationPayloadSchema,
  rating: ratingPayloadSchema,
  complaint: complaintPayloadSchema,
  help: helpPayloadSchema,
} as const satisfies Record<PayloadKind, z.ZodType>;
