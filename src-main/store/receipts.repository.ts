/**
 * Receipts waiting for a reprint by hall staff (masked content only). A receipt is journaled here
 * (reason PRINTING) before it goes to the printer and removed once printed, so a kiosk that stops
 * mid-print (power cut, kill) finds it at the next start and hands it to staff (INTERRUPTED).
 */
import type { ReceiptLine } from '../devices/printer/printer.types.js';
import type { Db } from './database.js';

export interface PendingReceipt {
  id: number;
  outboxId: number | null;
  localNumber: string;
  createdAt: string;
  reason: string;
  lines: ReceiptLine[];
}

/** The reason of a receipt that is being printed right now (hidden from the reprint queue). */
export const PRINTING = 'PRINTING';
/** The reason of a receipt whose printing a stop of the kiosk cut off. */
export const INTERRUPTED = 'INTERRUPTED';

export class ReceiptsRepository {
  constructor(private readonly db: Db) {}

  add(input: { outboxId: number | null; localNumber: string; reason: string; lines: ReceiptLine[] }): number {
    return this.db
      .prepare(
        'INSERT INTO pending_receipts (outbox_id, local_number, created_at, reason, lines) VALUES (?, ?, ?, ?, ?)',
      )
      .run(
        input.outboxId,
        input.localNumber,
        new Date().toISOString(),
        input.reason,
        JSON.stringify(input.lines),
      ).lastInsertRowid as number;
  }

  pending(): PendingReceipt[] {
    return this.db
      .prepare<
        [],
        {
          id: number;
          outbox_id: number | null;
          local_number: string;
          created_at: string;
          reason: string;
          lines: string;
        }
      >(
        `SELECT id, outbox_id, local_number, created_at, reason, lines FROM pending_receipts
          WHERE printed_at IS NULL AND reason <> '${PRINTING}' ORDER BY id`,
      )
      .all()
      .map((r) => ({
        id: r.id,
        outboxId: r.outbox_id,
        localNumber: r.local_number,
        createdAt: r.created_at,
        reason: r.reason,
        lines: JSON.parse(r.lines) as ReceiptLine[],
      }));
  }

  /** A receipt of the queue by id, printed or not (`printedAt` says). */
  get(id: number): (PendingReceipt & { printedAt: string | null }) | undefined {
    const r = this.db
      .prepare<
        [number],
        {
          id: number;
          outbox_id: number | null;
          local_number: string;
          created_at: string;
          reason: string;
          lines: string;
          printed_at: string | null;
        }
      >(
        'SELECT id, outbox_id, local_number, created_at, reason, lines, printed_at FROM pending_receipts WHERE id = ?',
      )
      .get(id);
    if (!r) return undefined;
    return {
      id: r.id,
      outboxId: r.outbox_id,
      localNumber: r.local_number,
      createdAt: r.created_at,
      reason: r.reason,
      lines: JSON.parse(r.lines) as ReceiptLine[],
      printedAt: r.printed_at,
    };
  }

  markPrinted(id: number): void {
    this.db
      .prepare('UPDATE pending_receipts SET printed_at = ? WHERE id = ?')
      .run(new Date().toISOString(), id);
  }

  /** Why a journaled receipt did not print: it joins the reprint queue. */
  setReason(id: number, reason: string): void {
    this.db.prepare('UPDATE pending_receipts SET reason = ? WHERE id = ?').run(reason, id);
  }

  /** A journaled receipt printed whole: nothing to keep. */
  remove(id: number): void {
    this.db.prepare('DELETE FROM pending_receipts WHERE id = ?').run(id);
  }

  /** At start: receipts that were printing when the kiosk stopped join the reprint queue. */
  requeueInterrupted(): number {
    return this.db
      .prepare('UPDATE pending_receipts SET reason = ? WHERE reason = ? AND printed_at IS NULL')
      .run(INTERRUPTED, PRINTING).changes;
  }
}
