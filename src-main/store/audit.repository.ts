/** The admin audit log: what was done and when, never a PIN or a citizen's data. */
import type { AuditEntry } from '../contract/admin.types.js';
import type { Db } from './database.js';
import { isDiskFullError } from './disk-space.js';

export class AuditRepository {
  private readonly insert;
  private readonly recentStmt;

  constructor(db: Db) {
    this.insert = db.prepare<[string, string, string]>(
      'INSERT INTO audit_log (at, action, detail) VALUES (?, ?, ?)',
    );
    this.recentStmt = db.prepare<[number], AuditEntry>(
      'SELECT at, action, detail FROM audit_log ORDER BY id DESC LIMIT ?',
    );
  }

  /**
   * `action` is a stable code (admin.enter, admin.updateSettings…); `detail` a short Chinese note.
   * On a full disk the entry is dropped (false) rather than locking staff out of the admin screen,
   * which is where they see and fix the disk.
   */
  add(action: string, detail = '', at = new Date()): boolean {
    try {
      this.insert.run(at.toISOString(), action.slice(0, 60), detail.slice(0, 300));
      return true;
    } catch (error) {
      if (isDiskFullError(error)) return false;
      throw error;
    }
  }

  /** Newest first. */
  recent(limit = 200): AuditEntry[] {
    return this.recentStmt.all(limit);
  }
}
