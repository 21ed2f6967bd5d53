/**
 * 预约办理, online only: the next working days of the hall (its settings) with the district server's
 * slots and seats left; a booking is made on the live server (capacity is enforced there) and a slip is
 * printed. Offline, the citizen is told plainly and given the phone number and the window.
 */
import type { AppointmentResult, AppointmentSlots } from '../../contract/citizen.types.js';
import { ConflictError, InputError, OfflineError } from '../../contract/errors.js';
import { busyError, RateLimitedError } from '../../district/rate-limit.js';
import { maskIdNumber, maskName, validateIdNumber } from '../../contract/id-number.js';
import type { DistrictClient } from '../../district/district.client.js';
import { RejectedError } from '../../district/district.errors.js';
import { SLOT_DAYS_MAX } from '../../district/protocol.types.js';
import type { Logger } from '../../log/logger.js';
import type { AppointmentsRepository } from '../../store/appointments.repository.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { AttemptLimiter } from '../attempt-limiter.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import type { KioskConfig } from '../config/config.schema.js';
import type { RatingGrants } from '../rating/rating-grants.js';
import { printOrQueue, type ReceiptPrinting } from '../receipts/print-or-queue.js';
import { appointmentSlip } from './appointment.slip.js';
import { addDays, nextOpenDays, weekdayName, withinHours } from './working-days.js';

/** How many open days a citizen can choose from. */
export const BOOKING_DAYS = 14;
export const CANCEL_NO_MATCH = '没有查到对应的预约，请核对预约编号和身份证号后四位。';

export interface BookingInput {
  requestId: string;
  itemId: string;
  slotDate: string;
  slotTime: string;
  identityMethod: 'card' | 'manual';
  name: string;
  idNumber: string;
  phone: string;
}

export interface AppointmentDeps {
  catalog: CatalogService;
  appointments: AppointmentsRepository;
  usage: UsageRepository;
  config: () => KioskConfig;
  grants: RatingGrants;
  printing: ReceiptPrinting;
  live: <T>(call: (client: DistrictClient) => Promise<T>) => Promise<T>;
  limiter: AttemptLimiter;
  log: Logger;
  now?: () => Date;
}

export class AppointmentService {
  private readonly now: () => Date;

  constructor(private readonly deps: AppointmentDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  async slots(itemId: string): Promise<AppointmentSlots> {
    const item = this.deps.catalog.item(itemId);
    const calendar = this.deps.config();
    const days = nextOpenDays(calendar, this.now(), BOOKING_DAYS);
    const first = days[0];
    if (!first) return { itemId, itemName: item.name, days: [] };
    const span = Math.min(SLOT_DAYS_MAX, dayCount(first, days.at(-1) ?? first));
    const answer = await this.online(() =>
      this.deps.live((client) => client.slots({ itemId, from: first, days: span })),
    );
    const byDate = new Map(answer.dates.map((d) => [d.date, d.slots]));
    return {
      itemId,
      itemName: item.name,
      days: days
        .filter((date) => date <= addDays(first, span - 1))
        .map((date) => ({
          date,
          weekday: weekdayName(date),
          slots: (byDate.get(date) ?? [])
            .filter((s) => withinHours(calendar, date, s.time))
            .map((s) => ({ time: s.time, capacity: s.capacity, remaining: s.remaining })),
        })),
    };
  }

  async book(input: BookingInput): Promise<AppointmentResult> {
    const item = this.deps.catalog.item(input.itemId);
    const name = input.name.trim();
    if (!/^[\p{Script=Han}·]{2,30}$/u.test(name))
      throw new InputError('name is not a Chinese name', 'name', '请填写身份证上的姓名（汉字）。');
    if (!validateIdNumber(input.idNumber).ok)
      throw new InputError('id number check failed', 'idNumber', '身份证号码校验不通过，请核对每一位数字。');
    const c = this.deps.config();
    const answer = await this.online(() =>
      this.deps.live((client) =>
        client.book({
          idempotencyKey: input.requestId,
          itemId: item.id,
          slotDate: input.slotDate,
          slotTime: input.slotTime,
          name,
          idNumber: input.idNumber,
          phone: input.phone,
        }),
      ),
    );
    const now = this.now();
    const masked = { name: maskName(name), id: maskIdNumber(input.idNumber) };
    this.deps.appointments.add({
      number: answer.appointmentNumber,
      itemId: item.id,
      itemName: item.name,
      slotDate: answer.slotDate,
      slotTime: answer.slotTime,
      maskedName: masked.name,
      createdAt: now.toISOString(),
    });
    this.deps.usage.record('appointment', item.id, now);
    this.deps.grants.grant([`appointment:${answer.appointmentNumber}`]);
    this.deps.log.info({ appointment: answer.appointmentNumber, itemId: item.id }, 'appointment booked');
    const qrUrl = c.progressBaseUrl + encodeURIComponent(answer.appointmentNumber);
    const receipt = await printOrQueue(
      this.deps.printing,
      appointmentSlip({
        hallName: c.hallName,
        hallAddress: c.hallAddress,
        hallPhone: c.hallPhone,
        item,
        appointmentNumber: answer.appointmentNumber,
        slotDate: answer.slotDate,
        slotTime: answer.slotTime,
        maskedName: masked.name,
        maskedIdNumber: masked.id,
        bookedAt: now,
        qrUrl,
        ratingUrl: c.ratingBaseUrl + encodeURIComponent(answer.appointmentNumber),
      }),
      { outboxId: null, number: answer.appointmentNumber, what: '预约凭条', safe: '您的预约已成功' },
    );
    return {
      appointmentNumber: answer.appointmentNumber,
      itemName: item.name,
      slotDate: answer.slotDate,
      slotTime: answer.slotTime,
      hallName: c.hallName,
      hallAddress: c.hallAddress,
      maskedName: masked.name,
      maskedIdNumber: masked.id,
      qrUrl,
      receipt,
    };
  }

  async cancel(appointmentNumber: string, idLast4: string): Promise<{ cancelled: true }> {
    const { limiter } = this.deps;
    // Counted before the server checks it; a match forgives only the tries on this number.
    const attempt = limiter.begin(appointmentNumber.toUpperCase());
    try {
      await this.online(() =>
        this.deps.live((client) => client.cancelAppointment({ appointmentNumber, idLast4 })),
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const left = attempt.fail();
      if (left === 0) limiter.check();
      throw new InputError('no appointment matches', 'appointmentNumber', CANCEL_NO_MATCH);
    }
    attempt.succeed();
    this.deps.appointments.markCancelled(appointmentNumber, this.now());
    this.deps.log.info({ appointment: appointmentNumber }, 'appointment cancelled');
    return { cancelled: true };
  }

  /** Maps the server's refusals and an unreachable server to what the citizen is told. */
  private async online<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const phone = this.deps.config().hallPhone;
      if (error instanceof RateLimitedError) throw busyError(error, `也可以拨打 ${phone} 或到窗口办理`);
      if (error instanceof OfflineError)
        throw new OfflineError(
          error.message,
          `预约需要连接网络，现在网络不通。您可以拨打 ${phone} 电话预约，或直接到窗口办理。`,
        );
      if (error instanceof RejectedError) {
        if (error.serverCode === 'FULL')
          throw new ConflictError('slot full', '这个时段刚刚约满了，请选择其他时段。');
        if (error.status === 404) throw new InputError('not found', error.field, CANCEL_NO_MATCH);
        throw new InputError(`booking refused: ${error.serverCode}`, error.field, error.reason);
      }
      throw error;
    }
  }
}

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
