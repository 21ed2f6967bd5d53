/**
 * The appointment routes (online only): free slots, booking and cancelling. Pure: zod only.
 */
import { z } from 'zod';
import { idNumberSchema, isoDateSchema, itemIdSchema, mobilePhoneSchema, slotTimeSchema } from './common.js';
import { submissionRequestSchema } from './submissions.js';

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
