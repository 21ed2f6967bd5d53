/** Appointments booked at this kiosk: masked facts only (the district server holds the person). */
import type { Db } from './database.js';

export interface AppointmentRecord {
  number: string;
  itemId: string;
  itemName: string;
  slotDate: string;
  slotTime: string;
  maskedName: string;
  createdAt: string;
  cancelledAt: string | null;
}

interface Raw {
  number: string;
  item_id: string;
  item_name: string;
  slot_date: string;
  slot_time: string;
  masked_name: string;
  created_at: string;
  cancelled_at: string | null;
}

const toRecord = (r: Raw): AppointmentRecord => ({
  number: r.number,
  itemId: r.item_id,
  itemName: r.item_name,
  slotDate: r.slot_date,
  slotTime: r.slot_time,
  maskedName: r.masked_name,
  createdAt: r.created_at,
  cancelledAt: r.cancelled_at,
});

export class AppointmentsRepository {
  constructor(private readonly db: Db) {}

  /** Idempotent: a repeat of the same booking (same number) keeps the first row. */
  add(a: Omit<AppointmentRecord, 'cancelledAt'>): void {
    this.db
      .prepare(
        `INSERT INTO appointments (number, item_id, item_name, slot_date, slot_time, masked_name, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO NOTHING`,
      )
      .run(a.number, a.itemId, a.itemName, a.slotDate, a.slotTime, a.maskedName, a.createdAt);
  }

  get(number: string): AppointmentRecord | undefined {
    const raw = this.db.prepare<[string], Raw>('SELECT * FROM appointments WHERE number = ?').get(number);
    return raw ? toRecord(raw) : undefined;
  }

  markCancelled(number: string, at = new Date()): void {
    this.db
      .prepare('UPDATE appointments SET cancelled_at = coalesce(cancelled_at, ?) WHERE number = ?')
      .run(at.toISOString(), number);
  }
}
