/**
 * DistrictStore on one SQLite file (better-sqlite3): prepared statements, IMMEDIATE write transactions.
 * Submissions are group-committed: the ones that arrive in the same turn of the event loop are written
 * in one transaction (each in its own savepoint, so one refused submission does not undo the others),
 * and every caller's promise settles only after that transaction committed.
 */
import type { Statement } from 'better-sqlite3';
import type {
  CaseLookupRecord,
  CaseStatus,
  CaseStatusRecord,
  HeartbeatRequest,
  SubmissionKind,
} from '../../src-protocol/index.js';
import { newCheckPart } from '../core/case-number.js';
import {
  holdsAppointment,
  repeatBooking,
  scheduleWeekday,
  slotDecision,
  type BookedRow,
} from '../core/booking.rules.js';
import { enrollmentRefusal, type EnrollmentCodeRow } from '../core/enrollment.rules.js';
import { alreadyRated, repeatSubmission, type SubmittedRow } from '../core/submission.rules.js';
import { openServerDatabase, relaxedWrite, type Db, type OpenOptions } from './sqlite.database.js';
import {
  toFollowUpRecord,
  toKioskRecord,
  toLookupRecords,
  toVersionRecord,
  type LookupEventRow,
  type VersionRow,
} from './store-rows.js';
import {
  AlreadyRatedError,
  PublishConflictError,
  type BookedCount,
  type BookingInput,
  type BookingOutcome,
  type FollowUpRecord,
  type SlotScheduleRow,
  type SubmissionRecord,
  type CatalogItemRow,
  type CatalogPageRead,
  type CatalogPageRequest,
  type CatalogVersionRecord,
  type DeviceAuth,
  type DistrictStore,
  type EnrollOutcome,
  type HallRecord,
  type KioskRecord,
  type PublishInput,
  type SigningKeyPair,
  type SubmissionInput,
  type SubmissionOutcome,
} from './district.store.js';

function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

interface QueuedSubmission {
  input: SubmissionInput;
  resolve: (outcome: SubmissionOutcome) => void;
  reject: (error: Error) => void;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

export class SqliteDistrictStore implements DistrictStore {
  /** Statements of the hot paths (authentication, submissions), prepared once. */
  private readonly statements = new Map<string, Statement>();
  /** Submissions waiting for the next group commit. */
  private submitQueue: QueuedSubmission[] = [];

  private constructor(private readonly db: Db) {}

  private sql<P extends unknown[] = unknown[], R = unknown>(text: string): Statement<P, R> {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement as Statement<P, R>;
  }

  /** Opens (creating and migrating) the database file. */
  static open(file: string, options: OpenOptions = {}): SqliteDistrictStore {
    return new SqliteDistrictStore(openServerDatabase(file, undefined, options));
  }

  /** Exposed for tests and diagnostics only. */
  get database(): Db {
    return this.db;
  }

  ensureSigningKey(candidate: () => SigningKeyPair, at: string): Promise<SigningKeyPair> {
    return settle(() => {
      const read = (): SigningKeyPair | undefined =>
        this.db
          .prepare<[], SigningKeyPair>(
            'SELECT public_pem AS publicPem, private_pem AS privatePem FROM signing_key WHERE id = 1',
          )
          .get();
      const existing = read();
      if (existing) return existing;
      const pair = candidate();
      return this.db
        .transaction(() => {
          this.db
            .prepare(
              'INSERT INTO signing_key (id, public_pem, private_pem, created_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
            )
            .run(pair.publicPem, pair.privatePem, at);
          const stored = read();
          if (!stored) throw new Error('signing key not stored');
          return stored;
        })
        .immediate();
    });
  }

  createHall(hall: HallRecord, at: string): Promise<boolean> {
    return settle(() => {
      const result = this.db
        .prepare(
          'INSERT INTO halls (code, name, address, phone, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING',
        )
        .run(hall.code, hall.name, hall.address, hall.phone, at);
      return result.changes === 1;
    });
  }

  getHall(code: string): Promise<HallRecord | null> {
    return settle(() => this.hall(code));
  }

  private hall(code: string): HallRecord | null {
    return (
      this.db
        .prepare<[string], HallRecord>('SELECT code, name, address, phone FROM halls WHERE code = ?')
        .get(code) ?? null
    );
  }

  issueEnrollmentCode(input: {
    codeHash: string;
    hallCode: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    return settle(() => {
      this.db
        .prepare(
          'INSERT INTO enrollment_codes (code_hash, hall_code, created_at, expires_at) VALUES (?, ?, ?, ?)',
        )
        .run(input.codeHash, input.hallCode, input.createdAt, input.expiresAt);
    });
  }

  enroll(input: {
    codeHash: string;
    at: string;
    deviceId: string;
    tokenHash: string;
    info: object;
  }): Promise<EnrollOutcome> {
    return settle(() => {
      const run = this.db.transaction((): EnrollOutcome => {
        const code = this.db
          .prepare<[string], EnrollmentCodeRow>(
            'SELECT hall_code, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?',
          )
          .get(input.codeHash);
        const refusal = enrollmentRefusal(code, input.at);
        if (refusal || !code) return { ok: false, reason: refusal ?? 'CODE_UNKNOWN' };
        const hall = this.hall(code.hall_code);
        if (!hall) return { ok: false, reason: 'CODE_UNKNOWN' };
        this.db
          .prepare(
            'INSERT INTO devices (id, hall_code, token_hash, info, enrolled_at) VALUES (?, ?, ?, ?, ?)',
          )
          .run(input.deviceId, hall.code, input.tokenHash, JSON.stringify(input.info), input.at);
        this.db
          .prepare('UPDATE enrollment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?')
          .run(input.at, input.deviceId, input.codeHash);
        return { ok: true, hall };
      });
      return run.immediate();
    });
  }

  deviceByTokenHash(tokenHash: string): Promise<DeviceAuth | null> {
    return settle(() => {
      const row = this.sql<[string], { id: string; hall_code: string; revoked_at: string | null }>(
        'SELECT id, hall_code, revoked_at FROM devices WHERE token_hash = ?',
      ).get(tokenHash);
      return row ? { id: row.id, hallCode: row.hall_code, revoked: row.revoked_at !== null } : null;
    });
  }

  revokeDevice(deviceId: string, at: string): Promise<boolean> {
    return settle(() => {
      const found = this.db.prepare('SELECT 1 FROM devices WHERE id = ?').get(deviceId);
      if (!found) return false;
      this.db
        .prepare('UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?')
        .run(at, deviceId);
      return true;
    });
  }

  listKiosks(): Promise<KioskRecord[]> {
    return settle(() => {
      const rows = this.db
        .prepare<[], Omit<KioskRecord, 'hostname' | 'health'> & { info: string; health: string | null }>(
          `SELECT d.id AS deviceId, d.hall_code AS hallCode, h.name AS hallName, d.enrolled_at AS enrolledAt,
                  d.revoked_at AS revokedAt, d.info AS info, d.heartbeat_at AS heartbeatAt,
                  d.heartbeat_app_version AS appVersion, d.heartbeat_outbox_depth AS outboxDepth,
                  d.heartbeat_catalog_version AS catalogVersion, d.heartbeat_health AS health
             FROM devices d JOIN halls h ON h.code = d.hall_code
            ORDER BY d.hall_code, d.enrolled_at, d.id`,
        )
        .all();
      return rows.map(toKioskRecord);
    });
  }

  recordHeartbeat(deviceId: string, heartbeat: HeartbeatRequest, at: string): Promise<void> {
    // A lost heartbeat is harmless (the next one comes in a minute): no fsync wait for it.
    return settle(() => {
      relaxedWrite(this.db, () =>
        this.db
          .prepare(
            `UPDATE devices SET heartbeat_at = ?, heartbeat_app_version = ?, heartbeat_outbox_depth = ?,
                  heartbeat_catalog_version = ?, heartbeat_health = ? WHERE id = ?`,
          )
          .run(
            at,
            heartbeat.appVersion,
            heartbeat.outboxDepth,
            heartbeat.catalogVersion,
            JSON.stringify(heartbeat.health),
            deviceId,
          ),
      );
    });
  }

  currentCatalog(): Promise<CatalogVersionRecord | null> {
    return settle(() => this.current());
  }

  private current(): CatalogVersionRecord | null {
    const row = this.db
      .prepare<[], VersionRow>('SELECT * FROM catalog_versions ORDER BY version DESC LIMIT 1')
      .get();
    return row ? toVersionRecord(row) : null;
  }

  liveCatalogItems(): Promise<CatalogItemRow[]> {
    return settle(() => {
      return this.db
        .prepare<[], CatalogItemRow>('SELECT id, body FROM catalog_items WHERE body IS NOT NULL ORDER BY id')
        .all();
    });
  }

  readCatalogPage(request: CatalogPageRequest): Promise<CatalogPageRead> {
    return settle(() => {
      const read = this.db.transaction((): CatalogPageRead => {
        const current = this.current();
        if (!current) return { kind: 'none' };
        const version = current.manifest.version;
        if (request.expectVersion !== undefined && request.expectVersion !== version) return { kind: 'gone' };
        if (request.since > version) return { kind: 'gone' };
        if (
          request.since > 0 &&
          !this.db.prepare('SELECT 1 FROM catalog_versions WHERE version = ?').get(request.since)
        )
          return { kind: 'gone' };
        const rows =
          request.since === 0
            ? this.db
                .prepare<[string, number], CatalogItemRow>(
                  'SELECT id, body FROM catalog_items WHERE body IS NOT NULL AND id > ? ORDER BY id LIMIT ?',
                )
                .all(request.afterId, request.limit)
            : this.db
                .prepare<[number, string, number], CatalogItemRow>(
                  'SELECT id, body FROM catalog_items WHERE changed_in > ? AND id > ? ORDER BY id LIMIT ?',
                )
                .all(request.since, request.afterId, request.limit);
        return { kind: 'page', current, rows };
      });
      // A deferred transaction is a consistent snapshot in WAL mode.
      return read.deferred();
    });
  }

  publishCatalog(input: PublishInput): Promise<void> {
    return settle(() => {
      const { manifest } = input;
      this.db
        .transaction(() => {
          const found = this.current()?.manifest.version ?? 0;
          if (found !== manifest.version - 1) throw new PublishConflictError(manifest.version, found);
          this.db
            .prepare(
              `INSERT INTO catalog_versions
                 (version, display_version, published_at, region, digest, signature, items_digest,
                  items_signature, item_count, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              manifest.version,
              manifest.displayVersion,
              manifest.publishedAt,
              manifest.region,
              manifest.digest,
              input.signature,
              manifest.itemsDigest ?? null,
              input.itemsSignature ?? null,
              input.itemCount,
              input.createdAt,
            );
          const upsert = this.db.prepare(
            `INSERT INTO catalog_items (id, body, changed_in) VALUES (?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET body = excluded.body, changed_in = excluded.changed_in`,
          );
          const change = this.db.prepare(
            'INSERT INTO catalog_changes (version, item_id, change) VALUES (?, ?, ?)',
          );
          for (const [rows, kind] of [
            [input.added, 'added'],
            [input.changed, 'changed'],
          ] as const) {
            for (const row of rows) {
              upsert.run(row.id, row.body, manifest.version);
              change.run(manifest.version, row.id, kind);
            }
          }
          const remove = this.db.prepare('UPDATE catalog_items SET body = NULL, changed_in = ? WHERE id = ?');
          for (const id of input.removed) {
            remove.run(manifest.version, id);
            change.run(manifest.version, id, 'removed');
          }
        })
        .immediate();
    });
  }

  submit(input: SubmissionInput): Promise<SubmissionOutcome> {
    return new Promise((resolve, reject) => {
      this.submitQueue.push({ input, resolve, reject });
      if (this.submitQueue.length === 1) setImmediate(() => this.commitSubmissions());
    });
  }

  /** Writes every queued submission in one IMMEDIATE transaction, then settles their promises. */
  private commitSubmissions(): void {
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
  private submitOne(input: SubmissionInput): SubmissionOutcome {
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
         item_name, person_key, id_last4)
       VALUES (?, ?, ?, ?, ?, ?, '已提交', ?, ?, ?)`,
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

  /** prefix + the next 6-digit number of that prefix + a check part; call inside a write transaction. */
  private nextNumber(prefix: string): string {
    const seq = this.sql<[string], { last: number }>(
      `INSERT INTO case_sequences (prefix, last) VALUES (?, 1)
         ON CONFLICT (prefix) DO UPDATE SET last = last + 1 RETURNING last`,
    ).get(prefix);
    if (!seq) throw new Error('number sequence not allocated');
    return `${prefix}${String(seq.last).padStart(6, '0')}${newCheckPart()}`;
  }

  setSlotSchedule(input: {
    hallCode: string;
    weekdays: readonly number[];
    times: readonly string[];
    capacity: number;
  }): Promise<void> {
    return settle(() => {
      const clear = this.db.prepare('DELETE FROM slot_schedules WHERE hall_code = ? AND weekday = ?');
      const insert = this.db.prepare(
        'INSERT INTO slot_schedules (hall_code, weekday, time, capacity) VALUES (?, ?, ?, ?)',
      );
      this.db
        .transaction(() => {
          for (const weekday of new Set(input.weekdays)) {
            clear.run(input.hallCode, weekday);
            for (const time of new Set(input.times))
              insert.run(input.hallCode, weekday, time, input.capacity);
          }
        })
        .immediate();
    });
  }

  slotSchedule(hallCode: string): Promise<SlotScheduleRow[]> {
    return settle(() =>
      this.db
        .prepare<[string], SlotScheduleRow>(
          'SELECT weekday, time, capacity FROM slot_schedules WHERE hall_code = ? ORDER BY weekday, time',
        )
        .all(hallCode),
    );
  }

  addHoliday(hallCode: string, date: string): Promise<boolean> {
    return settle(
      () =>
        this.db
          .prepare('INSERT INTO hall_holidays (hall_code, date) VALUES (?, ?) ON CONFLICT DO NOTHING')
          .run(hallCode, date).changes === 1,
    );
  }

  holidays(hallCode: string, from: string, to: string): Promise<string[]> {
    return settle(() =>
      this.db
        .prepare<[string, string, string], { date: string }>(
          'SELECT date FROM hall_holidays WHERE hall_code = ? AND date BETWEEN ? AND ? ORDER BY date',
        )
        .all(hallCode, from, to)
        .map((r) => r.date),
    );
  }

  bookedCounts(hallCode: string, from: string, to: string): Promise<BookedCount[]> {
    return settle(() =>
      this.db
        .prepare<[string, string, string], BookedCount>(
          `SELECT slot_date AS date, slot_time AS time, count(*) AS booked FROM appointments
            WHERE hall_code = ? AND slot_date BETWEEN ? AND ? AND cancelled_at IS NULL
            GROUP BY slot_date, slot_time`,
        )
        .all(hallCode, from, to),
    );
  }

  book(input: BookingInput): Promise<BookingOutcome> {
    return settle(() => {
      const run = this.db.transaction((): BookingOutcome => {
        const repeat = repeatBooking(
          this.db
            .prepare<[string, string], BookedRow>(
              'SELECT number, slot_date, slot_time FROM appointments WHERE device_id = ? AND idempotency_key = ?',
            )
            .get(input.deviceId, input.idempotencyKey),
        );
        if (repeat) return repeat;
        const holiday =
          this.db
            .prepare('SELECT 1 FROM hall_holidays WHERE hall_code = ? AND date = ?')
            .get(input.hallCode, input.slotDate) !== undefined;
        const slot = this.db
          .prepare<[string, number, string], { capacity: number }>(
            'SELECT capacity FROM slot_schedules WHERE hall_code = ? AND weekday = ? AND time = ?',
          )
          .get(input.hallCode, scheduleWeekday(input.slotDate), input.slotTime);
        const taken =
          this.db
            .prepare<[string, string, string], { n: number }>(
              `SELECT count(*) AS n FROM appointments
                WHERE hall_code = ? AND slot_date = ? AND slot_time = ? AND cancelled_at IS NULL`,
            )
            .get(input.hallCode, input.slotDate, input.slotTime)?.n ?? 0;
        const decision = slotDecision({ holiday, slot, taken });
        if (decision !== 'book') return { kind: decision };
        const appointmentNumber = this.nextNumber(input.numberPrefix);
        this.db
          .prepare(
            `INSERT INTO appointments (number, hall_code, device_id, idempotency_key, item_id, slot_date,
               slot_time, name, id_number, phone, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            appointmentNumber,
            input.hallCode,
            input.deviceId,
            input.idempotencyKey,
            input.itemId,
            input.slotDate,
            input.slotTime,
            input.name,
            input.idNumber,
            input.phone,
            input.createdAt,
          );
        return { kind: 'booked', appointmentNumber, slotDate: input.slotDate, slotTime: input.slotTime };
      });
      return run.immediate();
    });
  }

  cancelAppointment(input: {
    appointmentNumber: string;
    idLast4: string;
    hallCode: string;
    at: string;
  }): Promise<boolean> {
    return settle(() => {
      const run = this.db.transaction((): boolean => {
        const row = this.db
          .prepare<[string, string], { id_number: string }>(
            'SELECT id_number FROM appointments WHERE number = ? AND hall_code = ?',
          )
          .get(input.appointmentNumber, input.hallCode);
        if (!row || !holdsAppointment(row.id_number, input.idLast4)) return false;
        this.db
          .prepare('UPDATE appointments SET cancelled_at = coalesce(cancelled_at, ?) WHERE number = ?')
          .run(input.at, input.appointmentNumber);
        return true;
      });
      return run.immediate();
    });
  }

  forgetAppointmentHolders(slotDateBefore: string): Promise<number> {
    return settle(
      () =>
        this.db
          .prepare(
            `UPDATE appointments SET name = '', id_number = '', phone = ''
              WHERE slot_date < ? AND (name <> '' OR id_number <> '' OR phone <> '')`,
          )
          .run(slotDateBefore).changes,
    );
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

  close(): Promise<void> {
    return settle(() => {
      this.commitSubmissions();
      this.db.close();
    });
  }
}
