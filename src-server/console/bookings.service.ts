/**
 * 预约 in the console: one hall's day — its slots with capacity and seats taken, the bookings (names and
 * phones masked), whether it is a holiday — and the hall's weekly schedule and holidays, edited through the
 * same store methods as the CLI's `slots` commands.
 */
import { maskName, maskPhone } from '../../src-protocol/id-number.js';
import { addDays, isoWeekday } from '../core/china-dates.js';
import type { DistrictStore } from '../store/district.store.js';
import type { StoreSql } from '../store/store-sql.js';
import type { BookingsAnswer } from './feedback-api.types.js';

export class BookingsService {
  constructor(
    private readonly sql: StoreSql,
    private readonly store: DistrictStore,
  ) {}

  async day(hallCode: string, date: string): Promise<BookingsAnswer> {
    const [schedule, holidays, booked, rows] = await Promise.all([
      this.store.slotSchedule(hallCode),
      this.store.holidays(hallCode, date, addDays(date, 180)),
      this.store.bookedCounts(hallCode, date, date),
      this.sql.all<{
        number: string;
        slot_time: string;
        item_id: string;
        name: string;
        phone: string;
        cancelled_at: string | null;
      }>(
        `SELECT number, slot_time, item_id, name, phone, cancelled_at FROM appointments
          WHERE hall_code = ? AND slot_date = ? ORDER BY slot_time, created_at`,
        [hallCode, date],
      ),
    ]);
    const holiday = holidays.includes(date);
    const weekday = isoWeekday(date);
    const taken = new Map(booked.map((b) => [b.time, b.booked]));
    return {
      hallCode,
      date,
      holiday,
      slots: holiday
        ? []
        : schedule
            .filter((s) => s.weekday === weekday)
            .map((s) => ({ time: s.time, capacity: s.capacity, booked: taken.get(s.time) ?? 0 })),
      bookings: rows.map((r) => ({
        number: r.number,
        time: r.slot_time,
        itemId: r.item_id,
        // A holder forgotten by retention has empty fields.
        maskedName: r.name ? maskName(r.name) : '—',
        maskedPhone: r.phone ? maskPhone(r.phone) : '—',
        cancelled: r.cancelled_at !== null,
      })),
      schedule: schedule.map((s) => ({ weekday: s.weekday, time: s.time, capacity: s.capacity })),
      holidays,
    };
  }

  setSchedule(hallCode: string, weekdays: number[], times: string[], capacity: number): Promise<void> {
    return this.store.setSlotSchedule({ hallCode, weekdays, times, capacity });
  }

  addHoliday(hallCode: string, date: string): Promise<boolean> {
    return this.store.addHoliday(hallCode, date);
  }

  async removeHoliday(hallCode: string, date: string): Promise<boolean> {
    return (
      (await this.sql.run('DELETE FROM hall_holidays WHERE hall_code = ? AND date = ?', [hallCode, date])) > 0
    );
  }
}
