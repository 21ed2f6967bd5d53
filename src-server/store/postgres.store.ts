/**
 * DistrictStore on PostgreSQL (node-postgres pool, named prepared statements), with the SQLite store's
 * semantics under concurrency from several server processes:
 * - number sequences are rows of `case_sequences` incremented by an upsert, so the row lock orders
 *   allocations and a rolled-back transaction gives its number back (no gaps, as on SQLite);
 * - submissions and bookings insert with `ON CONFLICT (device_id, idempotency_key) DO NOTHING`: the loser
 *   of a race on one key gives its number back and answers the winner's row; a submission is one call of
 *   the function `district_submit` (migrations-pg/003), so the sequence row's lock is never held across a
 *   round trip to this process;
 * - a booking locks its schedule row (`FOR UPDATE`) before it counts the seats, so the seats of a slot are
 *   counted by one transaction at a time;
 * - a publish locks `catalog_versions` against other publishes (readers are not blocked);
 * - a catalog page is one statement, hence one snapshot;
 * - heartbeats go through a small second pool that commits without waiting for the WAL flush: they are the
 *   bulk of the traffic (one per kiosk per minute), and a crash may lose only the last second of them,
 *   which the next heartbeat replaces; everything citizens hand in is committed durably.
 * Lock order, to keep deadlocks out: schedule row → sequence row → unique keys of the inserted rows.
 * Gap-free numbers have a price: the submissions of one day take turns on their sequence row from the
 * allocation to the end of the commit (a WAL flush, a few ms), which bounds them to a few hundred a second
 * for the whole district — some ten times the peak of 5,000 kiosks (bench/server/load-model.ts).
 */
import type pg from 'pg';
import type {
  CaseEvent,
  CaseLookupRecord,
  CaseStatus,
  CaseStatusRecord,
  HeartbeatRequest,
  SubmissionKind,
} from '../../src-protocol/index.js';
import { repeatBooking, scheduleWeekday, slotDecision, type BookedRow } from '../core/booking.rules.js';
import { enrollmentRefusal, type EnrollmentCodeRow } from '../core/enrollment.rules.js';
import { newCheckPart } from '../core/case-number.js';
import { createPool, migratePostgres, type PoolOptions } from './postgres.database.js';
import { inTransaction, rollback, sqlState } from './postgres.transaction.js';
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
  type CatalogItemRow,
  type CatalogPageRead,
  type CatalogPageRequest,
  type CatalogVersionRecord,
  type DeviceAuth,
  type DistrictStore,
  type EnrollOutcome,
  type FollowUpRecord,
  type HallRecord,
  type KioskRecord,
  type PublishInput,
  type SigningKeyPair,
  type SlotScheduleRow,
  type SubmissionInput,
  type SubmissionOutcome,
  type SubmissionRecord,
} from './district.store.js';

/**
 * `prefix` (the parameter `$n`) + the next number of that prefix, at least 6 digits (the SQLite store's
 * padStart(6, '0')) + the check part (the parameter `$m`, from newCheckPart). The upsert locks the
 * prefix's row until the transaction ends.
 */
const nextNumber = (prefix: string, check: string): string => `
  INSERT INTO case_sequences AS s (prefix, last) VALUES (${prefix}::text, 1)
  ON CONFLICT (prefix) DO UPDATE SET last = s.last + 1
  RETURNING ${prefix}::text || repeat('0', greatest(0, 6 - length(s.last::text))) || s.last::text
            || ${check}::text AS number`;

/** SQLSTATE raised by district_submit for a second rating of a case. */
const ALREADY_RATED = 'DR001';

const VERSION_COLUMNS =
  'version, display_version, published_at, region, digest, signature, items_digest, items_signature, item_count';

/** The hot statements, prepared once per connection (node-postgres names them). */
const SQL = {
  deviceByToken: 'SELECT id, hall_code, revoked_at FROM devices WHERE token_hash = $1',
  heartbeat: `UPDATE devices SET heartbeat_at = $2, heartbeat_app_version = $3, heartbeat_outbox_depth = $4,
                heartbeat_catalog_version = $5, heartbeat_health = $6 WHERE id = $1`,
  currentCatalog: `SELECT ${VERSION_COLUMNS} FROM catalog_versions ORDER BY version DESC LIMIT 1`,
  fullPage: `
    SELECT v.*, true AS since_known, r.id, r.body
      FROM (SELECT ${VERSION_COLUMNS} FROM catalog_versions ORDER BY version DESC LIMIT 1) v
      LEFT JOIN LATERAL (
        SELECT id, body FROM catalog_items WHERE body IS NOT NULL AND id > $1 ORDER BY id LIMIT $2
      ) r ON true
     ORDER BY r.id`,
  deltaPage: `
    SELECT v.*, EXISTS (SELECT 1 FROM catalog_versions k WHERE k.version = $1) AS since_known, r.id, r.body
      FROM (SELECT ${VERSION_COLUMNS} FROM catalog_versions ORDER BY version DESC LIMIT 1) v
      LEFT JOIN LATERAL (
        SELECT id, body FROM catalog_items WHERE changed_in > $1 AND id > $2 ORDER BY id LIMIT $3
      ) r ON true
     ORDER BY r.id`,
  submit:
    'SELECT case_number, received_at, created FROM district_submit($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)',
  lookupByPerson: `
    SELECT s.case_number, s.status AS current, s.item_name, s.received_at, e.status, e.at, e.note
      FROM (SELECT s.case_number, s.status, s.item_name, s.received_at
              FROM submissions s JOIN devices d ON d.id = s.device_id
             WHERE s.person_key = $1 AND s.kind = 'declaration' AND d.hall_code = $3
             ORDER BY s.received_at DESC, s.case_number DESC LIMIT $2) s
      JOIN case_events e ON e.case_number = s.case_number
     ORDER BY s.received_at DESC, s.case_number DESC, e.seq`,
  lookupByHolder: `
    SELECT s.case_number, s.status AS current, s.item_name, s.received_at, e.status, e.at, e.note
      FROM submissions s JOIN case_events e ON e.case_number = s.case_number
      JOIN devices d ON d.id = s.device_id
     WHERE s.case_number = $1 AND s.id_last4 = $2 AND s.kind = 'declaration'
       AND ($3::text IS NULL OR d.hall_code = $3::text)
     ORDER BY e.seq`,
  casesForDevice: `
    SELECT s.case_number, s.status AS current, e.status, e.at, e.note
      FROM submissions s JOIN case_events e ON e.case_number = s.case_number
     WHERE s.case_number = ANY ($1::text[]) AND s.device_id = $2
     ORDER BY s.case_number, e.seq`,
  firstAppointment:
    'SELECT number, slot_date, slot_time FROM appointments WHERE device_id = $1 AND idempotency_key = $2',
  isHoliday: 'SELECT 1 FROM hall_holidays WHERE hall_code = $1 AND date = $2',
  lockSlot: `SELECT capacity FROM slot_schedules WHERE hall_code = $1 AND weekday = $2 AND time = $3
             FOR UPDATE`,
  seatsTaken: `SELECT count(*)::int AS n FROM appointments
                WHERE hall_code = $1 AND slot_date = $2 AND slot_time = $3 AND cancelled_at IS NULL`,
  insertAppointment: `
    WITH seq AS (${nextNumber('$11', '$12')})
    INSERT INTO appointments (number, hall_code, device_id, idempotency_key, item_id, slot_date, slot_time,
                              name, id_number, phone, created_at)
    SELECT number, $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text,
           $10::text
      FROM seq
    ON CONFLICT (device_id, idempotency_key) DO NOTHING
    RETURNING number`,
  holidaysBetween:
    'SELECT date FROM hall_holidays WHERE hall_code = $1 AND date BETWEEN $2 AND $3 ORDER BY date',
  slotSchedule:
    'SELECT weekday, time, capacity FROM slot_schedules WHERE hall_code = $1 ORDER BY weekday, time',
  bookedCounts: `
    SELECT slot_date AS date, slot_time AS time, count(*)::int AS booked FROM appointments
     WHERE hall_code = $1 AND slot_date BETWEEN $2 AND $3 AND cancelled_at IS NULL
     GROUP BY slot_date, slot_time`,
} as const;

type Statement = keyof typeof SQL;

/** A named (prepared) query of SQL. */
function q(name: Statement, values: unknown[] = []): pg.QueryConfig {
  return { name, text: SQL[name], values };
}

type Queryable = pg.Pool | pg.PoolClient;

export class PostgresDistrictStore implements DistrictStore {
  private constructor(
    private readonly db: pg.Pool,
    private readonly telemetry: pg.Pool,
  ) {}

  /** Connects and migrates (one instance migrates; the others wait for it). */
  static async open(url: string, options: PoolOptions = {}): Promise<PostgresDistrictStore> {
    const pool = createPool(url, options);
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    const telemetry = createPool(url, {
      max: Math.max(1, Math.ceil((options.max ?? 10) / 4)),
      asyncCommit: true,
    });
    return new PostgresDistrictStore(pool, telemetry);
  }

  /** Exposed for tests and diagnostics only. */
  get pool(): pg.Pool {
    return this.db;
  }

  async ensureSigningKey(candidate: () => SigningKeyPair, at: string): Promise<SigningKeyPair> {
    const read = async (): Promise<SigningKeyPair | undefined> =>
      (
        await this.db.query<SigningKeyPair>(
          'SELECT public_pem AS "publicPem", private_pem AS "privatePem" FROM signing_key WHERE id = 1',
        )
      ).rows[0];
    const existing = await read();
    if (existing) return existing;
    const pair = candidate();
    // Two instances starting at once both try; the first insert wins and both read the winner.
    await this.db.query(
      `INSERT INTO signing_key (id, public_pem, private_pem, created_at) VALUES (1, $1, $2, $3)
       ON CONFLICT (id) DO NOTHING`,
      [pair.publicPem, pair.privatePem, at],
    );
    const stored = await read();
    if (!stored) throw new Error('signing key not stored');
    return stored;
  }

  async createHall(hall: HallRecord, at: string): Promise<boolean> {
    const result = await this.db.query(
      `INSERT INTO halls (code, name, address, phone, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO NOTHING`,
      [hall.code, hall.name, hall.address, hall.phone, at],
    );
    return result.rowCount === 1;
  }

  getHall(code: string): Promise<HallRecord | null> {
    return this.hall(this.db, code);
  }

  private async hall(db: Queryable, code: string): Promise<HallRecord | null> {
    const result = await db.query<HallRecord>(
      'SELECT code, name, address, phone FROM halls WHERE code = $1',
      [code],
    );
    return result.rows[0] ?? null;
  }

  async issueEnrollmentCode(input: {
    codeHash: string;
    hallCode: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db.query(
      'INSERT INTO enrollment_codes (code_hash, hall_code, created_at, expires_at) VALUES ($1, $2, $3, $4)',
      [input.codeHash, input.hallCode, input.createdAt, input.expiresAt],
    );
  }

  enroll(input: {
    codeHash: string;
    at: string;
    deviceId: string;
    tokenHash: string;
    info: object;
  }): Promise<EnrollOutcome> {
    return inTransaction(this.db, async (c): Promise<EnrollOutcome> => {
      // FOR UPDATE: a second enrollment with the same code waits here, then sees it used.
      const code = (
        await c.query<EnrollmentCodeRow>(
          'SELECT hall_code, expires_at, used_at FROM enrollment_codes WHERE code_hash = $1 FOR UPDATE',
          [input.codeHash],
        )
      ).rows[0];
      const refusal = enrollmentRefusal(code, input.at);
      if (refusal || !code) return { ok: false, reason: refusal ?? 'CODE_UNKNOWN' };
      const hall = await this.hall(c, code.hall_code);
      if (!hall) return { ok: false, reason: 'CODE_UNKNOWN' };
      await c.query(
        'INSERT INTO devices (id, hall_code, token_hash, info, enrolled_at) VALUES ($1, $2, $3, $4, $5)',
        [input.deviceId, hall.code, input.tokenHash, JSON.stringify(input.info), input.at],
      );
      await c.query('UPDATE enrollment_codes SET used_at = $1, used_by = $2 WHERE code_hash = $3', [
        input.at,
        input.deviceId,
        input.codeHash,
      ]);
      return { ok: true, hall };
    });
  }

  async deviceByTokenHash(tokenHash: string): Promise<DeviceAuth | null> {
    const row = (
      await this.db.query<{ id: string; hall_code: string; revoked_at: string | null }>(
        q('deviceByToken', [tokenHash]),
      )
    ).rows[0];
    return row ? { id: row.id, hallCode: row.hall_code, revoked: row.revoked_at !== null } : null;
  }

  async revokeDevice(deviceId: string, at: string): Promise<boolean> {
    const result = await this.db.query(
      'UPDATE devices SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1',
      [deviceId, at],
    );
    return result.rowCount === 1;
  }

  async listKiosks(): Promise<KioskRecord[]> {
    const rows = (
      await this.db.query<Omit<KioskRecord, 'hostname' | 'health'> & { info: string; health: string | null }>(
        `SELECT d.id AS "deviceId", d.hall_code AS "hallCode", h.name AS "hallName",
                d.enrolled_at AS "enrolledAt", d.revoked_at AS "revokedAt", d.info AS info,
                d.heartbeat_at AS "heartbeatAt", d.heartbeat_app_version AS "appVersion",
                d.heartbeat_outbox_depth AS "outboxDepth", d.heartbeat_catalog_version AS "catalogVersion",
                d.heartbeat_health AS health
           FROM devices d JOIN halls h ON h.code = d.hall_code
          ORDER BY d.hall_code, d.enrolled_at, d.id`,
      )
    ).rows;
    return rows.map(toKioskRecord);
  }

  async recordHeartbeat(deviceId: string, heartbeat: HeartbeatRequest, at: string): Promise<void> {
    await this.telemetry.query(
      q('heartbeat', [
        deviceId,
        at,
        heartbeat.appVersion,
        heartbeat.outboxDepth,
        heartbeat.catalogVersion,
        JSON.stringify(heartbeat.health),
      ]),
    );
  }

  async currentCatalog(): Promise<CatalogVersionRecord | null> {
    const row = (await this.db.query<VersionRow>(q('currentCatalog'))).rows[0];
    return row ? toVersionRecord(row) : null;
  }

  async liveCatalogItems(): Promise<CatalogItemRow[]> {
    return (
      await this.db.query<CatalogItemRow>(
        'SELECT id, body FROM catalog_items WHERE body IS NOT NULL ORDER BY id',
      )
    ).rows;
  }

  async readCatalogPage(request: CatalogPageRequest): Promise<CatalogPageRead> {
    type PageRow = VersionRow & { since_known: boolean; id: string | null; body: string | null };
    const result =
      request.since === 0
        ? await this.db.query<PageRow>(q('fullPage', [request.afterId, request.limit]))
        : await this.db.query<PageRow>(q('deltaPage', [request.since, request.afterId, request.limit]));
    const head = result.rows[0];
    if (!head) return { kind: 'none' };
    const current = toVersionRecord(head);
    const version = current.manifest.version;
    if (request.expectVersion !== undefined && request.expectVersion !== version) return { kind: 'gone' };
    if (request.since > version || !head.since_known) return { kind: 'gone' };
    const rows = result.rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, body: r.body }]));
    return { kind: 'page', current, rows };
  }

  async publishCatalog(input: PublishInput): Promise<void> {
    const { manifest } = input;
    await inTransaction(this.db, async (c) => {
      // Serialises publishes; SHARE ROW EXCLUSIVE does not block plain reads of the catalog.
      await c.query('LOCK TABLE catalog_versions IN SHARE ROW EXCLUSIVE MODE');
      const found =
        (await c.query<{ version: number }>('SELECT max(version) AS version FROM catalog_versions')).rows[0]
          ?.version ?? 0;
      if (found !== manifest.version - 1) throw new PublishConflictError(manifest.version, found);
      await c.query(
        `INSERT INTO catalog_versions
           (version, display_version, published_at, region, digest, signature, items_digest, items_signature,
            item_count, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
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
        ],
      );
      const upserts = [...input.added, ...input.changed];
      await c.query(
        `INSERT INTO catalog_items (id, body, changed_in)
         SELECT id, body, $3::int FROM unnest($1::text[], $2::text[]) AS t (id, body)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, changed_in = excluded.changed_in`,
        [upserts.map((r) => r.id), upserts.map((r) => r.body), manifest.version],
      );
      await c.query('UPDATE catalog_items SET body = NULL, changed_in = $1 WHERE id = ANY ($2::text[])', [
        manifest.version,
        input.removed,
      ]);
      const changes = [
        ...input.added.map((r) => [r.id, 'added'] as const),
        ...input.changed.map((r) => [r.id, 'changed'] as const),
        ...input.removed.map((id) => [id, 'removed'] as const),
      ];
      await c.query(
        `INSERT INTO catalog_changes (version, item_id, change)
         SELECT $1::int, item_id, change FROM unnest($2::text[], $3::text[]) AS t (item_id, change)`,
        [manifest.version, changes.map(([id]) => id), changes.map(([, kind]) => kind)],
      );
    });
  }

  async submit(input: SubmissionInput): Promise<SubmissionOutcome> {
    const { rating } = input;
    try {
      // One statement (migrations-pg/003_submit_function.sql), committed by itself inside the database.
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

  async setSlotSchedule(input: {
    hallCode: string;
    weekdays: readonly number[];
    times: readonly string[];
    capacity: number;
  }): Promise<void> {
    const weekdays = [...new Set(input.weekdays)];
    const times = [...new Set(input.times)];
    await inTransaction(this.db, async (c) => {
      await c.query('DELETE FROM slot_schedules WHERE hall_code = $1 AND weekday = ANY ($2::int[])', [
        input.hallCode,
        weekdays,
      ]);
      await c.query(
        `INSERT INTO slot_schedules (hall_code, weekday, time, capacity)
         SELECT $1::text, w, t, $4::int FROM unnest($2::int[]) AS w CROSS JOIN unnest($3::text[]) AS t`,
        [input.hallCode, weekdays, times, input.capacity],
      );
    });
  }

  async slotSchedule(hallCode: string): Promise<SlotScheduleRow[]> {
    return (await this.db.query<SlotScheduleRow>(q('slotSchedule', [hallCode]))).rows;
  }

  async addHoliday(hallCode: string, date: string): Promise<boolean> {
    const result = await this.db.query(
      'INSERT INTO hall_holidays (hall_code, date) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [hallCode, date],
    );
    return result.rowCount === 1;
  }

  async holidays(hallCode: string, from: string, to: string): Promise<string[]> {
    return (await this.db.query<{ date: string }>(q('holidaysBetween', [hallCode, from, to]))).rows.map(
      (r) => r.date,
    );
  }

  async bookedCounts(hallCode: string, from: string, to: string): Promise<BookedCount[]> {
    return (await this.db.query<BookedCount>(q('bookedCounts', [hallCode, from, to]))).rows;
  }

  async book(input: BookingInput): Promise<BookingOutcome> {
    const repeat = async (db: Queryable): Promise<BookingOutcome | null> => {
      const row = (await db.query<BookedRow>(q('firstAppointment', [input.deviceId, input.idempotencyKey])))
        .rows[0];
      return repeatBooking(row);
    };
    const first = await repeat(this.db);
    if (first) return first;
    const outcome = await inTransaction<BookingOutcome | null>(this.db, async (c) => {
      const holiday = Boolean((await c.query(q('isHoliday', [input.hallCode, input.slotDate]))).rowCount);
      // No lock on a holiday; otherwise the slot's row is locked until this booking commits.
      const slot = holiday
        ? undefined
        : (
            await c.query<{ capacity: number }>(
              q('lockSlot', [input.hallCode, scheduleWeekday(input.slotDate), input.slotTime]),
            )
          ).rows[0];
      if (slotDecision({ holiday, slot, taken: 0 }) === 'no-slot') return { kind: 'no-slot' };
      // Each statement sees what committed before it started: a repeat that won while this one waited
      // for the slot lock is visible now.
      const again = await repeat(c);
      if (again) return again;
      const taken =
        (await c.query<{ n: number }>(q('seatsTaken', [input.hallCode, input.slotDate, input.slotTime])))
          .rows[0]?.n ?? 0;
      const decision = slotDecision({ holiday, slot, taken });
      if (decision !== 'book') return { kind: decision };
      const inserted = (
        await c.query<{ number: string }>(
          q('insertAppointment', [
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
            input.numberPrefix,
            newCheckPart(),
          ]),
        )
      ).rows[0];
      // The same key booked another slot concurrently: give the number back and answer that booking.
      if (!inserted) return rollback(null);
      return {
        kind: 'booked',
        appointmentNumber: inserted.number,
        slotDate: input.slotDate,
        slotTime: input.slotTime,
      };
    });
    if (outcome) return outcome;
    const winner = await repeat(this.db);
    if (!winner) throw new Error('appointment neither inserted nor found');
    return winner;
  }

  async cancelAppointment(input: {
    appointmentNumber: string;
    idLast4: string;
    hallCode: string;
    at: string;
  }): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE appointments SET cancelled_at = coalesce(cancelled_at, $3)
        WHERE number = $1 AND hall_code = $4 AND right(id_number, char_length($2)) = $2`,
      [input.appointmentNumber, input.idLast4, input.at, input.hallCode],
    );
    return result.rowCount === 1;
  }

  async forgetAppointmentHolders(slotDateBefore: string): Promise<number> {
    const result = await this.db.query(
      `UPDATE appointments SET name = '', id_number = '', phone = ''
        WHERE slot_date < $1 AND (name <> '' OR id_number <> '' OR phone <> '')`,
      [slotDateBefore],
    );
    return result.rowCount ?? 0;
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

  async close(): Promise<void> {
    await Promise.all([this.db.end(), this.telemetry.end()]);
  }
}
