/**
 * The console's audit log: every view of personal data and every change, with who, when, which hall and
 * what (a case number, a device id — never the personal data itself). The district reads it in the console.
 */
import type { StoreSql } from '../store/store-sql.js';
import type { AuditEntry, StaffUser } from './console-api.types.js';

export class AuditLog {
  constructor(
    private readonly sql: StoreSql,
    private readonly now: () => Date,
  ) {}

  async record(
    user: StaffUser,
    entry: { action: string; target: string; hallCode?: string | null; detail?: string },
  ): Promise<void> {
    await this.sql.run(
      'INSERT INTO console_audit (at, user_name, hall_code, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)',
      [
        this.now().toISOString(),
        user.name,
        entry.hallCode ?? user.hallCode,
        entry.action,
        entry.target,
        entry.detail ?? null,
      ],
    );
  }

  /** Newest first. */
  async list(limit: number, beforeSeq?: number): Promise<AuditEntry[]> {
    const rows = await this.sql.all<{
      seq: number | string;
      at: string;
      user_name: string;
      hall_code: string | null;
      action: string;
      target: string;
      detail: string | null;
    }>(
      `SELECT * FROM console_audit ${beforeSeq !== undefined ? 'WHERE seq < ?' : ''} ORDER BY seq DESC LIMIT ?`,
      beforeSeq !== undefined ? [beforeSeq, limit] : [limit],
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      user: r.user_name,
      hallCode: r.hall_code,
      action: r.action,
      target: r.target,
      detail: r.detail,
    }));
  }
}
