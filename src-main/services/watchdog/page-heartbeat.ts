/**
 * The page's heartbeat: the renderer calls `app.heartbeat` every few seconds from inside its React
 * tree, so beats stop when the renderer process dies, hangs, or the tree is gone (a white screen).
 * The shells watch the beats — the Electron shell's RendererWatchdog, the web shell's
 * BrowserSupervisor — and reload the page when they stop. Plain Node; timers are injectable.
 */

export interface HeartbeatTimings {
  /** How often the page beats (the page is told this in every answer). */
  intervalMs: number;
  /** No beat for this long, once the page has beaten: it is stuck. */
  staleMs: number;
  /** No first beat for this long after a (re)load: it never came up. */
  firstBeatMs: number;
}

export const DEFAULT_HEARTBEAT: HeartbeatTimings = {
  intervalMs: 5_000,
  staleMs: 20_000,
  firstBeatMs: 60_000,
};

/** The screen name the renderer beats with before its first screen is up (app.info pending). */
export const LOADING_SCREEN = 'loading';

export interface Beat {
  /** The screen the page shows (`home`, `guide`, …); `loading` before the app is up. */
  screen: string;
  at: number;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const nodeTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Watches the beats of one page load: `start()` after each (re)load, `onStale` once when they stop. */
export interface HeartbeatWatch {
  /** A page was (re)loaded: wait up to `firstBeatMs` for its first beat, then `staleMs` between beats. */
  start(): void;
  /** No page to watch (quitting, or a restart under way). */
  stop(): void;
  /** Stops and stops listening for good. */
  dispose(): void;
  readonly watching: boolean;
}

export class PageHeartbeat {
  readonly timings: HeartbeatTimings;
  private readonly listeners = new Set<(beat: Beat) => void>();
  private lastBeat: Beat | null = null;

  constructor(
    timings: Partial<HeartbeatTimings> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.timings = { ...DEFAULT_HEARTBEAT, ...timings };
  }

  /** The `app.heartbeat` handler: records the beat and tells the page when to beat next. */
  beat(screen: string): { nextInMs: number } {
    const beat = { screen, at: this.now() };
    this.lastBeat = beat;
    for (const listener of this.listeners) listener(beat);
    return { nextInMs: this.timings.intervalMs };
  }

  last(): Beat | null {
    return this.lastBeat;
  }

  onBeat(listener: (beat: Beat) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  watch(onStale: () => void, timers: Timers = nodeTimers): HeartbeatWatch {
    let handle: unknown = null;
    let watching = false;
    const clear = (): void => {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    };
    const arm = (ms: number): void => {
      clear();
      handle = timers.setTimeout(() => {
        handle = null;
        watching = false;
        onStale();
      }, ms);
    };
    const unsubscribe = this.onBeat(() => {
      if (watching) arm(this.timings.staleMs);
    });
    return {
      start: () => {
        watching = true;
        arm(this.timings.firstBeatMs);
      },
      stop: () => {
        watching = false;
        clear();
      },
      dispose: () => {
        watching = false;
        clear();
        unsubscribe();
      },
      get watching() {
        return watching;
      },
    };
  }
}

/** Timings from the environment (`KIOSK_HEARTBEAT_MS`, `KIOSK_HEARTBEAT_STALE_MS`), for tests and halls. */
export function heartbeatTimingsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<HeartbeatTimings> {
  const ms = (name: string): number | undefined => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const intervalMs = ms('KIOSK_HEARTBEAT_MS');
  const staleMs = ms('KIOSK_HEARTBEAT_STALE_MS');
  return {
    ...(intervalMs ? { intervalMs } : {}),
    ...(staleMs ? { staleMs, firstBeatMs: staleMs * 3 } : {}),
  };
}
