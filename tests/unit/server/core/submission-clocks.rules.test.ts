/** What the district stores of a submission's clocks stamp, and when staff are shown both clocks. */
import { describe, expect, it } from 'vitest';
import { clocksWorthShowing, storedClocks } from '../../../../src-server/core/submission-clocks.rules.js';

const AT = '2026-11-25T02:00:00.000Z';
const minutes = (n: number): string => new Date(Date.parse(AT) + n * 60_000).toISOString();

describe('storedClocks', () => {
  it('keeps a stamp as UTC ISO times, whatever offset the kiosk wrote', () => {
    expect(
      storedClocks({
        v: 1,
        kioskLocal: '2023-11-24T10:00:00+08:00',
        kioskTime: '2026-11-25T10:00:00.5+08:00',
      }),
    ).toEqual({ kioskLocalAt: '2023-11-24T02:00:00.000Z', kioskTimeAt: '2026-11-25T02:00:00.500Z' });
  });

  it('stores nothing without a stamp', () => {
    expect(storedClocks(undefined)).toBeUndefined();
  });
});

describe('clocksWorthShowing', () => {
  it('shows both clocks when the PC clock was off by more than 5 minutes', () => {
    expect(clocksWorthShowing(minutes(-6), AT, AT)).toEqual({ kioskLocalAt: minutes(-6), kioskTimeAt: AT });
    expect(clocksWorthShowing(minutes(6), AT, AT)).not.toBeNull();
  });

  it('shows both clocks when the submission waited more than 5 minutes before the district got it', () => {
    expect(clocksWorthShowing(minutes(-6), minutes(-6), AT)).not.toBeNull();
  });

  it('shows nothing within 5 minutes, without a stamp, or for an unreadable time', () => {
    expect(clocksWorthShowing(minutes(-5), AT, AT)).toBeNull();
    expect(clocksWorthShowing(minutes(-3), minutes(-1), minutes(2))).toBeNull();
    expect(clocksWorthShowing(null, null, AT)).toBeNull();
    expect(clocksWorthShowing(AT, null, AT)).toBeNull();
    expect(clocksWorthShowing('soon', AT, AT)).toBeNull();
  });
});
