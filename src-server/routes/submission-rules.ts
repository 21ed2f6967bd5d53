/**
 * Server rules for submission payloads of kind declaration, rating, complaint and help (each stored as
 * received once it passes). A rating of a case also carries what the store needs: the target and, for a 差评, the
 * follow-up (回访) due a number of working days later. A rated case or appointment must exist and be of the
 * rating kiosk's hall, or be named by its full number with the check part printed on the receipt.
 */
import { z } from 'zod';
import {
  declarationPayloadSchema,
  ratingPayloadSchema,
  SUBMISSION_PAYLOAD_SCHEMAS,
  type SubmissionKind,
} from '../../src-protocol/index.js';
import { addDays, chinaDate } from '../core/china-dates.js';
import { followUpDue, mayRateTarget, needsFollowUp } from '../core/rating.rules.js';
import { personKey } from '../core/person-key.js';
import type { DeclarationFacts, DistrictStore, RatingInput } from '../store/district.store.js';
import { HttpError, parseOrInvalid } from './http-errors.js';

const PAYLOAD_RULES: Partial<Record<SubmissionKind, z.ZodType>> = Object.fromEntries(
  Object.entries(SUBMISSION_PAYLOAD_SCHEMAS).map(([kind, schema]) => [kind, z.object({ payload: schema })]),
);

/** Throws 400 INVALID (field `payload.…`) when the payload breaks its kind's rules. */
export function checkPayload(kind: SubmissionKind, payload: unknown): void {
  const rule = PAYLOAD_RULES[kind];
  if (rule) parseOrInvalid(rule, { payload }, '提交内容');
}

export const UNKNOWN_TARGET_MESSAGE = '没有找到所评价的办件或预约，请核对编号';

/**
 * Throws 404 NOT_FOUND unless the rated case or appointment exists and belongs to `hallCode`, or its number
 * carries the check part printed on the receipt (which a kiosk cannot guess).
 */
async function checkTarget(
  target: { caseNumber: string } | { appointmentNumber: string },
  hallCode: string,
  store: DistrictStore,
): Promise<void> {
  const number = 'caseNumber' in target ? target.caseNumber : target.appointmentNumber;
  const hall = await store.ratingTargetHall(target);
  if (mayRateTarget(hall, hallCode, number)) return;
  const field = 'caseNumber' in target ? 'payload.target.caseNumber' : 'payload.target.appointmentNumber';
  throw new HttpError(404, 'NOT_FOUND', UNKNOWN_TARGET_MESSAGE, field);
}

/** What the store records for a rating received at `now` from a device of `hallCode`. */
export async function ratingInput(
  payload: unknown,
  hallCode: string,
  now: Date,
  store: DistrictStore,
): Promise<RatingInput> {
  const rating = ratingPayloadSchema.parse(payload);
  const { target } = rating;
  const targetCase =
    'caseNumber' in target
      ? target.caseNumber
      : 'appointmentNumber' in target
        ? target.appointmentNumber
        : null;
  if ('caseNumber' in target || 'appointmentNumber' in target) await checkTarget(target, hallCode, store);
  if (!needsFollowUp(rating.level)) return { targetCase, level: rating.level };
  const today = chinaDate(now);
  // Five working days fit in a month even with a week-long holiday.
  const holidays = new Set(await store.holidays(hallCode, today, addDays(today, 60)));
  return {
    targetCase,
    level: rating.level,
    followUp: { hallCode, dueDate: followUpDue(today, holidays) },
  };
}

/** What the store records of a declaration for its applicant's progress lookup. */
export function declarationFacts(payload: unknown): DeclarationFacts {
  const declaration = declarationPayloadSchema.parse(payload);
  const id = declaration.applicant?.idNumber;
  return {
    itemName: declaration.itemName ?? null,
    person: id ? { key: personKey(id), last4: id.slice(-4) } : null,
  };
}
