/**
 * GET /v1/cases and POST /v1/cases/lookup: the status of the asking device's cases, and a person's
 * declarations district-wide. Pure: zod only.
 */
import { z } from 'zod';
import { CASE_STATUSES, caseNumberSchema, idLast4Schema, idNumberSchema, isoTime } from './common.js';

/** Most case numbers one `GET /v1/cases` may ask about. */
export const MAX_CASE_NUMBERS = 100;
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
