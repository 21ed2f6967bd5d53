/**
 * The PostgreSQL store's submissions and cases: a submission is one call of the function `district_submit`
 * (the same rules as core/submission.rules.ts, in the database, one round trip), then case status, lookups,
 * follow-ups and lists.
 */
import type {
  CaseEvent,
  CaseLookupRecord,
  CaseStatus,
  CaseStatusRecord,
  SubmissionKind,
} from '../../src-protocol/index.js';
import { newCheckPart } from '../core/case-number.js';
import { sqlState } from './postgres.transaction.js';
import { toFollowUpRecord, toLookupRecords, type LookupEventRow } from './store-rows.js';
import {
  AlreadyRatedError,
  type FollowUpRecord,
  type SubmissionInput,
  type SubmissionOutcome,
  type SubmissionRecord,
} from './district.store.js';
import { ALREADY_RATED, q } from './postgres.statements.js';
import { PostgresStoreBase } from './postgres-base.store.js';

export class PostgresCasesStore extends PostgresStoreBase {
  async submit(input: SubmissionInput): Promise<SubmissionOutcome> {
    const { rating } = input;
    try {
      // One statement (migrations-pg/007_submission_clocks.sql), committed by itself inside the database.
      const row = (
        await this.db.query<{ case_number: string; received_at: string; created: boolean }>(
          q('submit', [
            input.casePrefix,
            input.deviceId,
            input.idempotencyKey,
            input.kind,
            input.payloadJson,
            input.receivedAt,
            rating !== undefined,
            rating?.targetCase ?? null,
            rating?.level ?? null,
            rating?.followUp?.hallCode ?? null,
            rating?.followUp?.dueDate ?? null,
            input.declaration?.itemName ?? null,
            input.declaration?.person?.key ?? null,
            input.declaration?.person?.last4 ?? null,
            newCheckPart(),
            input.clocks?.kioskLocalAt ?? null,
            input.clocks?.kioskTimeAt ?? null,
          ]),
        )
      ).rows[0];
      if (!row) throw new Error('submission neither inserted nor found');
      return { created: row.created, caseNumber: row.case_number, receivedAt: row.received_at };
    } catch (error) {
      if (sqlState(error) === ALREADY_RATED) throw new AlreadyRatedError();
      throw error;
    }
  }

  async casesForDevice(deviceId: string, numbers: readonly string[]): Promise<CaseStatusRecord[]> {
    const unique = [...new Set(numbers)];
    if (unique.length === 0) return [];
    const rows = (
      await this.db.query<{
        case_number: string;
        current: CaseStatus;
        status: CaseStatus;
        at: string;
        note: string | null;
      }>(q('casesForDevice', [unique, deviceId]))
    ).rows;
    const byNumber = new Map<string, CaseStatusRecord>();
    for (const row of rows) {
      let record = byNumber.get(row.case_number);
      if (!record) {
        record = { caseNumber: row.case_number, status: row.current, history: [] };
        byNumber.set(row.case_number, record);
      }
      const event: CaseEvent = {
        status: row.status,
        at: row.at,
        ...(row.note !== null ? { note: row.note } : {}),
      };
      record.history.push(event);
    }
    return unique.flatMap((n) => byNumber.get(n) ?? []);
  }

  async casesForPerson(personKey: string, limit: number, hallCode: string): Promise<CaseLookupRecord[]> {
    return toLookupRecords(
      (await this.db.query<LookupEventRow>(q('lookupByPerson', [personKey, limit, hallCode]))).rows,
    );
  }

  async caseForHolder(
    caseNumber: string,
    last4: string,
    hallCode: string | null,
  ): Promise<CaseLookupRecord | null> {
    const rows = (await this.db.query<LookupEventRow>(q('lookupByHolder', [caseNumber, last4, hallCode])))
      .rows;
    return toLookupRecords(rows)[0] ?? null;
  }

  async ratingTargetHall(
    target: { caseNumber: string } | { appointmentNumber: string },
  ): Promise<string | null> {
    const result =
      'caseNumber' in target
        ? await this.db.query<{ hall_code: string }>(
            `SELECT d.hall_code FROM submissions s JOIN devices d ON d.id = s.device_id
              WHERE s.case_number = $1 AND s.kind <> 'rating'`,
            [target.caseNumber],
          )
        : await this.db.query<{ hall_code: string }>('SELECT hall_code FROM appointments WHERE number = $1', [
            target.appointmentNumber,
          ]);
    return result.rows[0]?.hall_code ?? null;
  }

  async setCaseStatus(input: {
    caseNumber: string;
    status: CaseStatus;
    note?: string;
    at: string;
  }): Promise<boolean> {
    const result = await this.db.query(
      `WITH updated AS (UPDATE submissions SET status = $2 WHERE case_number = $1 RETURNING case_number)
       INSERT INTO case_events (case_number, status, at, note)
       SELECT case_number, $2::text, $3::text, $4::text FROM updated`,
      [input.caseNumber, input.status, input.at, input.note ?? null],
    );
    return result.rowCount === 1;
  }

  async listFollowUps(): Promise<FollowUpRecord[]> {
    const rows = (
      await this.db.query<Omit<FollowUpRecord, 'reasons' | 'comment'> & { payload: string }>(
        `SELECT f.case_number AS "caseNumber", f.hall_code AS "hallCode", r.target_case AS "targetCase",
                r.level AS level, f.due_date AS "dueDate", f.created_at AS "createdAt", f.done_at AS "doneAt",
                s.payload AS payload
           FROM followups f JOIN ratings r ON r.case_number = f.case_number
           JOIN submissions s ON s.case_number = f.case_number
          ORDER BY f.done_at IS NOT NULL, f.due_date, f.case_number`,
      )
    ).rows;
    return rows.map(toFollowUpRecord);
  }

  async listSubmissions(kind: SubmissionKind, limit: number): Promise<SubmissionRecord[]> {
    const rows = (
      await this.db.query<Omit<SubmissionRecord, 'payload'> & { payload: string }>(
        `SELECT s.case_number AS "caseNumber", s.device_id AS "deviceId", d.hall_code AS "hallCode",
                s.received_at AS "receivedAt", s.status AS status, s.payload AS payload
           FROM submissions s JOIN devices d ON d.id = s.device_id
          WHERE s.kind = $1 ORDER BY s.received_at DESC, s.case_number DESC LIMIT $2`,
        [kind, limit],
      )
    ).rows;
    return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as unknown }));
  }
}
