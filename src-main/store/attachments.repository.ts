/**
 * The sealed pages of declarations, waiting for upload. Written in the declaration's own transaction
 * (never unsealed on disk); a page's sealed bytes are dropped when the server has the whole page.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import type { DeviceKeyProvider } from './device-key.js';
import { open, seal } from './sealed-box.js';

export interface AttachmentInput {
  pageNo: number;
  materialName: string;
  sha256: string;
  width: number;
  height: number;
  jpeg: Buffer;
}

export interface AttachmentRow {
  id: number;
  outboxId: number;
  pageNo: number;
  materialName: string;
  sha256: string;
  size: number;
  width: number;
  height: number;
  state: 'pending' | 'sent' | 'dead';
  attempts: number;
  lastError: string | null;
  hasPage: boolean;
}

interface RawRow {
  id: number;
  outbox_id: number;
  page_no: number;
  material_name: string;
  sha256: string;
  size: number;
  width: number;
  height: number;
  state: AttachmentRow['state'];
  attempts: number;
  last_error: string | null;
  has_page: number;
}

const COLUMNS = `id, outbox_id, page_no, material_name, sha256, size, width, height, state, attempts, last_error,
  sealed IS NOT NULL AS has_page`;

const toRow = (r: RawRow): AttachmentRow => ({
  id: r.id,
  outboxId: r.outbox_id,
  pageNo: r.page_no,
  materialName: r.material_name,
  sha256: r.sha256,
  size: r.size,
  width: r.width,
  height: r.height,
  state: r.state,
  attempts: r.attempts,
  lastError: r.last_error,
  hasPage: r.has_page === 1,
});

export class AttachmentsRepository {
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly key: DeviceKeyProvider,
  ) {}

  private sql<P extends unknown[] = unknown[], R = unknown>(text: string): Statement<P, R> {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement as Statement<P, R>;
  }

  /** Seals and stores the pages of one outbox row. Call it inside the row's own transaction. */
  add(outboxId: number, pages: readonly AttachmentInput[], now: Date): void {
    const insert = this.sql(
      `INSERT INTO attachments (outbox_id, page_no, material_name, sha256, size, width, height, state, next_attempt_at, sealed)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
    );
    const key = this.key();
    for (const page of pages)
      insert.run(
        outboxId,
        page.pageNo,
        page.materialName,
        page.sha256,
        page.jpeg.length,
        page.width,
        page.height,
        now.toISOString(),
        seal(page.jpeg, key),
      );
  }

  ofOutbox(outboxId: number): AttachmentRow[] {
    return this.sql<[number], RawRow>(
      `SELECT ${COLUMNS} FROM attachments WHERE outbox_id = ? ORDER BY page_no`,
    )
      .all(outboxId)
      .map(toRow);
  }

  /**
   * Pending pages whose declaration the server has acknowledged (it has a case number) and whose next
   * attempt is due, oldest first, with that case number.
   */
  due(now: Date, limit: number): Array<AttachmentRow & { caseNumber: string }> {
    return this.sql<[string, number], RawRow & { case_number: string }>(
      `SELECT ${COLUMNS.replaceAll(/\b(id|state|attempts|last_error)\b/g, 'a.$1')}, o.case_number
         FROM attachments a JOIN outbox o ON o.id = a.outbox_id
        WHERE a.state = 'pending' AND a.next_attempt_at <= ? AND o.case_number IS NOT NULL
        ORDER BY a.next_attempt_at, a.id LIMIT ?`,
    )
      .all(now.toISOString(), limit)
      .map((r) => ({ ...toRow(r), caseNumber: r.case_number }));
  }

  /** The page's bytes, opened with the device key (only to upload them). */
  page(id: number): Buffer | undefined {
    const row = this.sql<[number], { sealed: Buffer | null }>(
      'SELECT sealed FROM attachments WHERE id = ?',
    ).get(id);
    return row?.sealed ? open(row.sealed, this.key()) : undefined;
  }

  /** The server has the whole page: drop the sealed bytes, keep the record. */
  markSent(id: number, now: Date): void {
    this.sql(
      `UPDATE attachments SET state = 'sent', sealed = NULL, acked_at = ?, last_error = NULL WHERE id = ? AND state = 'pending'`,
    ).run(now.toISOString(), id);
  }

  markRetry(id: number, error: string, next: Date): void {
    this.sql(
      `UPDATE attachments SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ? AND state = 'pending'`,
    ).run(error.slice(0, 500), next.toISOString(), id);
  }

  markDead(id: number, reason: string): void {
    this.sql(
      `UPDATE attachments SET state = 'dead', attempts = attempts + 1, last_error = ? WHERE id = ? AND state = 'pending'`,
    ).run(reason.slice(0, 500), id);
  }

  counts(): Record<AttachmentRow['state'], number> {
    const counts = { pending: 0, sent: 0, dead: 0 };
    for (const r of this.sql<[], { state: AttachmentRow['state']; n: number }>(
      'SELECT state, count(*) AS n FROM attachments GROUP BY state',
    ).all())
      counts[r.state] = r.n;
    return counts;
  }
}
