/**
 * Errors of the district client beyond the shared ones in contract/errors.ts. The client throws:
 * OfflineError (retry later), UnauthorizedError (token missing, unknown or revoked),
 * CursorGoneError (do a full catalog resync) and RejectedError (the server refused this request
 * for good: the outbox dead-letters it).
 */
import { ConflictError, InputError } from '../contract/errors.js';

/** The server answered 4xx (other than 401, 408, 410 CURSOR_GONE, 429): retrying the same request will not help. */
export class RejectedError extends InputError {
  /** HTTP status of the answer, e.g. 400, 403, 404, 413. */
  readonly status: number;
  /** The server's error code (`INVALID`, `CODE_USED`, `NO_CATALOG`...), or `HTTP_<status>` when none was given. */
  readonly serverCode: string;
  /** The server's reason (Chinese), or a short English note when the body had none. */
  readonly reason: string;
  constructor(status: number, serverCode: string, reason: string, field?: string) {
    super(
      `district server rejected the request: HTTP ${status} ${serverCode}`,
      field,
      '提交的内容未被接收，请联系工作人员。',
    );
    this.status = status;
    this.serverCode = serverCode;
    this.reason = reason;
  }
}

/** HTTP 410 CURSOR_GONE: the server no longer knows the `since` version or cursor; resync the full catalog. */
export class CursorGoneError extends ConflictError {
  constructor(message = 'catalog cursor or version no longer known by the district server') {
    super(message, '事项目录需要重新同步，请稍候。');
  }
}
