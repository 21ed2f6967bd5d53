/** Usage events (guide viewed, guide printed, session started…): counts only, never personal data. */
import type { Db } from './database.js';

export type UsageKind =
  | 'session'
  | 'guide.view'
  | 'guide.print'
  | 'search'
  | 'declaration'
  | 'progress'
  | 'appointment'
  | 'rating'
  | 'complaint'
  | 'help';

export class UsageRepository {
  private readonly insert;
  private readonly top;

  constructor(db: Db) {
    this.insert = db.prepare<[string, string, string | null]>(
      'INSERT INTO usage_events (at, kind, item_id) VALUES (?, ?, ?)',
    );
    this.top = db.prepare<[string, string, number], { itemId: string; n: number }>(
      `SELECT item_id AS itemId, count(*) AS n FROM usage_events
       WHERE kind = ? AND at >= ? AND item_id IS NOT NULL
       GROUP BY item_id ORDER BY n DESC, item_id LIMIT ?`,
    );
  }

  record(kind: UsageKind, itemId: string | null = null, at = new Date()): void {
    this.insert.run(at.toISOString(), kind, itemId);
  }

  topItems(kind: UsageKind, since: Date, limit: number): Array<{ itemId: string; n: number }> {
    return this.top.all(kind, since.toISOString(), limit);
  }
}
