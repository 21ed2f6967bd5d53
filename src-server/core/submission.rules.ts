/**
 * Taking a submission, decided over rows: a repeat of the same device and idempotency key answers the
 * first case number (nothing new is written); a rating of a case or appointment that is already rated is
 * refused (ALREADY_RATED); anything else gets a new case number. The SQLite store applies these in its
 * group commit; the PostgreSQL store runs the same rules inside its submit function
 * (migrations-pg/005_number_check_part.sql), one round trip per submission.
 */
import type { SubmissionOutcome } from '../store/district.store.js';

export interface SubmittedRow {
  case_number: string;
  received_at: string;
}

/** The answer to a repeated submission, or null when it is new. */
export function repeatSubmission(first: SubmittedRow | undefined): SubmissionOutcome | null {
  return first ? { created: false, caseNumber: first.case_number, receivedAt: first.received_at } : null;
}

/** Whether a rating must be refused because its target already has one. */
export function alreadyRated(
  rating: { targetCase: string | null } | undefined,
  targetRated: boolean,
): boolean {
  return rating?.targetCase != null && targetRated;
}
