/**
 * The outbox of progress notices: a status change of a declaration (in the console or by `case set`)
 * queues one notice when the declaration left a mobile number; `drain` sends the due ones through the
 * notifier, retrying with exponential backoff, and after the last try puts a notice on the dead-letter
 * list that the console shows (and can send again). The phone is read from the declaration when a notice
 * is sent and is never stored with the notice, logged or shown.
 */
import { MOBILE_PHONE } from '../../src-protocol/feedback.js';
import type { StoreSql } from '../store/store-sql.js';
import type { NoticeRow } from '../console/feedback-api.types.js';
import { formOf } from '../console/form-labels.js';
import type { DistrictStore } from '../store/district.store.js';
import { NoticeError, type ProgressNotifier } from './notifier.js';

export interface NoticeOptions {
  templateId: string;
  /** The first retry's delay; each next one doubles it. */
  backoffMs: number;
  /** Tries before a notice goes to the dead-letter list. */
  maxAttempts: number;
}

export const DEFAULT_NOTICE_OPTIONS: NoticeOptions = {
  templateId: 'CASE_STATUS',
  backoffMs: 30_000,
  maxAttempts: 6,
};

/** The server's logger (pino) or a test's collector. */
export interface NoticeLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/** Queues a notice for a status change when the declaration has a mobile number; true when queued. */
export async function queueNotice(
  sql: StoreSql,
  caseNumber: string,
  status: string,
  now: Date,
): Promise<boolean> {
  const row = await sql.get<{ payload: string }>(
    "SELECT payload FROM submissions WHERE case_number = ? AND kind = 'declaration'",
    [caseNumber],
  );
  if (!row || phoneIn(row.payload, ['phone']) === null) return false;
  await sql.run(
    `INSERT INTO progress_notices (case_number, status, created_at, state, attempts, next_attempt_at)
     VALUES (?, ?, ?, 'pending', 0, ?)`,
    [caseNumber, status, now.toISOString(), now.toISOString()],
  );
  return true;
}

/** The mobile number of a declaration: the form's phone fields first, then any `phone` key. */
function phoneIn(payload: string, keys: readonly string[]): string | null {
  try {
    const values = (JSON.parse(payload) as { values?: Record<string, unknown> }).values ?? {};
    for (const key of [...keys, 'phone']) {
      const value = values[key];
      if (typeof value === 'string' && MOBILE_PHONE.test(value.trim())) return value.trim();
    }
  } catch {
    // A payload that is not JSON has no phone to use.
  }
  return null;
}

export class NoticesService {
  private draining: Promise<number> | null = null;

  constructor(
    private readonly sql: StoreSql,
    private readonly store: DistrictStore,
    private readonly notifier: ProgressNotifier,
    private readonly log: NoticeLog,
    private readonly now: () => Date,
    private readonly options: NoticeOptions = DEFAULT_NOTICE_OPTIONS,
  ) {}

  /** Sends every due notice once; the number sent. One drain at a time. */
  drain(): Promise<number> {
    this.draining ??= this.drainOnce().finally(() => (this.draining = null));
    return this.draining;
  }

  private async drainOnce(): Promise<number> {
    const due = await this.sql.all<{
      id: number | string;
      case_number: string;
      status: string;
      attempts: number | string;
      payload: string | null;
      item_name: string | null;
    }>(
      `SELECT n.id, n.case_number, n.status, n.attempts, s.payload, s.item_name
         FROM progress_notices n LEFT JOIN submissions s ON s.case_number = n.case_number
        WHERE n.state = 'pending' AND n.next_attempt_at <= ? ORDER BY n.next_attempt_at, n.id LIMIT 100`,
      [this.now().toISOString()],
    );
    let sent = 0;
    for (const row of due) {
      const id = Number(row.id);
      const attempts = Number(row.attempts) + 1;
      const phoneKeys = await this.phoneKeys(row.payload, row.item_name);
      const phone = row.payload ? phoneIn(row.payload, phoneKeys) : null;
      try {
        if (phone === null) throw new NoticeError('申报中没有手机号', true);
        await this.notifier.send({
          phone,
          templateId: this.options.templateId,
          variables: { caseNumber: row.case_number, itemName: row.item_name ?? '', status: row.status },
        });
        await this.sql.run(
          "UPDATE progress_notices SET state = 'sent', attempts = ?, sent_at = ?, last_error = NULL WHERE id = ?",
          [attempts, this.now().toISOString(), id],
        );
        this.log.info(
          { notice: id, caseNumber: row.case_number, via: this.notifier.kind },
          'progress notice sent',
        );
        sent++;
      } catch (error) {
        const reason = error instanceof NoticeError ? error.message : '发送时出错';
        const dead =
          (error instanceof NoticeError && error.permanent) || attempts >= this.options.maxAttempts;
        const next = new Date(this.now().getTime() + this.options.backoffMs * 2 ** (attempts - 1));
        await this.sql.run(
          'UPDATE progress_notices SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?',
          [dead ? 'dead' : 'pending', attempts, next.toISOString(), reason, id],
        );
        this.log.warn(
          { notice: id, caseNumber: row.case_number, attempts, dead, reason },
          dead ? 'progress notice dead-lettered' : 'progress notice will be retried',
        );
      }
    }
    return sent;
  }

  private async phoneKeys(payload: string | null, itemName: string | null): Promise<string[]> {
    if (!payload) return [];
    let itemId: string | null = null;
    try {
      const p = JSON.parse(payload) as { itemId?: unknown };
      itemId = typeof p.itemId === 'string' ? p.itemId : null;
    } catch {
      return [];
    }
    const form = await formOf(this.sql, this.store, itemId, itemName);
    return (form ?? []).filter((f) => f.type === 'phone').map((f) => f.id);
  }
}

/**
 * Notices for the console: the dead-letter list (or any state), newest first, hall-scoped. A notice is
 * in a hall through its declaration's kiosk: one without a declaration row is in no hall and not listed.
 */
export async function listNotices(
  sql: StoreSql,
  hall: string | null,
  state: 'pending' | 'sent' | 'dead',
): Promise<NoticeRow[]> {
  const rows = await sql.all<{
    id: number | string;
    case_number: string;
    status: string;
    created_at: string;
    attempts: number | string;
    state: 'pending' | 'sent' | 'dead';
    last_error: string | null;
    hall_code: string;
  }>(
    `SELECT n.id, n.case_number, n.status, n.created_at, n.attempts, n.state, n.last_error, d.hall_code
       FROM progress_notices n JOIN submissions s ON s.case_number = n.case_number
       JOIN devices d ON d.id = s.device_id
      WHERE n.state = ? ${hall !== null ? 'AND d.hall_code = ?' : ''}
      ORDER BY n.id DESC LIMIT 200`,
    hall !== null ? [state, hall] : [state],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    caseNumber: r.case_number,
    hallCode: r.hall_code,
    status: r.status,
    createdAt: r.created_at,
    attempts: Number(r.attempts),
    state: r.state,
    lastError: r.last_error,
  }));
}

/** Puts a dead notice back in the queue; false when there is none in scope. */
export async function retryNotice(
  sql: StoreSql,
  hall: string | null,
  id: number,
  now: Date,
): Promise<boolean> {
  const inScope = await sql.get<{ one: number }>(
    `SELECT 1 AS one FROM progress_notices n JOIN submissions s ON s.case_number = n.case_number
       JOIN devices d ON d.id = s.device_id WHERE n.id = ? AND n.state = 'dead' ${hall !== null ? 'AND d.hall_code = ?' : ''}`,
    hall !== null ? [id, hall] : [id],
  );
  if (!inScope) return false;
  await sql.run(
    "UPDATE progress_notices SET state = 'pending', attempts = 0, next_attempt_at = ?, last_error = NULL WHERE id = ?",
    [now.toISOString(), id],
  );
  return true;
}
