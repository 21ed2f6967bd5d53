/**
 * The Electron shell's watchdog: a renderer that crashed (render-process-gone), hangs (unresponsive
 * for a grace period) or stopped beating (white screen, JS stuck) is reloaded to the home screen; a
 * renderer that keeps failing gets the whole app relaunched. The decision is a pure function; the
 * class applies it to anything shaped like a webContents, with injectable timers. No 'electron' import.
 */
import type { Logger } from '../../log/logger.js';
import {
  nodeTimers,
  type HeartbeatWatch,
  type PageHeartbeat,
  type Timers,
} from '../../services/watchdog/page-heartbeat.js';

export type RendererTrouble =
  /** webContents 'render-process-gone' (reason: crashed, killed, oom, launch-failed, …). */
  | { kind: 'render-process-gone'; reason: string }
  /** BrowserWindow 'unresponsive' and no 'responsive' within the grace. */
  | { kind: 'unresponsive' }
  /** No `app.heartbeat` from the page in time. */
  | { kind: 'heartbeat-missed' }
  /** The main frame failed to load (net error code). */
  | { kind: 'load-failed'; errorCode: number };

export type Recovery =
  /** Load the home URL again: a new page (in a new renderer if the old one is gone). */
  | 'reload-home'
  /** End the stuck renderer first (forcefullyCrashRenderer), then load home in a new one. */
  | 'crash-and-reload'
  /** Too many recoveries lately: restart the whole app (GPU process, IPC, everything). */
  | 'relaunch-app'
  | 'ignore';

export interface WatchdogPolicy {
  /** At most this many recoveries within `windowMs`; the next one relaunches the app. */
  maxRecoveries: number;
  windowMs: number;
  /** How long an unresponsive renderer may take to come back by itself. */
  unresponsiveGraceMs: number;
  /** Wait before reloading after a failed load (so a missing file cannot spin the CPU). */
  loadRetryMs: number;
}

export const DEFAULT_POLICY: WatchdogPolicy = {
  maxRecoveries: 5,
  windowMs: 10 * 60_000,
  unresponsiveGraceMs: 10_000,
  loadRetryMs: 5_000,
};

/** net::ERR_ABORTED: a load replaced by another one (our own reload included), not a failure. */
const ERR_ABORTED = -3;

/** What to do about a renderer in trouble, given when the recent recoveries happened. Pure. */
export function decideRecovery(
  trouble: RendererTrouble,
  recentRecoveries: readonly number[],
  now: number,
  policy: WatchdogPolicy = DEFAULT_POLICY,
): Recovery {
  if (trouble.kind === 'load-failed' && trouble.errorCode === ERR_ABORTED) return 'ignore';
  const inWindow = recentRecoveries.filter((t) => now - t < policy.windowMs).length;
  if (inWindow >= policy.maxRecoveries) return 'relaunch-app';
  switch (trouble.kind) {
    case 'render-process-gone':
    case 'load-failed':
      return 'reload-home';
    case 'unresponsive':
    case 'heartbeat-missed':
      return 'crash-and-reload';
  }
}

/** What the watchdog needs of the kiosk window's webContents; Electron's WebContents has it. */
export interface WatchedContents {
  isDestroyed(): boolean;
  forcefullyCrashRenderer(): void;
  loadURL(url: string): Promise<void>;
}

export interface RendererWatchdogOptions {
  contents: WatchedContents;
  homeUrl: string;
  heartbeat: PageHeartbeat;
  relaunchApp(): void;
  log: Logger;
  policy?: Partial<WatchdogPolicy>;
  timers?: Timers;
  now?: () => number;
}

export class RendererWatchdog {
  private readonly policy: WatchdogPolicy;
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly watch: HeartbeatWatch;
  private readonly recoveries: number[] = [];
  private unresponsiveTimer: unknown = null;
  private retryTimer: unknown = null;
  /** We crashed the renderer ourselves: its render-process-gone is not news. */
  private crashedOnPurpose = false;
  private disposed = false;

  constructor(private readonly options: RendererWatchdogOptions) {
    this.policy = { ...DEFAULT_POLICY, ...options.policy };
    this.timers = options.timers ?? nodeTimers;
    this.now = options.now ?? Date.now;
    this.watch = options.heartbeat.watch(() => this.report({ kind: 'heartbeat-missed' }), this.timers);
  }

  /** The main frame finished loading: watch this page's heartbeat. */
  pageLoaded(): void {
    if (this.disposed) return;
    this.crashedOnPurpose = false;
    this.watch.start();
  }

  /** The window answers again: the unresponsive grace is over. */
  responsive(): void {
    this.clearUnresponsive();
  }

  report(trouble: RendererTrouble): void {
    if (this.disposed) return;
    if (trouble.kind === 'render-process-gone' && this.crashedOnPurpose) {
      this.crashedOnPurpose = false;
      return;
    }
    if (trouble.kind === 'unresponsive') {
      this.unresponsiveTimer ??= this.timers.setTimeout(() => {
        this.unresponsiveTimer = null;
        this.recover(trouble);
      }, this.policy.unresponsiveGraceMs);
      return;
    }
    this.recover(trouble);
  }

  /** The app is quitting: no more recoveries. */
  dispose(): void {
    this.disposed = true;
    this.watch.dispose();
    this.clearUnresponsive();
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private recover(trouble: RendererTrouble): void {
    const now = this.now();
    const action = decideRecovery(trouble, this.recoveries, now, this.policy);
    if (action === 'ignore') return;
    this.options.log.warn(
      { trouble: trouble.kind, ...('reason' in trouble ? { reason: trouble.reason } : {}), action },
      'kiosk page in trouble: recovering',
    );
    this.recoveries.push(now);
    while (this.recoveries.length > this.policy.maxRecoveries) this.recoveries.shift();
    this.watch.stop();
    this.clearUnresponsive();
    const { contents, homeUrl } = this.options;
    if (action === 'relaunch-app') {
      this.dispose();
      this.options.relaunchApp();
      return;
    }
    if (contents.isDestroyed()) return;
    const load = (): void => {
      this.retryTimer = null;
      if (this.disposed || contents.isDestroyed()) return;
      contents
        .loadURL(homeUrl)
        .catch((error: unknown) =>
          this.options.log.error(
            { err: { type: (error as Error)?.name } },
            'reloading the kiosk page failed',
          ),
        );
    };
    if (action === 'crash-and-reload') {
      this.crashedOnPurpose = true;
      contents.forcefullyCrashRenderer();
    }
    if (trouble.kind === 'load-failed') {
      if (this.retryTimer === null) this.retryTimer = this.timers.setTimeout(load, this.policy.loadRetryMs);
    } else load();
  }

  private clearUnresponsive(): void {
    if (this.unresponsiveTimer !== null) this.timers.clearTimeout(this.unresponsiveTimer);
    this.unresponsiveTimer = null;
  }
}
