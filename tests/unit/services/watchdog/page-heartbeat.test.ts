import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEARTBEAT,
  heartbeatTimingsFromEnv,
  PageHeartbeat,
} from '../../../../src-main/services/watchdog/page-heartbeat.js';
import { ManualTimers } from '../../../helpers/manual-timers.js';

describe('PageHeartbeat', () => {
  it('records each beat and tells the page when to beat next', () => {
    let now = 10;
    const heartbeat = new PageHeartbeat({ intervalMs: 700 }, () => now);
    expect(heartbeat.last()).toBeNull();
    expect(heartbeat.beat('home')).toEqual({ nextInMs: 700 });
    now = 20;
    heartbeat.beat('guide');
    expect(heartbeat.last()).toEqual({ screen: 'guide', at: 20 });
  });

  it('calls a watch stale once when beats stop, and not while it is stopped', () => {
    const timers = new ManualTimers();
    const heartbeat = new PageHeartbeat({ staleMs: 1000, firstBeatMs: 3000 });
    let stale = 0;
    const watch = heartbeat.watch(() => stale++, timers);
    timers.advance(10_000);
    expect(stale).toBe(0); // not started: no page yet
    watch.start();
    timers.advance(2999);
    heartbeat.beat('loading');
    timers.advance(999);
    heartbeat.beat('home');
    timers.advance(999);
    expect(stale).toBe(0);
    timers.advance(1);
    expect(stale).toBe(1);
    expect(watch.watching).toBe(false);
    timers.advance(10_000);
    expect(stale).toBe(1);
    watch.start();
    watch.stop();
    timers.advance(10_000);
    expect(stale).toBe(1);
    watch.dispose();
    expect(timers.count).toBe(0);
  });

  it('reads test and hall timings from the environment, ignoring nonsense', () => {
    expect(heartbeatTimingsFromEnv({ KIOSK_HEARTBEAT_MS: '500', KIOSK_HEARTBEAT_STALE_MS: '4000' })).toEqual({
      intervalMs: 500,
      staleMs: 4000,
      firstBeatMs: 12_000,
    });
    expect(heartbeatTimingsFromEnv({ KIOSK_HEARTBEAT_MS: 'x', KIOSK_HEARTBEAT_STALE_MS: '-1' })).toEqual({});
    expect(new PageHeartbeat(heartbeatTimingsFromEnv({})).timings).toEqual(DEFAULT_HEARTBEAT);
  });
});
