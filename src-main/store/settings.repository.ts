/** Key → JSON value settings, behind prepared statements. */
import type { Db } from './database.js';

export class SettingsRepository {
  private readonly getStmt;
  private readonly setStmt;
  private readonly allStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    this.setStmt = db.prepare<[string, string]>(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
    this.allStmt = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  }

  get(key: string): unknown {
    const row = this.getStmt.get(key);
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  set(key: string, value: unknown): void {
    this.setStmt.run(key, JSON.stringify(value));
  }

  all(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const row of this.allStmt.all()) out[row.key] = JSON.parse(row.value) as unknown;
    return out;
  }
}
