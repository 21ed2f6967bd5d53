/**
 * The kiosk's idea of the time. Village PCs lose theirs (a dead CMOS battery puts them years back) or
 * drift by hours; the district server's clock is kept right. Every heartbeat answer carries the
 * server's time (`receivedAt`): when the local clock is off from it by more than MAX_SKEW_MS, `now()`
 * is the local clock corrected by the measured offset, so case dates, local numbers, opening hours,
 * booking days and the outbox schedule follow the real date. Within MAX_SKEW_MS the local clock is
 * used as is (no jumps for a few seconds of drift). Timers (idle, retries' waits) run on the
 * monotonic clock and are not affected either way.
 */
import type { ClockState } from '../../contract/admin.types.js';

/** Beyond this difference from the server the local clock is not trusted. */
export const MAX_SKEW_MS = 5 * 60_000;

export interface KioskClock {
  /** The time to use for anything dated (a plain function: pass it around as `now`). */
  readonly now: () => Date;
  /**
   * A server time seen in an answer; `sentAt`/`answeredAt` are local times around the request (the
   * answer is taken to be made halfway). Returns true when the correction started, ended or moved
   * by more than MAX_SKEW_MS (schedules made with the old time should be revisited).
   */
  observe(serverTime: string, sentAt: Date, answeredAt: Date): boolean;
  state(): ClockState;
}

export function kioskClock(local: () => Date = () => new Date()): KioskClock {
  let offsetMs = 0;
  let serverSeenAt: string | null = null;
  let measuredAt: string | null = null;
  const corrected = (): boolean => Math.abs(offsetMs) > MAX_SKEW_MS;
  const now = (): Date => (corrected() ? new Date(local().getTime() + offsetMs) : local());
  return {
    now,
    observe(serverTime, sentAt, answeredAt) {
      const server = Date.parse(serverTime);
      if (!Number.isFinite(server)) return false;
      const before = corrected() ? offsetMs : 0;
      offsetMs = server - (sentAt.getTime() + answeredAt.getTime()) / 2;
      serverSeenAt = serverTime;
      measuredAt = answeredAt.toISOString();
      const after = corrected() ? offsetMs : 0;
      return Math.abs(after - before) > MAX_SKEW_MS;
    },
    state() {
      return {
        localTime: local().toISOString(),
        kioskTime: now().toISOString(),
        offsetMs: Math.round(offsetMs),
        corrected: corrected(),
        serverTimeSeen: serverSeenAt,
        measuredAt,
      };
    },
  };
}
