/** Usage events (guide viewed, guide printed, session started…): counts only, never personal data. */
import { relaxedWrite, type Db } from './database.js';
import { isDiskFullError } from './disk-space.js';

export type UsageKind =
  | 'session'
  | 'guide.view'
  | 'guide.print'
  | 'search'
  /** A search that found nothing: `item_id` holds the cleaned query (see search-miss.privacy.ts). */
  | 'search.miss'
  | 'declaration'
  | 'progress'
  | 'appointment'
  | 'rating'
  | 'complaint'
  | 'help'
  | 'form.print';

export class UsageRepository {
  private readonly insert;
  private readonly top;
  private readonly daily;
  private readonly misses;
  private readonly forgetMisses;

  constructor(private readonly db: Db) {
    this.insert = db.prepare<[string, string, string | null]>(
      'INSERT INTO usage_events (at, kind, item_id) VALUES (?, ?, ?)',
    );
    this.top = db.prepare<[string, string, number], { itemId: string; n: number }>(
      `SELECT item_id AS itemId, count(*) AS n FROM usage_events
       WHERE kind = ? AND at >= ? AND item_id IS NOT NULL
       GROUP BY item_id ORDER BY n DESC, item_id LIMIT ?`,
    );
    this.misses = db.prepare<[string, number], { query: string; count: number; lastAt: string }>(
      `SELECT item_id AS query, count(*) AS count, max(at) AS lastAt FROM usage_events
       WHERE kind = 'search.miss' AND at >= ? AND item_id IS NOT NULL
       GROUP BY item_id ORDER BY count DESC, lastAt DESC LIMIT ?`,
    );
    this.forgetMisses = db.prepare<[string]>(
      `DELETE FROM usage_events WHERE kind = 'search.miss' AND at < ?`,
    );
    this.daily = db.prepare<[string], { day: string; kind: UsageKind; n: number }>(
      `SELECT date(at, '+8 hours') AS day, kind, count(*) AS n FROM usage_events
       WHERE at >= ? GROUP BY day, kind`,
    );
  }

  /** Events per China day (UTC+8, YYYY-MM-DD) and kind since a time, for the admin's statistics. */
  perDay(since: Date): Array<{ day: string; kind: UsageKind; n: number }> {
    return this.daily.all(since.toISOString());
  }

  /** The queries that found nothing since a time, most frequent first. */
  searchMisses(since: Date, limit: number): Array<{ query: string; count: number; lastAt: string }> {
    return this.misses.all(since.toISOString(), limit);
  }

  /**
   * Forgets the queries that found nothing before a time (the 统计 tab shows 90 days at most): what a
   * villager typed is not kept longer than the hall needs it. Returns how many were forgotten.
   */
  forgetSearchMisses(before: Date): number {
    return this.forgetMisses.run(before.toISOString()).changes;
  }

  record(kind: UsageKind, itemId: string | null = null, at = new Date()): void {
    try {
      relaxedWrite(this.db, () => this.insert.run(at.toISOString(), kind, itemId));
    } catch (error) {
      // A count is not worth failing a citizen's request for: on a full disk it is dropped.
      if (!isDiskFullError(error)) throw error;
    }
  }

  topItems(kind: UsageKind, since: Date, limit: number): Array<{ itemId: string; n: number }> {
    return this.top.all(kind, since.toISOString(), limit);
  }
}
