import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { PageHeartbeat } from '../../../../src-main/services/watchdog/page-heartbeat.js';
import {
  BrowserSupervisor,
  restartBackoff,
  type BrowserChild,
  type SupervisorEvent,
} from '../../../../src-main/shell/web/browser-supervisor.js';
import { ManualTimers } from '../../../helpers/manual-timers.js';

class FakeBrowser implements BrowserChild {
  readonly signals: string[] = [];
  private listener: ((code: number | null, signal: string | null) => void) | undefined;
  constructor(
    readonly pid: number,
    /** Exits when told to (false: ignores SIGTERM, like a hung browser). */
    private readonly obeysTerm = true,
  ) {}
  kill(signal: 'SIGTERM' | 'SIGKILL'): void {
    this.signals.push(signal);
    if (signal === 'SIGKILL' || this.obeysTerm) this.exit(null, signal);
  }
  onExit(listener: (code: number | null, signal: string | null) => void): void {
    this.listener = listener;
  }
  exit(code: number | null, signal: string | null = null): void {
    const l = this.listener;
    this.listener = undefined;
    l?.(code, signal);
  }
}

function rig(options: { obeysTerm?: boolean } = {}) {
  const timers = new ManualTimers();
  const heartbeat = new PageHeartbeat({ intervalMs: 1000, staleMs: 5000, firstBeatMs: 20_000 });
  const browsers: FakeBrowser[] = [];
  const events: SupervisorEvent[] = [];
  const supervisor = new BrowserSupervisor({
    launch: () => {
      const b = new FakeBrowser(100 + browsers.length, options.obeysTerm ?? true);
      browsers.push(b);
      return b;
    },
    heartbeat,
    log: silentLogger(),
    timers,
    onEvent: (e) => events.push(e),
    killGraceMs: 3000,
  });
  const kinds = () => events.map((e) => e.kind);
  return { timers, heartbeat, browsers, events, kinds, supervisor };
}

describe('BrowserSupervisor', () => {
  it('launches the browser and reports the page ready at its first beat from a screen', () => {
    const r = rig();
    r.supervisor.start();
    expect(r.browsers).toHaveLength(1);
    r.heartbeat.beat('loading');
    expect(r.kinds()).toEqual(['launched']);
    r.heartbeat.beat('home');
    r.heartbeat.beat('home');
    expect(r.events).toEqual([
      { kind: 'launched', launch: 1, pid: 100 },
      { kind: 'page-ready', launch: 1, pid: 100, screen: 'home' },
    ]);
  });

  it('keeps a beating page: no restart however long it runs', () => {
    const r = rig();
    r.supervisor.start();
    for (let i = 0; i < 100; i++) {
      r.timers.advance(4000);
      r.heartbeat.beat('home');
    }
    expect(r.browsers).toHaveLength(1);
    expect(r.browsers[0]!.signals).toEqual([]);
  });

  it('restarts the browser at once when the heartbeat stops (crashed, hung or blank page)', () => {
    const r = rig();
    r.supervisor.start();
    r.heartbeat.beat('guide');
    r.timers.advance(4999);
    expect(r.browsers[0]!.signals).toEqual([]);
    r.timers.advance(1);
    expect(r.browsers[0]!.signals).toEqual(['SIGTERM']);
    expect(r.browsers).toHaveLength(2);
    expect(r.kinds()).toEqual(['launched', 'page-ready', 'stale', 'exited', 'launched']);
    // The new page comes up on the home screen.
    r.heartbeat.beat('home');
    expect(r.events.at(-1)).toEqual({ kind: 'page-ready', launch: 2, pid: 101, screen: 'home' });
  });

  it('kills a browser that ignores SIGTERM after the grace', () => {
    const r = rig({ obeysTerm: false });
    r.supervisor.start();
    r.heartbeat.beat('home');
    r.timers.advance(5000);
    expect(r.browsers[0]!.signals).toEqual(['SIGTERM']);
    expect(r.browsers).toHaveLength(1);
    r.timers.advance(3000);
    expect(r.browsers[0]!.signals).toEqual(['SIGTERM', 'SIGKILL']);
    expect(r.browsers).toHaveLength(2);
  });

  it('restarts a page that never beats once the first-beat time is up', () => {
    const r = rig();
    r.supervisor.start();
    r.timers.advance(19_999);
    expect(r.browsers).toHaveLength(1);
    r.timers.advance(1);
    expect(r.browsers).toHaveLength(2);
  });

  it('launches a browser that exited by itself again, backing off while it keeps dying', () => {
    const r = rig();
    r.supervisor.start();
    r.browsers[0]!.exit(1);
    expect(r.browsers).toHaveLength(1);
    r.timers.advance(999);
    expect(r.browsers).toHaveLength(1);
    r.timers.advance(1);
    expect(r.browsers).toHaveLength(2);
    r.browsers[1]!.exit(1);
    r.timers.advance(1999);
    expect(r.browsers).toHaveLength(2);
    r.timers.advance(1);
    expect(r.browsers).toHaveLength(3);
    // A page that came up resets the backoff.
    r.heartbeat.beat('home');
    r.browsers[2]!.exit(null, 'SIGSEGV');
    r.timers.advance(1000);
    expect(r.browsers).toHaveLength(4);
  });

  it('stops for good: closes the browser and launches nothing after', async () => {
    const r = rig();
    r.supervisor.start();
    r.heartbeat.beat('home');
    await r.supervisor.stop();
    expect(r.browsers[0]!.signals).toEqual(['SIGTERM']);
    r.timers.advance(600_000);
    r.heartbeat.beat('home');
    expect(r.browsers).toHaveLength(1);
    expect(r.timers.count).toBe(0);
  });

  it('backs off 1 s, 2 s, 4 s … and never more than 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(restartBackoff)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});
