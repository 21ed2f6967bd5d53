/**
 * The outbox behind prepared statements. A row is written in one transaction with its kiosk
 * number; it leaves the `pending` state only when the server's answer is committed here, and its
 * sealed payload is dropped at that moment (the case number and status stay).
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { assertRoomFor } from './disk-space.js';
import { open, sealJson } from './sealed-box.js';
import type { DeviceKeyProvider } from './device-key.js';
import type { OutboxPayload } from './outbox-payloads.js';

export type OutboxKind = 'declaration' | 'rating' | 'complaint' | 'appointment' | 'help';
export type OutboxState = 'pending' | 'sent' | 'dead';

/** Masked, non-personal facts about a row: safe for receipts, admin screens and logs. */
export interface OutboxSummary {
  itemName?: string;
  maskedName?: string;
  maskedIdNumber?: string;
  /**
   * The PC's own clock when the row was made (`createdAt` is the kiosk's time, corrected by the
   * district's when the PC's clock is off): both go to the district with the row.
   */
  localAt?: string;
  [key: string]: unknown;
}

export interface OutboxRow {
  id: number;
  idempotencyKey: string;
  kind: OutboxKind;
  localNumber: string;
  itemId: string | null;
  createdAt: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  caseNumber: string | null;
  caseStatus: string | null;
  ackedAt: string | null;
  hasPayload: boolean;
  /** ISO time an admin discarded this dead letter (its payload is gone); null otherwise. */
  discardedAt: string | null;
  summary: OutboxSummary;
}

interface RawRow {
  id: number;
  idempotency_key: string;
  kind: OutboxKind;
  local_number: string;
  item_id: string | null;
  created_at: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  case_number: string | null;
  case_status: string | null;
  acked_at: string | null;
  has_payload: number;
  discarded_at: string | null;
  summary: string;
}

const COLUMNS = `id, idempotency_key, kind, local_number, item_id, created_at, state, attempts, next_attempt_at,
  last_error, case_number, case_status, acked_at, payload IS NOT NULL AS has_payload, discarded_at, summary`;

function toRow(r: RawRow): OutboxRow {
  return {
    id: r.id,
    idempotencyKey: r.idempotency_key,
    kind: r.kind,
    localNumber: r.local_number,
    itemId: r.item_id,
    createdAt: r.created_at,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    caseNumber: r.case_number,
    caseStatus: r.case_status,
    ackedAt: r.acked_at,
    hasPayload: r.has_payload === 1,
    discardedAt: r.discarded_at,
    summary: JSON.parse(r.summary) as OutboxSummary,
  };
}

/** The kiosk's own number: hall code + YYYYMMDD (China time) + 4-digit sequence of the day. */
export function chinaDay(now: Date): string {
  const d = new Date(now.getTime() + 8 * 3_600_000);
  return d.toISOString().slice(0, 10).replaceAll('-', '');
}

interface EnqueueOptions {
  itemId?: string | null;
  summary: OutboxSummary;
  idempotencyKey?: string;
  /** Runs inside the row's transaction, after its insert (sealed pages written with their declaration). */
  within?: (rowId: number) => void;
  /** A payload key to carry the row's local number (e.g. the tracking number printed on a slip). */
  stampLocalNumber?: string;
}

/** One submission to queue: its payload is of its kind's protocol type (`OutboxPayload`). */
export type EnqueueInput = OutboxPayload & EnqueueOptions;

/** A server's answer to one row, committed with markSentMany. */
export interface OutboxAck {
  id: number;
  answer: { caseNumber: string; status: string };
}

export class OutboxRepository {
  /** Prepared once per SQL text: preparing costs more than running these small statements. */
  private readonly statements = new Map<string, Statement>();
  private readonly enqueuedListeners = new Set<(row: OutboxRow) => void>();

  constructor(
    private readonly db: Db,
    private readonly key: DeviceKeyProvider,
    private readonly hallCode: () => string,
    /** The kiosk's time (corrected by the server's when the OS clock is off). */
    private readonly clock: () => Date = () => new Date(),
    /** The PC's own clock, uncorrected. */
    private readonly localClock: () => Date = () => new Date(),
  ) {}

  private sql<P extends unknown[] = unknown[], R = unknown>(text: string): Statement<P, R> {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement as Statement<P, R>;
  }

  /** Writes one submission (and its number) in one transaction; returns the committed row. */
  enqueue(input: EnqueueInput, now = this.clock()): OutboxRow {
    if (this.db.name !== ':memory:') assertRoomFor(path.dirname(this.db.name));
    const key = this.key();
    const seal = (localNumber: string): Buffer =>
      sealJson(
        input.stampLocalNumber ? { ...input.payload, [input.stampLocalNumber]: localNumber } : input.payload,
        key,
      );
    const idempotencyKey = input.idempotencyKey ?? randomUUID();
    const at = now.toISOString();
    const summary: OutboxSummary = { ...input.summary, localAt: this.localClock().toISOString() };
    const id = this.db.transaction(() => {
      const day = chinaDay(now);
      const { seq } = this.sql<[string], { seq: number }>(
        `INSERT INTO local_sequence (day, seq) VALUES (?, 1)
           ON CONFLICT(day) DO UPDATE SET seq = seq + 1 RETURNING seq`,
      ).get(day) as { seq: number };
      const localNumber = `${this.hallCode()}${day}${String(seq).padStart(4, '0')}`;
      const rowId = this.sql(
        `INSERT INTO outbox (idempotency_key, kind, local_number, item_id, created_at, state, next_attempt_at, payload, summary)
           VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)`,
      ).run(
        idempotencyKey,
        input.kind,
        localNumber,
        input.itemId ?? null,
        at,
        at,
        seal(localNumber),
        JSON.stringify(summary),
      ).lastInsertRowid as number;
      input.within?.(rowId);
      return rowId;
    })();
    const row = this.get(id) as OutboxRow;
    for (const listener of this.enqueuedListeners) listener(row);
    return row;
  }

  /**
   * Called after each enqueue (inside the caller's transaction when there is one, so a listener only
   * schedules work): the sync sends the new row at once.
   */
  onEnqueued(listener: (row: OutboxRow) => void): () => void {
    this.enqueuedListeners.add(listener);
    return () => this.enqueuedListeners.delete(listener);
  }

  get(id: number): OutboxRow | undefined {
    const raw = this.sql<[number], RawRow>(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`).get(id);
    return raw ? toRow(raw) : undefined;
  }

  byLocalNumber(localNumber: string): OutboxRow | undefined {
    const raw = this.sql<[string], RawRow>(`SELECT ${COLUMNS} FROM outbox WHERE local_number = ?`).get(
      localNumber,
    );
    return raw ? toRow(raw) : undefined;
  }

  /** The row that got this district case number. */
  byCaseNumber(caseNumber: string): OutboxRow | undefined {
    const raw = this.db
      .prepare<[string], RawRow>(`SELECT ${COLUMNS} FROM outbox WHERE case_number = ?`)
      .get(caseNumber);
    return raw ? toRow(raw) : undefined;
  }

  /** Declarations whose summary carries this person digest (a keyed hash of the ID number), newest first. */
  declarationsOf(personDigest: string, limit = 50): OutboxRow[] {
    return this.db
      .prepare<[string, number], RawRow>(
        `SELECT ${COLUMNS} FROM outbox WHERE kind = 'declaration' AND json_extract(summary, '$.personDigest') = ?
         ORDER BY id DESC LIMIT ?`,
      )
      .all(personDigest, limit)
      .map(toRow);
  }

  /** The personal data of a pending row as stored, opened with the device key (to inspect it). */
  payload(id: number): unknown {
    const text = this.payloadJson(id);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  }

  /**
   * The same, as the JSON text that was sealed (the drain puts it into the request body as it is).
   * Throws StoreCorruptError when the sealed value does not open with this device key.
   */
  payloadJson(id: number): string | undefined {
    const row = this.sql<[number], { payload: Buffer | null }>('SELECT payload FROM outbox WHERE id = ?').get(
      id,
    );
    if (!row?.payload) return undefined;
    return open(row.payload, this.key()).toString('utf8');
  }

  /** Pending rows whose next attempt is due, oldest first (the drain's hot query). */
  due(now: Date, limit: number): OutboxRow[] {
    return this.sql<[string, number], RawRow>(
      `SELECT ${COLUMNS} FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
    )
      .all(now.toISOString(), limit)
      .map(toRow);
  }

  /** The server acknowledged the row: keep its case number and status, drop the personal data. */
  markSent(id: number, answer: { caseNumber: string; status: string }, now = this.clock()): void {
    this.markSentMany([{ id, answer }], now);
  }

  /**
   * Several acknowledgements in one transaction (the drain commits the answers that arrived together):
   * each row leaves `pending` exactly when its answer is committed, and one commit is far cheaper than many.
   */
  markSentMany(acks: readonly OutboxAck[], now = this.clock()): void {
    if (acks.length === 0) return;
    const at = now.toISOString();
    const update = this.sql<[string, string, string, number]>(
      `UPDATE outbox SET state = 'sent', case_number = ?, case_status = ?, acked_at = ?, payload = NULL,
         attempts = attempts + 1, last_error = NULL
       WHERE id = ? AND state = 'pending'`,
    );
    this.db.transaction(() => {
      for (const { id, answer } of acks) update.run(answer.caseNumber, answer.status, at, id);
    })();
  }

  markRetry(id: number, error: string, nextAttemptAt: Date): void {
    this.sql(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ? AND state = 'pending'`,
    ).run(error.slice(0, 500), nextAttemptAt.toISOString(), id);
  }

  /** Not sendable yet (it waits for another row): try again at `nextAttemptAt`, no attempt counted. */
  defer(id: number, reason: string, nextAttemptAt: Date): void {
    this.db
      .prepare(`UPDATE outbox SET last_error = ?, next_attempt_at = ? WHERE id = ? AND state = 'pending'`)
      .run(reason.slice(0, 500), nextAttemptAt.toISOString(), id);
  }

  /** The server refused the row for good (4xx): keep it, with the reason, for the hall admin. */
  markDead(id: number, reason: string): void {
    this.sql(
      `UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = ? WHERE id = ? AND state = 'pending'`,
    ).run(reason.slice(0, 500), id);
  }

  /** An admin's retry of a dead row (not a discarded one: it has nothing left to send). True if revived. */
  revive(id: number, now = new Date()): boolean {
    return (
      this.db
        .prepare(
          `UPDATE outbox SET state = 'pending', next_attempt_at = ?
           WHERE id = ? AND state = 'dead' AND discarded_at IS NULL AND payload IS NOT NULL`,
        )
        .run(now.toISOString(), id).changes === 1
    );
  }

  /**
   * An admin's discard of a dead row: the sealed personal data is erased for good; the row keeps its
   * number, kind and the server's reason for the record. True if discarded.
   */
  discard(id: number, now = new Date()): boolean {
    return (
      this.db
        .prepare(
          `UPDATE outbox SET payload = NULL, discarded_at = ? WHERE id = ? AND state = 'dead' AND discarded_at IS NULL`,
        )
        .run(now.toISOString(), id).changes === 1
    );
  }

  /** For the admin's sync screen: dead letters (not discarded), newest first. */
  deadLetters(limit = 50): OutboxRow[] {
    return this.db
      .prepare<[number], RawRow>(
        `SELECT ${COLUMNS} FROM outbox WHERE state = 'dead' AND discarded_at IS NULL ORDER BY id DESC LIMIT ?`,
      )
      .all(limit)
      .map(toRow);
  }

  /** For the admin's sync screen: the oldest rows still waiting to be sent. */
  oldestPending(limit = 50): OutboxRow[] {
    return this.db
      .prepare<[number], RawRow>(`SELECT ${COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY id LIMIT ?`)
      .all(limit)
      .map(toRow);
  }

  discardedCount(): number {
    return (
      this.db
        .prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox WHERE discarded_at IS NOT NULL')
        .get()?.n ?? 0
    );
  }

  updateCaseStatus(caseNumber: string, status: string): void {
    this.sql('UPDATE outbox SET case_status = ? WHERE case_number = ?').run(status, caseNumber);
  }

  counts(): Record<OutboxState, number> {
    const counts: Record<OutboxState, number> = { pending: 0, sent: 0, dead: 0 };
    for (const r of this.db
      .prepare<[], { state: OutboxState; n: number }>(
        // A discarded dead letter needs no one's attention: it is not counted as dead.
        'SELECT state, count(*) AS n FROM outbox WHERE discarded_at IS NULL GROUP BY state',
      )
      .all())
      counts[r.state] = r.n;
    return counts;
  }

  /** Case numbers of this kiosk's acknowledged submissions, for the status pull. */
  caseNumbers(limit = 500): string[] {
    return this.sql<[number], { case_number: string }>(
      `SELECT case_number FROM outbox WHERE case_number IS NOT NULL AND coalesce(case_status, '') != '已办结'
         ORDER BY id DESC LIMIT ?`,
    )
      .all(limit)
      .map((r) => r.case_number);
  }
}
