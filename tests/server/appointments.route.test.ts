/**
 * Appointments on the server: the slots of the asking device's hall with seats left (past times, holidays
 * and unscheduled days empty), booking with its number, idempotent repeats, FULL, refusals, and cancelling
 * with the ID digits (a wrong number and wrong digits answer alike).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slotsAnswerSchema } from '../../src-main/district/protocol.types.js';
import { bearer, HALL, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z'); // Wednesday 10:00 in China
    token = (await h.enroll()).deviceToken;
    await h.store.setSlotSchedule({
      hallCode: HALL.code,
      weekdays: [1, 2, 3, 4, 5],
      times: ['09:00', '10:30'],
      capacity: 2,
    });
    await h.store.addHoliday(HALL.code, '2026-11-27'); // Friday
  });
  afterEach(() => h.close());

  const slots = (query: string, auth = token) =>
    h.app.inject({ method: 'GET', url: `/v1/appointments/slots?${query}`, headers: bearer(auth) });

  let key = 0;
  const book = (slotDate: string, slotTime: string, extra: object = {}) =>
    h.app.inject({
      method: 'POST',
      url: '/v1/appointments',
      headers: bearer(token),
      payload: {
        idempotencyKey: `booking-key-${String(++key).padStart(4, '0')}`,
        itemId: 'pension-enroll',
        slotDate,
        slotTime,
        name: '韩红英',
        idNumber: '370302199001010029',
        phone: '13805331234',
        ...extra,
      },
    });

  const cancel = (appointmentNumber: string, idLast4: string) =>
    h.app.inject({
      method: 'POST',
      url: '/v1/appointments/cancel',
      headers: bearer(token),
      payload: { appointmentNumber, idLast4 },
    });

  describe('GET /v1/appointments/slots', () => {
    it('lists each date with its slots: past times, holidays and weekends empty', async () => {
      const res = await slots('itemId=pension-enroll&from=2026-11-25&days=6');
      expect(res.statusCode).toBe(200);
      const answer = slotsAnswerSchema.parse(res.json());
      const byDate = Object.fromEntries(answer.dates.map((d) => [d.date, d.slots.map((s) => s.time)]));
      expect(byDate).toEqual({
        '2026-11-25': ['10:30'], // 09:00 has passed
        '2026-11-26': ['09:00', '10:30'],
        '2026-11-27': [], // holiday
        '2026-11-28': [],
        '2026-11-29': [],
        '2026-11-30': ['09:00', '10:30'],
      });
      expect(answer.dates[1]?.slots[0]).toEqual({ time: '09:00', capacity: 2, remaining: 2 });
    });

    it('needs a device token and a sound query', async () => {
      expect((await slots('itemId=pension-enroll', 'nope'.repeat(10))).statusCode).toBe(401);
      const bad = await slots('itemId=pension-enroll&days=99');
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: { code: 'INVALID', field: 'days' } });
    });
  });

  describe('POST /v1/appointments', () => {
    it('books (201, YY + date + sequence + check part), repeats the same key (200, same number), counts seats', async () => {
      const first = await book('2026-11-26', '09:00', { idempotencyKey: 'booking-same-0001' });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toEqual({
        appointmentNumber: expect.stringMatching(/^YY20261125000001[A-Z]{4}$/),
        slotDate: '2026-11-26',
        slotTime: '09:00',
      });
      const again = await book('2026-11-26', '09:00', { idempotencyKey: 'booking-same-0001' });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      const listed = slotsAnswerSchema.parse(
        (await slots('itemId=pension-enroll&from=2026-11-26&days=1')).json(),
      );
      expect(listed.dates[0]?.slots[0]).toMatchObject({ time: '09:00', remaining: 1 });
    });

    it('refuses a full slot (409 FULL), a slot that does not exist, a past one and bad fields', async () => {
      expect((await book('2026-11-26', '10:30')).statusCode).toBe(201);
      expect((await book('2026-11-26', '10:30')).statusCode).toBe(201);
      const full = await book('2026-11-26', '10:30');
      expect(full.statusCode).toBe(409);
      expect(full.json()).toMatchObject({
        error: { code: 'FULL', message: expect.stringContaining('约满') },
      });
      expect((await book('2026-11-27', '09:00')).statusCode).toBe(400); // holiday
      expect((await book('2026-11-28', '09:00')).statusCode).toBe(400); // Saturday: no schedule
      expect((await book('2026-11-26', '11:00')).statusCode).toBe(400); // no such time
      expect((await book('2026-11-25', '09:00')).statusCode).toBe(400); // already past
      const bad = await book('2026-11-26', '09:00', { phone: '12345' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: { code: 'INVALID', field: 'phone' } });
    });

    it('cancels with the right ID digits only (same answer for a wrong number), freeing the seat', async () => {
      const number = (await book('2026-11-26', '09:00')).json<{ appointmentNumber: string }>()
        .appointmentNumber;
      await book('2026-11-26', '09:00');
      const wrongDigits = await cancel(number, '1234');
      const wrongNumber = await cancel('YY20261125999999', '0029');
      expect(wrongDigits.statusCode).toBe(404);
      expect(wrongNumber.statusCode).toBe(404);
      expect(wrongDigits.json()).toEqual(wrongNumber.json());
      expect((await cancel(number, '0029')).statusCode).toBe(200);
      expect((await cancel(number, '0029')).statusCode).toBe(200); // already cancelled: still fine
      expect((await book('2026-11-26', '09:00')).statusCode).toBe(201);
    });
  });
});
