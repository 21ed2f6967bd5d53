/** Times on screen are the hall's (China) time whatever the OS time zone: the clock and 进度查询. */
import { describe, expect, it } from 'vitest';
import { chinaTime, formatDate, formatTime } from '../../../../src-renderer/app/china-time.js';
import { formatAt } from '../../../../src-renderer/screens/progress/progress-format.js';

describe('China time on screen', () => {
  // 21:37 UTC on Sunday is 05:37 on Monday in the hall.
  const late = new Date('2026-11-29T21:37:00Z');

  it('the clock shows the hall’s time and date, across midnight UTC', () => {
    expect(formatTime(late)).toBe('05:37');
    expect(formatDate(late)).toBe('2026年11月30日 星期一');
    expect(formatTime(new Date('2026-12-31T16:00:00Z'))).toBe('00:00');
    expect(formatDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027年1月1日 星期五');
  });

  it('进度查询 times read in China time; a bad time is no time', () => {
    expect(formatAt('2026-11-29T21:37:00.000Z')).toBe('2026年11月30日 05:37');
    expect(formatAt('not a time')).toBeNull();
    expect(formatAt(null)).toBeNull();
  });

  it('does not depend on the process time zone', () => {
    expect(chinaTime(late)).toEqual({ year: 2026, month: 11, day: 30, weekday: 1, hours: 5, minutes: 37 });
  });
});
