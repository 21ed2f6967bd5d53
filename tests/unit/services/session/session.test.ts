import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { EventBus } from '../../../../src-main/services/event-bus.js';
import { SessionService } from '../../../../src-main/services/session/session.service.js';

describe('session', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(): { session: SessionService; events: Array<[string, unknown]> } {
    const bus = new EventBus();
    const events: Array<[string, unknown]> = [];
    bus.onAny((event, data) => events.push([event, data]));
    const session = new SessionService(
      { idleTimeoutMs: () => 90_000, countdownMs: () => 10_000 },
      bus,
      silentLogger(),
    );
    return { session, events };
  }

  it('starts at the first touch and warns after the idle timeout, then ends', () => {
    const { session, events } = setup();
    expect(session.active()).toBe(false);
    session.activity();
    expect(session.active()).toBe(true);
    vi.advanceTimersByTime(89_999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([['session.warning', { countdownSec: 10 }]]);
    vi.advanceTimersByTime(10_000);
    expect(events.at(-1)).toEqual(['session.ended', { reason: 'idle' }]);
    expect(session.active()).toBe(false);
  });

  it('any touch during the countdown keeps the session', () => {
    const { session, events } = setup();
    session.activity();
    vi.advanceTimersByTime(95_000);
    session.activity();
    vi.advanceTimersByTime(20_000);
    expect(events.filter(([e]) => e === 'session.ended')).toEqual([]);
    expect(session.active()).toBe(true);
  });

  it('a listener that throws does not stop the others, nor the wipe the screen is told of', () => {
    const { session, events } = setup();
    session.activity();
    session.data()?.set('draft', { name: '韩红英' });
    const before = vi.fn();
    const after = vi.fn();
    session.onEnd(before);
    session.onEnd(() => {
      throw Object.assign(new Error('database is locked'), { name: 'SqliteError' });
    });
    session.onEnd(after);
    // The idle path: from a timer, where a throw would end the kiosk's process.
    vi.advanceTimersByTime(100_000);
    expect(before).toHaveBeenCalledWith('idle');
    expect(after).toHaveBeenCalledWith('idle');
    expect(events.at(-1)).toEqual(['session.ended', { reason: 'idle' }]);
    expect(session.data()).toBeUndefined();
  });

  it('wipes session data and tells listeners when it ends', () => {
    const { session } = setup();
    session.activity();
    session.data()?.set('draft', { name: '韩红英' });
    const onEnd = vi.fn();
    session.onEnd(onEnd);
    expect(session.end('exit')).toBe(true);
    expect(onEnd).toHaveBeenCalledWith('exit');
    expect(session.data()).toBeUndefined();
    session.activity();
    expect(session.data()?.size).toBe(0);
  });
});
