/** The kiosk's clock: the OS time within 5 minutes of the server's, the server's beyond. */
import { describe, expect, it } from 'vitest';
import { kioskClock, MAX_SKEW_MS } from '../../../../src-main/services/clock/kiosk-clock.js';

const at = (iso: string) => new Date(iso);

describe('kioskClock', () => {
  it('goes by the OS clock before any answer and within the tolerance', () => {
    let local = at('2026-12-06T04:00:00.000Z');
    const clock = kioskClock(() => local);
    expect(clock.now()).toEqual(local);
    expect(clock.state()).toMatchObject({ corrected: false, serverTimeSeen: null, offsetMs: 0 });
    expect(clock.observe('2026-12-06T04:02:00.000Z', local, local)).toBe(false);
    expect(clock.now()).toEqual(local);
    local = at('2026-12-06T04:10:00.000Z');
    expect(clock.state()).toMatchObject({ corrected: false, offsetMs: 120_000 });
  });

  it('takes the server time when the OS clock is years behind, halfway through the request', () => {
    const local = at('2023-12-07T04:00:00.000Z');
    const clock = kioskClock(() => local);
    const changed = clock.observe(
      '2026-12-06T04:00:01.000Z',
      at('2023-12-07T04:00:00.000Z'),
      at('2023-12-07T04:00:02.000Z'),
    );
    expect(changed).toBe(true);
    expect(clock.now().toISOString()).toBe('2026-12-06T04:00:00.000Z');
    expect(clock.state()).toMatchObject({ corrected: true, serverTimeSeen: '2026-12-06T04:00:01.000Z' });
    // The same skew measured again is no change; the clock fixed ends the correction.
    expect(clock.observe('2026-12-06T04:00:01.000Z', local, local)).toBe(false);
    expect(clock.observe(local.toISOString(), local, local)).toBe(true);
    expect(clock.now()).toEqual(local);
  });

  it('ignores an unreadable server time', () => {
    const clock = kioskClock(() => at('2026-12-06T04:00:00.000Z'));
    expect(clock.observe('not a time', new Date(), new Date())).toBe(false);
    expect(clock.state().corrected).toBe(false);
    expect(MAX_SKEW_MS).toBe(300_000);
  });
});
