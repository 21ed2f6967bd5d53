/**
 * DistrictStore on one SQLite file (better-sqlite3): prepared statements, IMMEDIATE write transactions.
 * Built in layers, SQL only: halls and devices (sqlite-base.store.ts), the catalog
 * (sqlite-catalog.store.ts), submissions and cases (sqlite-cases.store.ts), and here the appointments
 * (booking decided by core/booking.rules.ts).
 */
import { appointmentValues } from './store-rows.js';
import {
  holdsAppointment,
  repeatBooking,
  scheduleWeekday,
  slotDecision,
  type BookedRow,
} from '../core/booking.rules.js';
import { openServerDatabase, type OpenOptions } from './sqlite.database.js';
import {
  type BookedCount,
  type BookingInput,
  type BookingOutcome,
  type SlotScheduleRow,
  type DistrictStore,
} from './district.store.js';
import { settle } from './sqlite-base.store.js';
import { SqliteCasesStore } from './sqlite-cases.store.js';

export class SqliteDistrictStore extends SqliteCasesStore implements DistrictStore {
  /** Opens (creating and migrating) the database file. */
  static open(file: string, options: OpenOptions = {}): SqliteDistrictStore {
    return new SqliteDistrictStore(openServerDatabase(file, undefined, options));
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
          .run(appointmentNumber, ...appointmentValues(input));
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

  close(): Promise<void> {
    return settle(() => {
      this.commitSubmissions();
      this.db.close();
    });
  }
}
