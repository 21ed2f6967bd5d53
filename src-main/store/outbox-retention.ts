/**
 * How long the outbox keeps what a citizen handed in, once it no longer needs it (README, "Data kept on
 * the kiosk"): 30 days after the district server acknowledged a row, its masked summary (masked name and
 * ID, item name, person digest) is emptied; on a demo kiosk, which never uploads, a row's sealed payload
 * and summary are erased 30 days after it was made (the row is marked discarded). What stays is the row's
 * number, kind, dates and case number: counts for the statistics, no personal data.
 */
import type { Db } from './database.js';

export const RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

export interface RetentionResult {
  /** Acknowledged rows whose summary was emptied. */
  summaries: number;
  /** Rows of a demo kiosk whose sealed payload and summary were erased. */
  demoPayloads: number;
}

export function applyOutboxRetention(
  db: Db,
  options: { demo: boolean; now?: Date; days?: number },
): RetentionResult {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.days ?? RETENTION_DAYS) * DAY_MS).toISOString();
  return db.transaction((): RetentionResult => {
    const summaries = db
      .prepare<[string]>(
        `UPDATE outbox SET summary = '{}', payload = NULL
           WHERE state = 'sent' AND acked_at IS NOT NULL AND acked_at < ? AND summary <> '{}'`,
      )
      .run(cutoff).changes;
    const demoPayloads = options.demo
      ? db
          .prepare<[string, string]>(
            `UPDATE outbox SET payload = NULL, summary = '{}', state = 'dead', discarded_at = ?,
               last_error = '演示模式：保留期满，已清除'
             WHERE state <> 'sent' AND discarded_at IS NULL AND created_at < ?`,
          )
          .run(now.toISOString(), cutoff).changes
      : 0;
    return { summaries, demoPayloads };
  })();
}
