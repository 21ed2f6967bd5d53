/**
 * The date picker's steps under any start: with no date set, a step starts from today (or the field's
 * default), never from the latest date allowed; a step moves by the unit asked (a month keeps the day
 * where the month has it), and the result stays within [1900-01-01, max].
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canStep,
  EARLIEST_DATE,
  parseDate,
  stepDate,
  type DateUnit,
} from '../../../src-renderer/form/date-step.js';

const DAY_MS = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
/** Any day from 1950 to 2090. */
const day = fc
  .integer({ min: Date.UTC(1950, 0, 1) / DAY_MS, max: Date.UTC(2090, 0, 1) / DAY_MS })
  .map((n) => iso(n * DAY_MS));
const unit = fc.constantFrom<DateUnit>('year', 'month', 'day');
const delta = fc.constantFrom(-10, -1, 1, 10);

function monthsBetween(a: string, b: string): number {
  const pa = parseDate(a)!;
  const pb = parseDate(b)!;
  return (pb.year - pa.year) * 12 + (pb.month - pa.month);
}

describe('date picker steps (property)', () => {
  it('an empty field: +1个月 from today lands one month after today when the field allows later dates', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 2, max: 36 }), (today, monthsAhead) => {
        const max = stepDate(today, 'month', monthsAhead, '2999-12-31');
        const next = stepDate('', 'month', 1, max, today);
        expect(monthsBetween(today, next)).toBe(1);
        expect(next <= max).toBe(true);
        // Not at the limit: every + button stays enabled.
        for (const u of ['year', 'month', 'day'] as const) expect(canStep(next, u, 1, max, today)).toBe(true);
      }),
    );
  });

  it('an empty field with max = today: + keeps today, − goes back from today', () => {
    fc.assert(
      fc.property(day, unit, (today, u) => {
        expect(stepDate('', u, 1, today, today)).toBe(today);
        expect(stepDate('', u, -1, today, today) < today).toBe(true);
      }),
    );
  });

  it('any step stays within [1900-01-01, max] and moves by the unit unless clamped', () => {
    fc.assert(
      fc.property(day, day, unit, delta, (value, max, u, d) => {
        const next = stepDate(value, u, d, max, max);
        expect(next >= EARLIEST_DATE && next <= max).toBe(true);
        expect(parseDate(next)).not.toBeNull();
        const clamped = next === max || next === EARLIEST_DATE;
        if (!clamped && u !== 'day') {
          const months = u === 'year' ? d * 12 : d;
          expect(monthsBetween(value, next)).toBe(months);
          expect(parseDate(next)!.day).toBeLessThanOrEqual(parseDate(value)!.day);
        }
        if (!clamped && u === 'day') expect((Date.parse(next) - Date.parse(value)) / DAY_MS).toBe(d);
      }),
    );
  });
});
