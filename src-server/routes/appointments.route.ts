/**
 * Appointments (预约), online only, in the asking device's hall:
 * `GET /v1/appointments/slots`, `POST /v1/appointments` (seat check and insert in one store transaction),
 * `POST /v1/appointments/cancel`: only an appointment of the asking device's hall, with one answer for a
 * wrong number, wrong digits and another hall's appointment; every try counts against the device's and
 * the appointment's limits, and a refusal is logged (never the digits).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  BOOKING_HORIZON_DAYS,
  SLOT_DAYS_DEFAULT,
  SLOT_DAYS_MAX,
  bookingRequestSchema,
  cancelRequestSchema,
  isoDateSchema,
  itemIdSchema,
  type BookingAnswer,
  type CancelAnswer,
  type SlotsAnswer,
} from '../../src-protocol/index.js';
import { baseNumber } from '../core/case-number.js';
import { addDays, chinaDate, chinaTime, isoWeekday } from '../core/china-dates.js';
import { authenticate } from './auth.js';
import { HttpError, parseOrInvalid } from './http-errors.js';
import type { RouteDeps } from './route-deps.js';

const slotsQuerySchema = z.object({
  itemId: itemIdSchema,
  from: isoDateSchema.optional(),
  days: z.coerce
    .number()
    .int()
    .min(1, `天数应为 1 到 ${SLOT_DAYS_MAX}`)
    .max(SLOT_DAYS_MAX, `天数应为 1 到 ${SLOT_DAYS_MAX}`)
    .optional(),
});

/**
 * How far from the server's today the first date of a slots query may lie (a year, either way): beyond it
 * no date is of use to a kiosk, and dates past 9999 do not even print as YYYY-MM-DD.
 */
export const SLOTS_FROM_RANGE_DAYS = 366;

export const FULL_MESSAGE = '该时段已约满，请选择其他时段';
export const CANCEL_REFUSED_MESSAGE = '预约编号或身份证号后四位不对，请核对后重试';

/** Whether a slot can still be booked at `now`: not past, within the booking horizon. */
function bookable(date: string, time: string, now: Date): boolean {
  const today = chinaDate(now);
  if (date < today || date > addDays(today, BOOKING_HORIZON_DAYS)) return false;
  return date > today || time > chinaTime(now);
}

export function registerAppointmentsRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/v1/appointments/slots', async (request) => {
    const device = await authenticate(request, deps.store);
    const query = parseOrInvalid(slotsQuerySchema, request.query, '查询参数');
    const now = deps.now();
    const today = chinaDate(now);
    const from = query.from ?? today;
    if (from < addDays(today, -SLOTS_FROM_RANGE_DAYS) || from > addDays(today, SLOTS_FROM_RANGE_DAYS))
      throw new HttpError(400, 'INVALID', 'from：开始日期应在今天前后一年之内', 'from');
    const days = query.days ?? SLOT_DAYS_DEFAULT;
    const to = addDays(from, days - 1);
    const [schedule, holidays, booked] = await Promise.all([
      deps.store.slotSchedule(device.hallCode),
      deps.store.holidays(device.hallCode, from, to),
      deps.store.bookedCounts(device.hallCode, from, to),
    ]);
    const closed = new Set(holidays);
    const taken = new Map(booked.map((b) => [`${b.date} ${b.time}`, b.booked]));
    const answer: SlotsAnswer = {
      itemId: query.itemId,
      dates: Array.from({ length: days }, (_, i) => {
        const date = addDays(from, i);
        const weekday = isoWeekday(date);
        const slots = closed.has(date)
          ? []
          : schedule
              .filter((s) => s.weekday === weekday && bookable(date, s.time, now))
              .map((s) => ({
                time: s.time,
                capacity: s.capacity,
                remaining: Math.max(0, s.capacity - (taken.get(`${date} ${s.time}`) ?? 0)),
              }));
        return { date, slots };
      }),
    };
    return answer;
  });

  app.post('/v1/appointments', async (request, reply) => {
    const device = await authenticate(request, deps.store);
    const body = parseOrInvalid(bookingRequestSchema, request.body, '预约请求');
    const now = deps.now();
    if (!bookable(body.slotDate, body.slotTime, now))
      throw new HttpError(
        400,
        'INVALID',
        `只能预约今后 ${BOOKING_HORIZON_DAYS} 天内尚未开始的时段，请选择其他时段`,
        'slotDate',
      );
    const outcome = await deps.store.book({
      hallCode: device.hallCode,
      deviceId: device.id,
      idempotencyKey: body.idempotencyKey,
      itemId: body.itemId,
      slotDate: body.slotDate,
      slotTime: body.slotTime,
      name: body.name,
      idNumber: body.idNumber,
      phone: body.phone,
      createdAt: now.toISOString(),
      numberPrefix: `YY${chinaDate(now).replaceAll('-', '')}`,
    });
    // Never the name, ID number or phone.
    request.log.info({ deviceId: device.id, outcome: outcome.kind }, 'appointment');
    if (outcome.kind === 'full') throw new HttpError(409, 'FULL', FULL_MESSAGE);
    if (outcome.kind === 'no-slot')
      throw new HttpError(400, 'INVALID', '该时段不接受预约，请选择其他时段', 'slotTime');
    const answer: BookingAnswer = {
      appointmentNumber: outcome.appointmentNumber,
      slotDate: outcome.slotDate,
      slotTime: outcome.slotTime,
    };
    return reply.code(outcome.kind === 'booked' ? 201 : 200).send(answer);
  });

  app.post('/v1/appointments/cancel', async (request, reply) => {
    const device = await authenticate(request, deps.store);
    const body = parseOrInvalid(cancelRequestSchema, request.body, '取消请求');
    const base = baseNumber(body.appointmentNumber);
    await deps.guardGuess(request, reply, device, `appointment:${base}`, base);
    const done = await deps.store.cancelAppointment({
      appointmentNumber: body.appointmentNumber,
      idLast4: body.idLast4,
      hallCode: device.hallCode,
      at: deps.now().toISOString(),
    });
    request.log.info(
      { deviceId: device.id, hall: device.hallCode, appointment: base, cancelled: done },
      done ? 'appointment cancelled' : 'appointment cancel refused',
    );
    if (!done) throw new HttpError(404, 'NOT_FOUND', CANCEL_REFUSED_MESSAGE);
    const answer: CancelAnswer = { ok: true };
    return answer;
  });
}
