/**
 * DistrictStore on PostgreSQL, built in layers, SQL only (postgres-base.store.ts: halls, devices,
 * catalog; postgres-cases.store.ts: submissions and cases; here: appointments, with booking decided by
 * core/booking.rules.ts): a node-postgres pool and named prepared statements (postgres.statements.ts),
 * with the SQLite store's semantics under concurrency from several server processes:
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

import { appointmentValues } from './store-rows.js';
import { repeatBooking, scheduleWeekday, slotDecision, type BookedRow } from '../core/booking.rules.js';
import { newCheckPart } from '../core/case-number.js';
import { createPool, migratePostgres, type PoolOptions } from './postgres.database.js';
import { inTransaction, rollback } from './postgres.transaction.js';
import {
  type BookedCount,
  type BookingInput,
  type BookingOutcome,
  type DistrictStore,
  type SlotScheduleRow,
} from './district.store.js';
import { q, type Queryable } from './postgres.statements.js';
import { PostgresCasesStore } from './postgres-cases.store.js';

export class PostgresDistrictStore extends PostgresCasesStore implements DistrictStore {
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
          q('insertAppointment', [...appointmentValues(input), input.numberPrefix, newCheckPart()]),
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

  async close(): Promise<void> {
    await Promise.all([this.db.end(), this.telemetry.end()]);
  }
}
