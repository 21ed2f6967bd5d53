import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScalar } from '../../../../src-main/contract/form-values.js';
import {
  canStep,
  clampDate,
  dateInChinese,
  daysInMonth,
  isLeapYear,
  parseDate,
  stepDate,
  todayInChina,
} from '../../../../src-renderer/form/date-step.js';

const TODAY = '2026-03-15';

describe('calendar', () => {
  it('knows leap years (every 4th, not every 100th, every 400th)', () => {
    expect([2024, 2000, 1960].map(isLeapYear)).toEqual([true, true, true]);
    expect([2023, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('parses only real dates', () => {
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '20230101', '', '2023-1-1'])
      expect(parseDate(bad)).toBeNull();
  });

  it('shows dates in Chinese', () => {
    expect(dateInChinese('1958-03-12')).toBe('1958年3月12日');
    expect(dateInChinese('')).toBe('');
  });

  it('takes today in China time, whatever the machine zone', () => {
    expect(todayInChina(new Date('2026-03-14T15:59:59Z'))).toBe('2026-03-14');
    expect(todayInChina(new Date('2026-03-14T16:00:00Z'))).toBe('2026-03-15');
  });
});

describe('stepDate', () => {
  it('carries days across months and years', () => {
    expect(stepDate('2023-01-31', 'day', 1, TODAY)).toBe('2023-02-01');
    expect(stepDate('2023-03-01', 'day', -1, TODAY)).toBe('2023-02-28');
    expect(stepDate('2024-03-01', 'day', -1, TODAY)).toBe('2024-02-29');
    expect(stepDate('2022-12-31', 'day', 1, TODAY)).toBe('2023-01-01');
    expect(stepDate('2023-01-01', 'day', -1, TODAY)).toBe('2022-12-31');
  });

  it('keeps the day within the new month when stepping months', () => {
    expect(stepDate('2023-01-31', 'month', 1, TODAY)).toBe('2023-02-28');
    expect(stepDate('2024-01-31', 'month', 1, TODAY)).toBe('2024-02-29');
    expect(stepDate('2023-03-31', 'month', 1, TODAY)).toBe('2023-04-30');
    expect(stepDate('2023-03-31', 'month', -1, TODAY)).toBe('2023-02-28');
    expect(stepDate('2023-12-15', 'month', 1, TODAY)).toBe('2024-01-15');
    expect(stepDate('2023-01-15', 'month', -1, TODAY)).toBe('2022-12-15');
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(stepDate('2024-02-29', 'year', 1, TODAY)).toBe('2025-02-28');
    expect(stepDate('2024-02-29', 'year', -1, TODAY)).toBe('2023-02-28');
    expect(stepDate('2024-02-29', 'year', -4, TODAY)).toBe('2020-02-29');
    expect(stepDate('1960-02-29', 'year', 10, TODAY)).toBe('1970-02-28');
  });

  it('never goes past today', () => {
    expect(stepDate('2026-03-14', 'day', 1, TODAY)).toBe('2026-03-15');
    expect(stepDate(TODAY, 'day', 1, TODAY)).toBe(TODAY);
    expect(stepDate('2026-02-20', 'month', 1, TODAY)).toBe(TODAY);
    expect(stepDate('2025-06-01', 'year', 1, TODAY)).toBe(TODAY);
    expect(stepDate('2020-06-01', 'year', 10, TODAY)).toBe(TODAY);
    expect(canStep(TODAY, 'day', 1, TODAY)).toBe(false);
    expect(canStep(TODAY, 'year', 1, TODAY)).toBe(false);
    expect(canStep(TODAY, 'day', -1, TODAY)).toBe(true);
  });

  it('never goes before 1900-01-01', () => {
    expect(stepDate('1905-06-01', 'year', -10, TODAY)).toBe('1900-01-01');
    expect(stepDate('1900-01-01', 'day', -1, TODAY)).toBe('1900-01-01');
    expect(canStep('1900-01-01', 'month', -1, TODAY)).toBe(false);
    expect(clampDate('1899-12-31', TODAY)).toBe('1900-01-01');
  });

  it('starts from today when there is no date yet', () => {
    expect(stepDate('', 'year', -1, TODAY)).toBe('2025-03-15');
    expect(stepDate('', 'day', 1, TODAY)).toBe(TODAY);
    expect(canStep('', 'day', 1, TODAY)).toBe(true);
  });

  it('always gives a date the contract accepts (real, not before 1900, not after today)', () => {
    const field = { id: 'd', label: '日期', type: 'date' as const, required: true };
    const now = new Date('2026-03-15T04:00:00Z');
    const day = fc.integer({ min: 0, max: 50_000 }).map((n) => {
      const d = new Date(Date.UTC(1890, 0, 1) + n * 86_400_000);
      return d.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('year' as const, 'month' as const, 'day' as const),
        fc.integer({ min: -30, max: 30 }),
        (start, unit, delta) => {
          const next = stepDate(clampDate(start, TODAY), unit, delta, TODAY);
          expect(checkScalar(field, next, now)).toBeNull();
        },
      ),
    );
  });
});
