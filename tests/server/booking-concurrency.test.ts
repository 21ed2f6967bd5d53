/**
 * Seats under real concurrency: 50 bookings at once over real HTTP for a slot of 10 seats. On PostgreSQL
 * they go through TWO server instances sharing the database — this process's app and a second server
 * process — alternately; on SQLite through one instance. Exactly 10 are booked and 40 answered FULL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bookingAnswerSchema, errorAnswerSchema } from '../../src-main/district/protocol.types.js';
import { baseNumber } from '../../src-server/core/case-number.js';
import { addDays, chinaDate } from '../../src-server/core/china-dates.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { HALL, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

const SEATS = 10;
const BOOKINGS = 50;

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let second: ServerProcess | undefined;
  beforeEach(async () => {
    h = await startHarness(kind);
    // The second instance runs on the real clock: so does this one here.
    h.clock.now = new Date();
  });
  afterEach(async () => {
    await second?.stop();
    second = undefined;
    await h.close();
  });

  it(`${BOOKINGS} concurrent bookings of a ${SEATS}-seat slot: ${SEATS} booked, the rest FULL`, async () => {
    const urls = [await h.app.listen({ host: '127.0.0.1', port: 0 })];
    if (kind === 'postgres') {
      second = await startServerProcess({ db: h.db });
      urls.push(second.url);
    }
    const slotDate = addDays(chinaDate(h.clock.now), 7);
    await h.store.setSlotSchedule({
      hallCode: HALL.code,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      times: ['09:00'],
      capacity: SEATS,
    });
    const tokens = await Promise.all(Array.from({ length: 5 }, async () => (await h.enroll()).deviceToken));

    const book = (i: number) =>
      fetch(`${urls[i % urls.length]}/v1/appointments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i % tokens.length]}` },
        body: JSON.stringify({
          idempotencyKey: `booking-key-${i}`,
          itemId: 'pension-enroll',
          slotDate,
          slotTime: '09:00',
          name: '张三',
          idNumber: '370302199001010029',
          phone: '13800000000',
        }),
      }).then(async (res) => ({ i, status: res.status, body: (await res.json()) as unknown }));
    const answers = await Promise.all(Array.from({ length: BOOKINGS }, (_, i) => book(i)));

    const booked = answers.filter((a) => a.status === 201);
    const full = answers.filter((a) => a.status === 409);
    expect(booked).toHaveLength(SEATS);
    expect(full).toHaveLength(BOOKINGS - SEATS);
    for (const a of full) expect(errorAnswerSchema.parse(a.body).error.code).toBe('FULL');
    const numbers = booked.map((a) => baseNumber(bookingAnswerSchema.parse(a.body).appointmentNumber)).sort();
    const prefix = `YY${chinaDate(h.clock.now).replaceAll('-', '')}`;
    expect(numbers).toEqual(
      Array.from({ length: SEATS }, (_, n) => `${prefix}${String(n + 1).padStart(6, '0')}`),
    );
    // Both instances took part: each answered its half (which of them won the seats is a matter of timing).
    for (let u = 0; u < urls.length; u += 1) {
      const served = answers.filter((a) => a.i % urls.length === u);
      expect(served.length).toBe(BOOKINGS / urls.length);
      for (const a of served) expect([201, 409]).toContain(a.status);
    }
    expect(await h.count('appointments')).toBe(SEATS);

    // A repeat of a booked key is answered with its booking, even when the slot is full.
    const again = await book(booked[0]!.i);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(booked[0]!.body);
  });
});
