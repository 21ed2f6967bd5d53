/** The district's decisions as pure functions over rows, the same for the SQLite and PostgreSQL stores. */
import { describe, expect, it } from 'vitest';
import {
  holdsAppointment,
  repeatBooking,
  scheduleWeekday,
  slotDecision,
} from '../../../../src-server/core/booking.rules.js';
import { enrollmentRefusal } from '../../../../src-server/core/enrollment.rules.js';
import {
  followUpDue,
  isOwnHallTarget,
  mayRateTarget,
  needsFollowUp,
  ratingGuessTarget,
} from '../../../../src-server/core/rating.rules.js';
import { alreadyRated, repeatSubmission } from '../../../../src-server/core/submission.rules.js';

const AT = '2026-11-25T02:00:00.000Z';

describe('enrollment rules', () => {
  const code = { hall_code: 'ZCKL01', expires_at: '2026-11-26T00:00:00.000Z', used_at: null };

  it('accept a known, unused code before its time', () => {
    expect(enrollmentRefusal(code, AT)).toBeNull();
  });

  it('refuse unknown, then used, then expired, in that order', () => {
    expect(enrollmentRefusal(undefined, AT)).toBe('CODE_UNKNOWN');
    expect(enrollmentRefusal({ ...code, used_at: AT }, AT)).toBe('CODE_USED');
    expect(enrollmentRefusal({ ...code, expires_at: AT }, AT)).toBe('CODE_EXPIRED');
    // A used code that has also expired reads as used.
    expect(enrollmentRefusal({ ...code, used_at: AT, expires_at: '2026-01-01T00:00:00.000Z' }, AT)).toBe(
      'CODE_USED',
    );
  });
});

describe('booking rules', () => {
  it('answer a repeat with the first booking', () => {
    expect(repeatBooking(undefined)).toBeNull();
    expect(repeatBooking({ number: 'YY1', slot_date: '2026-11-26', slot_time: '09:00' })).toEqual({
      kind: 'repeat',
      appointmentNumber: 'YY1',
      slotDate: '2026-11-26',
      slotTime: '09:00',
    });
  });

  it('decide holiday, then schedule, then capacity', () => {
    expect(slotDecision({ holiday: true, slot: { capacity: 5 }, taken: 0 })).toBe('no-slot');
    expect(slotDecision({ holiday: false, slot: undefined, taken: 0 })).toBe('no-slot');
    expect(slotDecision({ holiday: false, slot: { capacity: 2 }, taken: 2 })).toBe('full');
    expect(slotDecision({ holiday: false, slot: { capacity: 2 }, taken: 1 })).toBe('book');
  });

  it('keep schedules by ISO weekday and check the canceller by the last ID characters', () => {
    expect(scheduleWeekday('2026-11-23')).toBe(1); // a Monday
    expect(scheduleWeekday('2026-11-29')).toBe(7); // a Sunday
    expect(holdsAppointment('37030219900101002X', '002X')).toBe(true);
    expect(holdsAppointment('37030219900101002X', '0029')).toBe(false);
  });
});

describe('submission rules', () => {
  it('answer a repeat with the first case number, and refuse a second rating of one target', () => {
    expect(repeatSubmission(undefined)).toBeNull();
    expect(repeatSubmission({ case_number: 'ZC1', received_at: AT })).toEqual({
      created: false,
      caseNumber: 'ZC1',
      receivedAt: AT,
    });
    expect(alreadyRated({ targetCase: 'ZC1' }, true)).toBe(true);
    expect(alreadyRated({ targetCase: 'ZC1' }, false)).toBe(false);
    expect(alreadyRated({ targetCase: null }, true)).toBe(false);
    expect(alreadyRated(undefined, true)).toBe(false);
  });
});

describe('rating rules', () => {
  it('let a kiosk rate its own hall’s cases, or any case by its full number with the check part', () => {
    expect(mayRateTarget('ZCKL01', 'ZCKL01', 'ZC20261125000001')).toBe(true);
    expect(mayRateTarget('ZCKL02', 'ZCKL01', 'ZC20261125000001')).toBe(false);
    expect(mayRateTarget(null, 'ZCKL01', 'ZC20261125000001')).toBe(false);
    expect(mayRateTarget('ZCKL02', 'ZCKL01', 'ZC20261125000042KQMP')).toBe(true);
  });

  it('count anything but the own hall’s case as a guess of its number without the check part, like a lookup', () => {
    expect(isOwnHallTarget('ZCKL01', 'ZCKL01')).toBe(true);
    expect(isOwnHallTarget('ZCKL02', 'ZCKL01')).toBe(false);
    expect(isOwnHallTarget(null, 'ZCKL01')).toBe(false);
    expect(ratingGuessTarget({ caseNumber: 'ZC20261125000042KQMP' })).toEqual({
      key: 'case:ZC20261125000042',
      base: 'ZC20261125000042',
    });
    expect(ratingGuessTarget({ caseNumber: 'ZC20261125000042' })).toEqual({
      key: 'case:ZC20261125000042',
      base: 'ZC20261125000042',
    });
    expect(ratingGuessTarget({ appointmentNumber: 'YY20261125000007MXTR' })).toEqual({
      key: 'appointment:YY20261125000007',
      base: 'YY20261125000007',
    });
  });

  it('ask a follow-up for a 差评 only, due five working days later', () => {
    expect(needsFollowUp(1)).toBe(true);
    expect(needsFollowUp(2)).toBe(true);
    expect(needsFollowUp(3)).toBe(false);
    // Wednesday 2026-11-25 + 5 working days = Wednesday 2026-12-02; a holiday on the Monday pushes it a day.
    expect(followUpDue('2026-11-25', new Set())).toBe('2026-12-02');
    expect(followUpDue('2026-11-25', new Set(['2026-11-30']))).toBe('2026-12-03');
  });
});
