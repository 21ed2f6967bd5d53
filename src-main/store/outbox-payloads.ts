/**
 * The outbox's payloads, typed by kind with the district protocol's types: what a service may enqueue
 * (checked by the compiler) and what the drain may send (checked against the kind's schema just before it
 * goes out, so a row that was damaged or written by older code is dead-lettered here, not sent).
 */
import {
  SUBMISSION_PAYLOAD_SCHEMAS,
  type PayloadKind,
  type SubmissionPayloads,
} from '../../src-protocol/payloads.js';
import { StoreCorruptError } from '../contract/errors.js';

/** The kinds a kiosk puts into its outbox (appointments are booked online, never queued). */
export type OutboxPayloadKind = PayloadKind;

/**
 * A rating of a declaration the district has not numbered yet names the kiosk's own number; the drain puts
 * the case number in its place before it is sent (and holds the rating back until there is one).
 */
export interface LocalRatingTarget {
  localNumber: string;
}

/** What each kind's row holds: the protocol's payload, but a rating may name a local target. */
export interface OutboxPayloads extends Omit<SubmissionPayloads, 'rating'> {
  rating: Omit<SubmissionPayloads['rating'], 'target'> & {
    target: SubmissionPayloads['rating']['target'] | LocalRatingTarget;
  };
}

/** One payload with its kind: the discriminated union the outbox stores and reads. */
export type OutboxPayload = {
  [K in OutboxPayloadKind]: { kind: K; payload: OutboxPayloads[K] };
}[OutboxPayloadKind];

/**
 * A stored payload that is not what its kind's schema says (damaged, or of a kind the kiosk never queues).
 * Carries the kind and the paths of the broken fields only: never a value, which may be personal data.
 */
export class OutboxPayloadError extends StoreCorruptError {
  constructor(
    readonly kind: string,
    /** Dotted paths of the broken fields (`target`, `level`, `(root)`…). */
    readonly fields: readonly string[],
  ) {
    super(`outbox payload of kind ${kind} is malformed at ${fields.join(', ')}`);
  }
}

const isPayloadKind = (kind: string): kind is OutboxPayloadKind =>
  Object.hasOwn(SUBMISSION_PAYLOAD_SCHEMAS, kind);

/** A wire payload of one kind, as the protocol types it. */
export type OutgoingPayload = {
  [K in OutboxPayloadKind]: { kind: K; payload: SubmissionPayloads[K] };
}[OutboxPayloadKind];

/**
 * Checks a payload's JSON text, as it is about to go out, against its kind's protocol schema; throws
 * OutboxPayloadError when it does not fit.
 */
export function checkOutgoingPayload(kind: string, payloadJson: string): OutgoingPayload {
  if (!isPayloadKind(kind)) throw new OutboxPayloadError(kind, ['(kind)']);
  let value: unknown;
  try {
    value = JSON.parse(payloadJson);
  } catch {
    throw new OutboxPayloadError(kind, ['(json)']);
  }
  const checked = SUBMISSION_PAYLOAD_SCHEMAS[kind].safeParse(value);
  if (!checked.success)
    throw new OutboxPayloadError(kind, [
      ...new Set(checked.error.issues.map((issue) => issue.path.join('.') || '(root)')),
    ]);
  // The value as it is (not the schema's output): what goes out is what was sealed.
  return { kind, payload: value } as OutgoingPayload;
}
