/**
 * Case statuses pulled from the district server: the latest status is mirrored onto the outbox row
 * (case_status) and the whole history is kept in `cases` for the progress screen.
 */
import type { Db } from './database.js';

export interface CaseHistoryEntry {
  status: string;
  at: string;
  note?: string;
}

export interface CaseStatusRow {
  caseNumber: string;
  status: string;
  history: CaseHistoryEntry[];
  /** Time of the latest history entry. */
  changedAt: string;
  pulledAt: string;
}

interface RawCase {
  case_number: string;
  status: string;
  history: string;
  changed_at: string;
  pulled_at: string;
}

export class CaseStatusRepository {
  constructor(private readonly db: Db) {}

  /**
   * Stores what the server said, in one transaction, and mirrors each status onto its outbox row.
   * Returns how many cases changed status (or were new).
   */
  upsert(cases: readonly Omit<CaseStatusRow, 'pulledAt' | 'changedAt'>[], now = new Date()): number {
    const read = this.db.prepare<[string], { status: string }>(
      'SELECT status FROM cases WHERE case_number = ?',
    );
    const write = this.db.prepare<[string, string, string, string, string]>(
      `INSERT INTO cases (case_number, status, history, changed_at, pulled_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(case_number) DO UPDATE SET status = excluded.status, history = excluded.history,
         changed_at = excluded.changed_at, pulled_at = excluded.pulled_at`,
    );
    const mirror = this.db.prepare<[string, string]>(
      'UPDATE outbox SET case_status = ? WHERE case_number = ?',
    );
    const at = now.toISOString();
    return this.db.transaction(() => {
      let changed = 0;
      for (const c of cases) {
        if (read.get(c.caseNumber)?.status !== c.status) changed++;
        write.run(c.caseNumber, c.status, JSON.stringify(c.history), c.history.at(-1)?.at ?? at, at);
        mirror.run(c.status, c.caseNumber);
      }
      return changed;
    })();
  }

  get(caseNumber: string): CaseStatusRow | undefined {
    const raw = this.db
      .prepare<[string], RawCase>(
        'SELECT case_number, status, history, changed_at, pulled_at FROM cases WHERE case_number = ?',
      )
      .get(caseNumber);
    if (!raw) return undefined;
    return {
      caseNumber: raw.case_number,
      status: raw.status,
      history: JSON.parse(raw.history) as CaseHistoryEntry[],
      changedAt: raw.changed_at,
      pulledAt: raw.pulled_at,
    };
  }
}
