/** The console's words for how far a kiosk PC's clock was off. */
import { describe, expect, it } from 'vitest';
import { clockOffset } from '../../../src-console/clock-offset.js';

const AT = Date.parse('2026-11-25T02:00:00.000Z');
const off = (ms: number): string => clockOffset(new Date(AT + ms).toISOString(), new Date(AT).toISOString());

describe('clockOffset', () => {
  it('says slow or fast, in days and hours, or minutes under a day', () => {
    expect(off(-(1096 * 24 + 2) * 3_600_000)).toBe('慢 1096 天 2 小时');
    expect(off(7 * 60_000)).toBe('快 7 分钟');
    expect(off(-(3 * 60 + 5) * 60_000)).toBe('慢 3 小时 5 分钟');
    expect(off(-24 * 3_600_000)).toBe('慢 1 天');
  });

  it('says the clocks agree within half a minute, and nothing for an unreadable time', () => {
    expect(off(20_000)).toBe('一致');
    expect(clockOffset('soon', '2026-11-25T02:00:00.000Z')).toBe('');
  });
});
