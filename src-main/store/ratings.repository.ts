/** 好差评 given at this kiosk: one per case or appointment, whatever number it was rated under. */
import type { Db } from './database.js';

export class RatingsRepository {
  constructor(private readonly db: Db) {}

  /** True when any of `targets` (the same case under its kiosk and district numbers) was rated. */
  rated(targets: readonly string[]): boolean {
    const probe = this.db.prepare<[string], { one: number }>(
      'SELECT 1 AS one FROM ratings_given WHERE target = ?',
    );
    return targets.some((t) => probe.get(t) !== undefined);
  }

  /**
   * Records the rating under every key of its target, in the caller's transaction. False (and nothing
   * written) when one of them was rated meanwhile.
   */
  record(targets: readonly string[], outboxId: number, level: number, now = new Date()): boolean {
    if (this.rated(targets)) return false;
    const insert = this.db.prepare(
      'INSERT INTO ratings_given (target, outbox_id, level, created_at) VALUES (?, ?, ?, ?)',
    );
    for (const target of new Set(targets)) insert.run(target, outboxId, level, now.toISOString());
    return true;
  }

  /** Counts per level (1–5) since a time, for the admin's statistics. */
  distribution(since: Date): Record<number, number> {
    const out: Record<number, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    const rows = this.db
      .prepare<[string], { level: number; n: number }>(
        `SELECT level, count(DISTINCT outbox_id) AS n FROM ratings_given WHERE created_at >= ? GROUP BY level`,
      )
      .all(since.toISOString());
    for (const r of rows) out[r.level] = r.n;
    return out;
  }
}
