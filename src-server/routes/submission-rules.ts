/**
 * Server rules for submission payloads of kind rating, complaint and help (declarations are stored as
 * received). A rating of a case also carries what the store needs: the target and, for a 差评, the
 * follow-up (回访) due a number of working days later.
 */
import { z } from 'zod';
import {
  FOLLOW_UP_WORKING_DAYS,
  POOR_RATING_MAX,
  complaintPayloadSchema,
  helpPayloadSchema,
  ratingPayloadSchema,
  type SubmissionKind,
} from '../../src-main/district/protocol.types.js';
import { addDays, addWorkingDays, chinaDate } from '../core/china-dates.js';
import type { DistrictStore, RatingInput } from '../store/district.store.js';
import { parseOrInvalid } from './http-errors.js';

const PAYLOAD_RULES: Partial<Record<SubmissionKind, z.ZodType>> = {
  rating: z.object({ payload: ratingPayloadSchema }),
  complaint: z.object({ payload: complaintPayloadSchema }),
  help: z.object({ payload: helpPayloadSchema }),
};

/** Throws 400 INVALID (field `payload.…`) when the payload breaks its kind's rules. */
export function checkPayload(kind: SubmissionKind, payload: unknown): void {
  const rule = PAYLOAD_RULES[kind];
  if (rule) parseOrInvalid(rule, { payload }, '提交内容');
}

/** What the store records for a rating received at `now` from a device of `hallCode`. */
export async function ratingInput(
  payload: unknown,
  hallCode: string,
  now: Date,
  store: DistrictStore,
): Promise<RatingInput> {
  const rating = ratingPayloadSchema.parse(payload);
  const targetCase = 'caseNumber' in rating.target ? rating.target.caseNumber : null;
  if (rating.level > POOR_RATING_MAX) return { targetCase, level: rating.level };
  const today = chinaDate(now);
  // Five working days fit in a month even with a week-long holiday.
  const holidays = new Set(await store.holidays(hallCode, today, addDays(today, 60)));
  return {
    targetCase,
    level: rating.level,
    followUp: { hallCode, dueDate: addWorkingDays(today, FOLLOW_UP_WORKING_DAYS, holidays) },
  };
}
