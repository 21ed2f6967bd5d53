/**
 * Booking a slot, decided over rows in this order: a repeat of the same request (device and idempotency
 * key) answers the first booking; a hall holiday has no slot; a date whose weekday has no such time in the
 * hall's schedule has no slot; a slot whose seats are all taken is full; otherwise it is booked. The same
 * for the SQLite and PostgreSQL stores (which differ only in how they lock).
 */
import type { BookingOutcome } from '../store/district.store.js';

export interface BookedRow {
  number: string;
  slot_date: string;
  slot_time: string;
}

/** The answer to a repeated booking request, or null when the request is new. */
export function repeatBooking(first: BookedRow | undefined): BookingOutcome | null {
  return first
    ? {
        kind: 'repeat',
        appointmentNumber: first.number,
        slotDate: first.slot_date,
        slotTime: first.slot_time,
      }
    : null;
}

/** The ISO weekday (1 Monday … 7 Sunday) of a YYYY-MM-DD date, as slot schedules are kept. */
export function scheduleWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

export interface SlotFacts {
  holiday: boolean;
  /** The schedule's row for that weekday and time; undefined when the hall has none. */
  slot: { capacity: number } | undefined;
  /** Seats taken (bookings not cancelled) of that date and time. */
  taken: number;
}

/** Why the slot cannot be booked, or 'book' when a seat is free. */
export function slotDecision(facts: SlotFacts): 'no-slot' | 'full' | 'book' {
  if (facts.holiday || !facts.slot) return 'no-slot';
  if (facts.taken >= facts.slot.capacity) return 'full';
  return 'book';
}

/** Whether the last ID characters a canceller typed match the appointment's holder. */
export function holdsAppointment(idNumber: string, idLast4: string): boolean {
  return idNumber.endsWith(idLast4);
}
