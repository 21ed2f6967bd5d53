/**
 * The SQLite store's submissions and cases. Submissions are group-committed: the ones that arrive in the
 * same turn of the event loop are written in one transaction (each in its own savepoint, so one refused
 * submission does not undo the others), and every caller's promise settles only after that transaction
 * committed. Repeats and second ratings are decided by core/submission.rules.ts.
 */
import type { CaseLookupRecord, CaseStatusRecord } from '../../src-protocol/index.js';
import type { CaseStatus, SubmissionKind } from '../../src-protocol/index.js';
import { alreadyRated, repeatSubmission, type SubmittedRow } from '../core/submission.rules.js';
import { AlreadyRatedError } from './district.store.js';
import type {
  FollowUpRecord,
  SubmissionInput,
  SubmissionOutcome,
  SubmissionRecord,
} from './district.store.js';
import { toFollowUpRecord, toLookupRecords, type LookupEventRow } from './store-rows.js';
import { settle } from './sqlite-base.store.js';
import { SqliteCatalogStore } from './sqlite-catalog.store.js';

interface QueuedSubmission {
  input: SubmissionInput;
  resolve: (outcome: SubmissionOutcome) => void;
  reject: (error: Error) => void;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

export class SqliteCasesStore extends SqliteCatalogStore {
  /** Submissions waiting for the next group commit. */
  protected submitQueue: QueuedSubmission[] = [];

  submit(input: SubmissionInput): Promise<SubmissionOutcome> {
    return new Promise((resolve, reject) => {
      this.submitQueue.push({ input, resolve, reject });
      if (this.submitQueue.length === 1) setImmediate(() => this.commitSubmissions());
    });
  }

  /** Writes every queued submission in one IMMEDIATE transaction, then settles their promises. */
  protected commitSubmissions(): void {
    const group = this.submitQueue;
    this.submitQueue = [];
    if (group.length === 0) return;
    const outcomes: Array<{ ok: true; value: SubmissionOutcome } | { ok: false; error: Error }> = [];
    try {
      // A nested better-sqlite3 transaction is a savepoint: a throw undoes only that submission.
      const one = this.db.transaction((input: SubmissionInput) => this.submitOne(input));
      this.db
        .transaction(() => {
          for (const { input } of group) {
            try {
              outcomes.push({ ok: true, value: one(input) });
            } catch (error) {
              outcomes.push({ ok: false, error: asError(error) });
            }
          }
        })
        .immediate();
    } catch (error) {
      for (const queued of group) queued.reject(asError(error));
      return;
    }
    group.forEach((queued, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) queued.resolve(outcome.value);
      else queued.reject(outcome?.error ?? new Error('submission not written'));
    });
  }

  /** One submission; runs inside commitSubmissions' transaction. */
  protected submitOne(input: SubmissionInput): SubmissionOutcome {
    const first = this.sql<[string, string], SubmittedRow>(
      'SELECT case_number, received_at FROM submissions WHERE device_id = ? AND idempotency_key = ?',
    ).get(input.deviceId, input.idempotencyKey);
    const repeat = repeatSubmission(first);
    if (repeat) return repeat;
    const { rating } = input;
    const rated = () =>
      this.sql('SELECT 1 FROM ratings WHERE target_case = ?').get(rating?.targetCase) !== undefined;
    if (rating?.targetCase && alreadyRated(rating, rated())) throw new AlreadyRatedError();
    const caseNumber = this.nextNumber(input.casePrefix);
    this.sql(
      `INSERT INTO submissions (case_number, device_id, idempotency_key, kind, payload, received_at, status,
         item_name, person_key, id_last4, kiosk_local_at, kiosk_time_at)
       VALUES (?, ?, ?, ?, ?, ?, '已提交', ?, ?, ?, ?, ?)`,
    ).run(
      caseNumber,
      input.deviceId,
      input.idempotencyKey,
      input.kind,
      input.payloadJson,
      input.receivedAt,
      input.declaration?.itemName ?? null,
      input.declaration?.person?.key ?? null,
      input.declaration?.person?.last4 ?? null,
      input.clocks?.kioskLocalAt ?? null,
      input.clocks?.kioskTimeAt ?? null,
    );
    this.sql("INSERT INTO case_events (case_number, status, at) VALUES (?, '已提交', ?)").run(
      caseNumber,
      input.receivedAt,
    );
    if (rating) {
      this.sql('INSERT INTO ratings (case_number, target_case, level) VALUES (?, ?, ?)').run(
        caseNumber,
        rating.targetCase,
        rating.level,
      );
      if (rating.followUp)
        this.sql(
          'INSERT INTO followups (case_number, hall_code, due_date, created_at) VALUES (?, ?, ?, ?)',
        ).run(caseNumber, rating.followUp.hallCode, rating.followUp.dueDate, input.receivedAt);
    }
    return { created: true, caseNumber, receivedAt: input.receivedAt };
  }

  casesForDevice(deviceId: string, numbers: readonly string[]): Promise<CaseStatusRecord[]> {
    return settle(() => {
      const caseRow = this.db.prepare<[string, string], { case_number: string; status: CaseStatus }>(
        'SELECT case_number, status FROM submissions WHERE case_number = ? AND device_id = ?',
      );
      const events = this.db.prepare<[string], { status: CaseStatus; at: string; note: string | null }>(
        'SELECT status, at, note FROM case_events WHERE case_number = ? ORDER BY seq',
      );
      const read = this.db.transaction((): CaseStatusRecord[] => {
        const out: CaseStatusRecord[] = [];
        for (const number of new Set(numbers)) {
          const row = caseRow.get(number, deviceId);
          if (!row) continue;
          out.push({
            caseNumber: row.case_number,
            status: row.status,
            history: events
              .all(row.case_number)
              .map((e) => ({ status: e.status, at: e.at, ...(e.note !== null ? { note: e.note } : {}) })),
          });
        }
        return out;
      });
      return read.deferred();
    });
  }

  setCaseStatus(input: {
    caseNumber: string;
    status: CaseStatus;
    note?: string;
    at: string;
  }): Promise<boolean> {
    return settle(() => {
      const run = this.db.transaction((): boolean => {
        const updated = this.db
          .prepare('UPDATE submissions SET status = ? WHERE case_number = ?')
          .run(input.status, input.caseNumber);
        if (updated.changes === 0) return false;
        this.db
          .prepare('INSERT INTO case_events (case_number, status, at, note) VALUES (?, ?, ?, ?)')
          .run(input.caseNumber, input.status, input.at, input.note ?? null);
        return true;
      });
      return run.immediate();
    });
  }

  listFollowUps(): Promise<FollowUpRecord[]> {
    return settle(() =>
      this.db
        .prepare<[], Omit<FollowUpRecord, 'reasons' | 'comment'> & { payload: string }>(
          `SELECT f.case_number AS caseNumber, f.hall_code AS hallCode, r.target_case AS targetCase,
                  r.level AS level, f.due_date AS dueDate, f.created_at AS createdAt, f.done_at AS doneAt,
                  s.payload AS payload
             FROM followups f JOIN ratings r ON r.case_number = f.case_number
             JOIN submissions s ON s.case_number = f.case_number
            ORDER BY f.done_at IS NOT NULL, f.due_date, f.case_number`,
        )
        .all()
        .map(toFollowUpRecord),
    );
  }

  casesForPerson(personKey: string, limit: number, hallCode: string): Promise<CaseLookupRecord[]> {
    return settle(() =>
      toLookupRecords(
        this.db
          .prepare<[string, string, number], LookupEventRow>(
            `SELECT s.case_number, s.status AS current, s.item_name, s.received_at, e.status, e.at, e.note
               FROM (SELECT s.case_number, s.status, s.item_name, s.received_at
                       FROM submissions s JOIN devices d ON d.id = s.device_id
                      WHERE s.person_key = ? AND s.kind = 'declaration' AND d.hall_code = ?
                      ORDER BY s.received_at DESC, s.case_number DESC LIMIT ?) s
               JOIN case_events e ON e.case_number = s.case_number
              ORDER BY s.received_at DESC, s.case_number DESC, e.seq`,
          )
          .all(personKey, hallCode, limit),
      ),
    );
  }

  caseForHolder(
    caseNumber: string,
    last4: string,
    hallCode: string | null,
  ): Promise<CaseLookupRecord | null> {
    return settle(
      () =>
        toLookupRecords(
          this.db
            .prepare<[string, string, string | null, string | null], LookupEventRow>(
              `SELECT s.case_number, s.status AS current, s.item_name, s.received_at, e.status, e.at, e.note
                 FROM submissions s JOIN case_events e ON e.case_number = s.case_number
                 JOIN devices d ON d.id = s.device_id
                WHERE s.case_number = ? AND s.id_last4 = ? AND s.kind = 'declaration'
                  AND (? IS NULL OR d.hall_code = ?)
                ORDER BY e.seq`,
            )
            .all(caseNumber, last4, hallCode, hallCode),
        )[0] ?? null,
    );
  }

  ratingTargetHall(target: { caseNumber: string } | { appointmentNumber: string }): Promise<string | null> {
    return settle(() => {
      const row =
        'caseNumber' in target
          ? this.db
              .prepare<[string], { hall_code: string }>(
                `SELECT d.hall_code FROM submissions s JOIN devices d ON d.id = s.device_id
                  WHERE s.case_number = ? AND s.kind <> 'rating'`,
              )
              .get(target.caseNumber)
          : this.db
              .prepare<[string], { hall_code: string }>('SELECT hall_code FROM appointments WHERE number = ?')
              .get(target.appointmentNumber);
      return row?.hall_code ?? null;
    });
  }

  listSubmissions(kind: SubmissionKind, limit: number): Promise<SubmissionRecord[]> {
    return settle(() =>
      this.db
        .prepare<[string, number], Omit<SubmissionRecord, 'payload'> & { payload: string }>(
          `SELECT s.case_number AS caseNumber, s.device_id AS deviceId, d.hall_code AS hallCode,
                  s.received_at AS receivedAt, s.status AS status, s.payload AS payload
             FROM submissions s JOIN devices d ON d.id = s.device_id
            WHERE s.kind = ? ORDER BY s.received_at DESC, s.case_number DESC LIMIT ?`,
        )
        .all(kind, limit)
        .map((row) => ({ ...row, payload: JSON.parse(row.payload) as unknown })),
    );
  }
}
