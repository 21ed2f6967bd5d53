/** The envelope every contract call returns across IPC or HTTP (an Error's fields don't survive IPC). */
import type { ErrorCode } from './errors.js';

export interface ErrorBody {
  code: ErrorCode;
  /** One Chinese sentence for the citizen. */
  message: string;
  /** The offending input field, for INPUT errors. */
  field?: string;
  /** A stable sub-code (device reason etc.). */
  reason?: string;
  /** Correlation id of the log line, for bugs. */
  correlationId?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
