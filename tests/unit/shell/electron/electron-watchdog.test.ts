import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { PageHeartbeat } from '../../../../src-main/services/watchdog/page-heartbeat.js';
import {
  decideRecovery,
  DEFAULT_POLICY,
  RendererWatchdog,
  type RendererTrouble,
  type WatchedContents,
} from '../../../../src-main/shell/electron/watchdog.js';
import { ManualTimers } from '../../../helpers/manual-timers.js';

const HOME = 'app://kiosk/index.html';

describe('decideRecovery', () => {
  const now = 1_000_000;
  it('reloads home after a crash or a failed load, and ends a hung renderer first', () => {
    const cases: Array<[RendererTrouble, string]> = [
      [{ kind: 'render-process-gone', reason: 'crashed' }, 'reload-home'],
      [{ kind: 'render-process-gone', reason: 'killed' }, 'reload-home'],
      [{ kind: 'render-process-gone', reason: 'oom' }, 'reload-home'],
      [{ kind: 'load-failed', errorCode: -6 }, 'reload-home'],
      [{ kind: 'unresponsive' }, 'crash-and-reload'],
      [{ kind: 'heartbeat-missed' }, 'crash-and-reload'],
      [{ kind: 'load-failed', errorCode: -3 }, 'ignore'],
    ];
    for (const [trouble, action] of cases) expect(decideRecovery(trouble, [], now)).toBe(action);
  });

  it('relaunches the app when recoveries pile up, counting only recent ones', () => {
    const trouble: RendererTrouble = { kind: 'heartbeat-missed' };
    const recent = Array.from({ length: DEFAULT_POLICY.maxRecoveries }, (_, i) => now - i * 1000);
    expect(decideRecovery(trouble, recent, now)).toBe('relaunch-app');
    expect(decideRecovery(trouble, recent.slice(1), now)).toBe('crash-and-reload');
    const old = recent.map((t) => t - DEFAULT_POLICY.windowMs);
    expect(decideRecovery(trouble, old, now)).toBe('crash-and-reload');
  });
});

class FakeContents implements WatchedContents {
  readonly calls: string[] = [];
  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  forcefullyCrashRenderer(): void {
    this.calls.push('crash');
  }
  loadURL(url: string): Promise<void> {
    this.calls.push(`load ${url}`);
    return Promise.resolve();
  }
}

function rig(staleMs = 5000) {
  const timers = new ManualTimers();
  const heartbeat = new PageHeartbeat({ intervalMs: 1000, staleMs, firstBeatMs: 20_000 });
  const contents = new FakeContents();
  let relaunched = 0;
  const watchdog = new RendererWatchdog({
    contents,
    homeUrl: HOME,
    heartbeat,
    log: silentLogger(),
    timers,
    now: () => timers.now,
    relaunchApp: () => relaunched++,
  });
  return { timers, heartbeat, contents, watchdog, relaunched: () => relaunched };
}

describe('RendererWatchdog', () => {
  it('reloads home when the renderer process is gone', () => {
    const r = rig();
    r.watchdog.pageLoaded();
    r.watchdog.report({ kind: 'render-process-gone', reason: 'crashed' });
    expect(r.contents.calls).toEqual([`load ${HOME}`]);
  });

  it('ends and reloads a page whose heartbeat stopped (white screen, stuck script)', () => {
    const r = rig();
    r.watchdog.pageLoaded();
    r.heartbeat.beat('home');
    r.timers.advance(4000);
    r.heartbeat.beat('guide');
    r.timers.advance(4999);
    expect(r.contents.calls).toEqual([]);
    r.timers.advance(1);
    expect(r.contents.calls).toEqual(['crash', `load ${HOME}`]);
    // Its own crash is not a second trouble.
    r.watchdog.report({ kind: 'render-process-gone', reason: 'killed' });
    expect(r.contents.calls).toEqual(['crash', `load ${HOME}`]);
  });

  it('reloads a page that never beats after a load', () => {
    const r = rig();
    r.watchdog.pageLoaded();
    r.timers.advance(20_000);
    expect(r.contents.calls).toEqual(['crash', `load ${HOME}`]);
    // Nothing more until the new page has loaded and fails again.
    r.timers.advance(100_000);
    expect(r.contents.calls).toHaveLength(2);
  });

  it('gives an unresponsive window a grace period, and ends it if it does not come back', () => {
    const r = rig(60_000); // beats would stop too, but later than the grace here
    r.watchdog.pageLoaded();
    r.heartbeat.beat('home');
    r.watchdog.report({ kind: 'unresponsive' });
    r.timers.advance(DEFAULT_POLICY.unresponsiveGraceMs - 1);
    r.heartbeat.beat('home');
    r.watchdog.responsive();
    r.timers.advance(DEFAULT_POLICY.unresponsiveGraceMs);
    expect(r.contents.calls).toEqual([]);

    r.watchdog.report({ kind: 'unresponsive' });
    r.heartbeat.beat('home');
    r.timers.advance(DEFAULT_POLICY.unresponsiveGraceMs);
    expect(r.contents.calls).toEqual(['crash', `load ${HOME}`]);
  });

  it('retries a failed load after a pause, and ignores an aborted one', () => {
    const r = rig();
    r.watchdog.report({ kind: 'load-failed', errorCode: -3 });
    r.watchdog.report({ kind: 'load-failed', errorCode: -6 });
    expect(r.contents.calls).toEqual([]);
    r.timers.advance(DEFAULT_POLICY.loadRetryMs);
    expect(r.contents.calls).toEqual([`load ${HOME}`]);
  });

  it('relaunches the app when the page keeps failing', () => {
    const r = rig();
    for (let i = 0; i < DEFAULT_POLICY.maxRecoveries; i++) {
      r.watchdog.pageLoaded();
      r.watchdog.report({ kind: 'render-process-gone', reason: 'crashed' });
      r.timers.advance(1000);
    }
    expect(r.relaunched()).toBe(0);
    r.watchdog.pageLoaded();
    r.watchdog.report({ kind: 'render-process-gone', reason: 'oom' });
    expect(r.relaunched()).toBe(1);
    expect(r.contents.calls.filter((c) => c.startsWith('load'))).toHaveLength(DEFAULT_POLICY.maxRecoveries);
  });

  it('does nothing once disposed (the app is quitting) or when the window is gone', () => {
    const r = rig();
    r.watchdog.pageLoaded();
    r.contents.destroyed = true;
    r.watchdog.report({ kind: 'render-process-gone', reason: 'crashed' });
    expect(r.contents.calls).toEqual([]);
    r.contents.destroyed = false;
    r.watchdog.dispose();
    r.watchdog.report({ kind: 'render-process-gone', reason: 'crashed' });
    r.timers.advance(100_000);
    expect(r.contents.calls).toEqual([]);
    expect(r.timers.count).toBe(0);
  });
});
