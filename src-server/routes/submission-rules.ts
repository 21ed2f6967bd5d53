/**
 * Server rules for submission payloads of kind declaration, rating, complaint and help (each stored as
 * received once it passes). A rating of a case also carries what the store needs: the target and, for a 差评, the
 * follow-up (回访) due a number of working days later. A rated case or appointment must exist and be of the
 * rating kiosk's hall, or be named by its full number with the check part printed on the receipt; a rating of
 * anything but the kiosk's own hall's case first counts as a guess (rating.rules.ts, ratingGuessTarget).
 */
import { z } from 'zod';
import {
  declarationPayloadSchema,
  ratingPayloadSchema,
  SUBMISSION_PAYLOAD_SCHEMAS,
  type SubmissionKind,
} from '../../src-protocol/index.js';
import { addDays, chinaDate } from '../core/china-dates.js';
import {
  followUpDue,
  isOwnHallTarget,
  mayRateTarget,
  needsFollowUp,
  ratingGuessTarget,
} from '../core/rating.rules.js';
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
 * Counts one guess of the target `key` (a key of the guess limits, e.g. `case:ZC20261125000042`; `logTarget`
 * is what the district's log may name of it) and throws 429 RATE_LIMITED over the limits.
 */
export type RatingGuessGuard = (key: string, logTarget: string) => Promise<void>;

/**
 * Returns when the rated case or appointment belongs to `hallCode`. Anything else first counts as a guess
 * (`guard`: 429 over the limits, whatever the number names, the right check part included); then it passes
 * when its number carries the check part printed on the receipt, and is 404 NOT_FOUND otherwise — the
 * same answer for a wrong check part, an unknown number and another hall's number without its check part.
 */
async function checkTarget(
  target: { caseNumber: string } | { appointmentNumber: string },
  hallCode: string,
  store: DistrictStore,
  guard: RatingGuessGuard,
): Promise<void> {
  const number = 'caseNumber' in target ? target.caseNumber : target.appointmentNumber;
  const hall = await store.ratingTargetHall(target);
  if (isOwnHallTarget(hall, hallCode)) return;
  const guess = ratingGuessTarget(target);
  await guard(guess.key, guess.base);
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
  guard: RatingGuessGuard,
): Promise<RatingInput> {
  const rating = ratingPayloadSchema.parse(payload);
  const { target } = rating;
  const targetCase =
    'caseNumber' in target
      ? target.caseNumber
      : 'appointmentNumber' in target
        ? target.appointmentNumber
        : null;
  if ('caseNumber' in target || 'appointmentNumber' in target)
    await checkTarget(target, hallCode, store, guard);
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
