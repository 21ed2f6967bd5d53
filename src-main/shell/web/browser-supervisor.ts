/**
 * The web shell's watchdog: keeps one Chromium showing the kiosk. It launches the browser, launches
 * it again when it exits (backing off when it keeps dying), and when the page's heartbeat stops — the
 * renderer crashed (Chromium then shows its "Aw, Snap!" page), hangs, or lost its tree — it closes the
 * browser and launches a fresh one, which opens on the home screen. Plain Node: the browser and the
 * timers are injected, so it is unit-tested with fakes and e2e-tested with Debian's Chromium.
 */
import type { Logger } from '../../log/logger.js';
import {
  LOADING_SCREEN,
  nodeTimers,
  type HeartbeatWatch,
  type PageHeartbeat,
  type Timers,
} from '../../services/watchdog/page-heartbeat.js';

/** A running browser: what the supervisor needs of a child process. */
export interface BrowserChild {
  readonly pid: number | undefined;
  kill(signal: 'SIGTERM' | 'SIGKILL'): void;
  onExit(listener: (code: number | null, signal: string | null) => void): void;
}

export type SupervisorEvent =
  | { kind: 'launched'; launch: number; pid: number | undefined }
  /** The first heartbeat of this launch's page from a screen (not while loading). */
  | { kind: 'page-ready'; launch: number; pid: number | undefined; screen: string }
  | { kind: 'stale'; launch: number }
  | { kind: 'exited'; launch: number; code: number | null; signal: string | null };

export interface BrowserSupervisorOptions {
  /** Starts a browser showing the app URL. */
  launch(): BrowserChild;
  heartbeat: PageHeartbeat;
  log: Logger;
  onEvent?: (event: SupervisorEvent) => void;
  timers?: Timers;
  /** Wait before the n-th launch in a row that follows a browser dying by itself (n ≥ 1). */
  restartDelayMs?: (attempt: number) => number;
  /** How long a browser told to close (SIGTERM) gets before SIGKILL. */
  killGraceMs?: number;
}

/** 1 s, 2 s, 4 s … up to 30 s: a browser that cannot start does not spin the CPU. */
export function restartBackoff(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), 30_000);
}

export class BrowserSupervisor {
  private child: BrowserChild | null = null;
  private launches = 0;
  /** Launches in a row whose page never beat: the backoff's attempt number. */
  private failures = 0;
  private pageReady = false;
  /** The current browser is being closed on purpose: launch again at once. */
  private restarting = false;
  private stopping: Promise<void> | null = null;
  private resolveStopped: (() => void) | null = null;
  private pendingLaunch: unknown = null;
  private killTimer: unknown = null;
  private readonly watch: HeartbeatWatch;
  private readonly unsubscribe: () => void;
  private readonly timers: Timers;

  constructor(private readonly options: BrowserSupervisorOptions) {
    this.timers = options.timers ?? nodeTimers;
    this.watch = options.heartbeat.watch(() => this.onStale(), this.timers);
    this.unsubscribe = options.heartbeat.onBeat((beat) => {
      if (this.pageReady || !this.child || beat.screen === LOADING_SCREEN) return;
      this.pageReady = true;
      this.failures = 0;
      this.emit({ kind: 'page-ready', launch: this.launches, pid: this.child.pid, screen: beat.screen });
    });
  }

  get launchCount(): number {
    return this.launches;
  }

  start(): void {
    if (this.child || this.stopping) return;
    this.launchNow();
  }

  /** Closes the browser for good (SIGTERM, then SIGKILL after the grace). */
  stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    this.watch.dispose();
    this.unsubscribe();
    this.clearPendingLaunch();
    const child = this.child;
    if (!child) return (this.stopping = Promise.resolve());
    this.stopping = new Promise<void>((resolve) => (this.resolveStopped = resolve));
    this.close(child);
    return this.stopping;
  }

  private launchNow(): void {
    this.pendingLaunch = null;
    this.launches++;
    this.pageReady = false;
    const launch = this.launches;
    let child: BrowserChild;
    try {
      child = this.options.launch();
    } catch (error) {
      this.options.log.error(
        { launch, err: { type: (error as Error)?.name } },
        'kiosk browser failed to start',
      );
      this.scheduleLaunch();
      return;
    }
    this.child = child;
    child.onExit((code, signal) => this.onExit(child, launch, code, signal));
    this.watch.start();
    this.options.log.info({ launch, browserPid: child.pid }, 'kiosk browser launched');
    this.emit({ kind: 'launched', launch, pid: child.pid });
  }

  private onExit(child: BrowserChild, launch: number, code: number | null, signal: string | null): void {
    if (child !== this.child) return;
    this.child = null;
    this.watch.stop();
    if (this.killTimer !== null) this.timers.clearTimeout(this.killTimer);
    this.killTimer = null;
    this.emit({ kind: 'exited', launch, code, signal });
    if (this.stopping) {
      this.resolveStopped?.();
      return;
    }
    if (this.restarting) {
      this.restarting = false;
      this.launchNow();
      return;
    }
    this.options.log.warn({ launch, code, signal }, 'kiosk browser exited; launching it again');
    this.scheduleLaunch();
  }

  private scheduleLaunch(): void {
    this.failures++;
    const delay = (this.options.restartDelayMs ?? restartBackoff)(this.failures);
    this.pendingLaunch = this.timers.setTimeout(() => this.launchNow(), delay);
  }

  private onStale(): void {
    const child = this.child;
    if (!child || this.stopping) return;
    this.options.log.warn(
      { launch: this.launches, pageReady: this.pageReady, screen: this.options.heartbeat.last()?.screen },
      'page heartbeat stopped (renderer crashed, hung or blank): restarting the kiosk browser',
    );
    this.emit({ kind: 'stale', launch: this.launches });
    this.restarting = true;
    this.close(child);
  }

  private close(child: BrowserChild): void {
    child.kill('SIGTERM');
    if (this.killTimer !== null) this.timers.clearTimeout(this.killTimer);
    this.killTimer = this.timers.setTimeout(() => {
      this.killTimer = null;
      child.kill('SIGKILL');
    }, this.options.killGraceMs ?? 5000);
  }

  private clearPendingLaunch(): void {
    if (this.pendingLaunch !== null) this.timers.clearTimeout(this.pendingLaunch);
    this.pendingLaunch = null;
  }

  private emit(event: SupervisorEvent): void {
    this.options.onEvent?.(event);
  }
}
