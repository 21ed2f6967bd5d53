/**
 * The kiosk's link with the district server: owns the timers and the state the UI shows.
 * One round at a time runs the tasks that are due:
 * - catalog: on start, hourly, when a heartbeat reports a newer version, and on demand;
 * - outbox: every few seconds while online (and when kicked), rows with their own backoff;
 * - cases: every 10 minutes (statuses of this kiosk's submissions);
 * - heartbeat: every minute.
 * While the server is unreachable (OfflineError) every task waits on one global backoff with jitter;
 * the round after coming back starts with the heartbeat as a probe, then sends every pending row at
 * once. A 401 stops the timers and the state shows 设备未授权 until `sync.now` succeeds or the kiosk is
 * provisioned again.
 */
import { OfflineError, UnauthorizedError } from '../../contract/errors.js';
import type { SyncStatus } from '../../contract/types.js';
import { DistrictClient, type FetchLike } from '../../district/district.client.js';
import type { Logger } from '../../log/logger.js';
import type { CaseStatusRepository } from '../../store/case-status.repository.js';
import type { OutboxRepository } from '../../store/outbox.repository.js';
import type { ConfigService } from '../config/config.service.js';
import { backoffDelay, OFFLINE_BACKOFF, ROW_BACKOFF, type BackoffOptions } from './backoff.js';
import { pullCases, type CasesPullResult } from './cases-pull.js';
import { appliedVersion, syncCatalog, type CatalogSyncOutcome, type CatalogTarget } from './catalog-sync.js';
import type { Enrollment, EnrollmentStore } from './enrollment.store.js';
import type { KioskClock } from '../clock/kiosk-clock.js';
import { sendHeartbeat, type HealthProvider } from './heartbeat.js';
import { OutboxSender, type DrainResult, type PreparePayload } from './outbox-sender.js';
import { provisionKiosk, type ProvisionOptions } from './provision.js';
import { RateLimitedError } from '../../district/rate-limit.js';
import type { SyncStateStore } from './sync-state.store.js';

export type SyncTask = 'catalog' | 'outbox' | 'cases' | 'heartbeat';
const TASKS: readonly SyncTask[] = ['catalog', 'outbox', 'cases', 'heartbeat'];
/** After an outage the heartbeat goes first: it is the cheapest proof that the server is back. */
const PROBE_ORDER: readonly SyncTask[] = ['heartbeat', 'catalog', 'outbox', 'cases'];

/** How often lastSyncAt alone is worth a `sync.state` event. */
const EMIT_LAST_SYNC_EVERY_MS = 60_000;

export interface SyncTimings {
  heartbeatMs: number;
  outboxMs: number;
  catalogMs: number;
  casesMs: number;
  /** Per HTTP request (headers and body). */
  requestTimeoutMs: number;
  /** Probing an unreachable server. */
  offlineBackoff: BackoffOptions;
  /** Retrying one outbox row. */
  rowBackoff: BackoffOptions;
  /** Requests with submissions in flight at once. */
  concurrency: number;
  /** Outbox rows in one batch request. */
  maxBatch: number;
}

/**
 * How long a long poll may ask the server to hold its answer: it must end before the client's request
 * timeout, or the kiosk would count itself offline.
 */
export function heldPollSeconds(requestTimeoutMs: number): number {
  return Math.max(0, Math.floor(requestTimeoutMs / 1000) - 2);
}

export const DEFAULT_TIMINGS: SyncTimings = {
  heartbeatMs: 60_000,
  outboxMs: 5_000,
  catalogMs: 60 * 60_000,
  casesMs: 10 * 60_000,
  requestTimeoutMs: 10_000,
  offlineBackoff: OFFLINE_BACKOFF,
  rowBackoff: ROW_BACKOFF,
  concurrency: 4,
  maxBatch: 50,
};

/** What one round did, task by task (`kiosk sync` prints it). */
export interface RoundSummary {
  provisioned: boolean;
  online: boolean;
  unauthorized: boolean;
  catalog?: CatalogSyncOutcome | { kind: 'error'; error: string };
  outbox?: DrainResult | { kind: 'error'; error: string };
  cases?: CasesPullResult | { kind: 'error'; error: string };
  heartbeat?: { serverCatalogVersion: number } | { kind: 'error'; error: string };
}

export interface SyncServiceDeps {
  enrollment: EnrollmentStore;
  state: SyncStateStore;
  catalog: CatalogTarget;
  outbox: OutboxRepository;
  cases: CaseStatusRepository;
  config: ConfigService;
  /** Where `sync.state` is emitted (the event bus). */
  emit: (status: SyncStatus) => void;
  log: Logger;
  appVersion: string;
  /** What the heartbeat reports of the devices, the outbox and the disk (kioskHealth). */
  health: HealthProvider;
  fetch?: FetchLike;
  timings?: Partial<SyncTimings>;
  now?: () => Date;
  random?: () => number;
  /** Last look at each payload before it is sent (ratings resolve their case number here). */
  prepare?: PreparePayload;
  /** Told the server's time from each heartbeat answer. */
  clock?: KioskClock;
  /** Material pages, uploaded after the outbox's rows in the same task (services/materials). */
  attachments?: {
    drain(
      client: DistrictClient,
      options: { ignoreBackoff?: boolean; signal?: AbortSignal },
    ): Promise<{ attempted: number; offline: boolean; unauthorized: boolean }>;
  };
}

export class SyncService {
  private readonly timings: SyncTimings;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly sender: OutboxSender;
  private readonly log: Logger;

  private online = false;
  private unauthorized = false;
  private offlineStreak = 0;
  /** Back online after an outage (or just started): send every pending row, whatever its backoff. */
  private releaseBackoff = true;
  /** A catalog version that failed its checks: a heartbeat announcing it does not trigger a resync. */
  private rejectedCatalogVersion: number | undefined;
  private readonly nextAt: Record<SyncTask, number> = { catalog: 0, outbox: 0, cases: 0, heartbeat: 0 };

  private started = false;
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RoundSummary> | undefined;
  private lastEmitted = '';
  private lastEmittedAt = 0;

  constructor(private readonly deps: SyncServiceDeps) {
    this.timings = { ...DEFAULT_TIMINGS, ...deps.timings };
    this.now = deps.now ?? (() => new Date());
    this.random = deps.random ?? Math.random;
    this.log = deps.log.child({ module: 'sync' });
    this.sender = new OutboxSender({
      outbox: deps.outbox,
      log: this.log,
      now: this.now,
      random: this.random,
      backoff: this.timings.rowBackoff,
      concurrency: this.timings.concurrency,
      maxBatch: this.timings.maxBatch,
      ...(deps.prepare ? { prepare: deps.prepare } : {}),
    });
  }

  provisioned(): boolean {
    return this.deps.enrollment.get() !== undefined;
  }

  /** The last exchange with the server succeeded and it accepts this device (cheap: no query). */
  isOnline(): boolean {
    return this.online && !this.unauthorized;
  }

  status(): SyncStatus {
    const counts = this.deps.outbox.counts();
    return {
      provisioned: this.provisioned(),
      online: this.online,
      unauthorized: this.unauthorized,
      lastSyncAt: this.deps.state.lastContactAt(),
      catalogVersion: appliedVersion(this.deps.catalog, this.deps.state) ?? 0,
      outbox: { pending: counts.pending, sent: counts.sent, dead: counts.dead },
    };
  }

  /** Starts the timers (the first round runs at once). False, and nothing started, when not provisioned. */
  start(): boolean {
    if (this.abort.signal.aborted) return false;
    const enrollment = this.deps.enrollment.read();
    if (enrollment.kind === 'broken')
      this.log.error({ reason: enrollment.reason }, 'enrollment unreadable; provision the kiosk again');
    if (enrollment.kind !== 'ok') return false;
    this.started = true;
    this.schedule();
    return true;
  }

  /** Stops the timers and cuts requests in flight; no database write happens after this returns. */
  stop(): void {
    this.started = false;
    this.abort.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** stop(), then waits for the round in flight to settle. */
  async stopAndWait(): Promise<void> {
    this.stop();
    await this.running?.catch(() => undefined);
  }

  /**
   * New rows in the outbox: the state shows them at once, and they are sent soon while online
   * (offline, the backoff decides when the server is tried again).
   */
  kick(): void {
    this.emitIfChanged();
    if (!this.started || !this.online) return;
    this.nextAt.outbox = 0;
    this.schedule();
  }

  /** One full round now (every task, every pending row), after the round in flight if any. */
  async syncNow(): Promise<SyncStatus> {
    await this.runRound(TASKS, true);
    return this.status();
  }

  /** Enrolls with a district server (see provision.ts) and forgets a previous 401. */
  async provision(serverUrl: string, code: string, options: ProvisionOptions = {}): Promise<Enrollment> {
    const enrollment = await provisionKiosk(
      {
        enrollment: this.deps.enrollment,
        state: this.deps.state,
        config: this.deps.config,
        log: this.log,
        appVersion: this.deps.appVersion,
        timeoutMs: this.timings.requestTimeoutMs,
        ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
        now: this.now,
      },
      serverUrl,
      code,
      options,
    );
    this.unauthorized = false;
    this.emitIfChanged();
    return enrollment;
  }

  /** The server and device id this kiosk is enrolled as (never the token), or null. */
  link(): { serverUrl: string; deviceId: string; hallCode: string } | null {
    const e = this.deps.enrollment.get();
    return e ? { serverUrl: e.serverUrl, deviceId: e.deviceId, hallCode: e.hall.code } : null;
  }

  /** The enrolled device's id (for help calls), or null on an unprovisioned kiosk. */
  deviceId(): string | null {
    return this.deps.enrollment.get()?.deviceId ?? null;
  }

  /**
   * One live request to the district server for a citizen waiting at the screen (progress, booking).
   * Not provisioned → OfflineError (nothing to ask); the outcome updates the online state like a round.
   */
  async live<T>(call: (client: DistrictClient) => Promise<T>): Promise<T> {
    const enrollment = this.deps.enrollment.get();
    if (!enrollment)
      throw new OfflineError('not provisioned: no district server', '本终端尚未连接区里的服务器。');
    const client = new DistrictClient({
      baseUrl: enrollment.serverUrl,
      token: enrollment.token,
      timeoutMs: this.timings.requestTimeoutMs,
      fetch: this.abortableFetch(),
    });
    try {
      const answer = await call(client);
      this.contact();
      this.unauthorized = false;
      return answer;
    } catch (error) {
      if (error instanceof RateLimitedError) {
        // A 429 is an answer: the server is there, it asks this kiosk to wait.
        this.log.warn(
          { err: { message: error.message }, waitMs: error.retryAfterMs },
          'district server rate limit',
        );
        this.contact();
      } else if (error instanceof OfflineError) {
        if (this.online) this.log.warn({ err: { message: error.message } }, 'district server unreachable');
        this.online = false;
      } else if (error instanceof UnauthorizedError) {
        this.unauthorized = true;
      } else {
        // Any other answer (4xx) is an answer: the server is there.
        this.contact();
      }
      throw error;
    } finally {
      this.emitIfChanged();
    }
  }

  /** Runs the given tasks once, serialised with any other round. `force` ignores every backoff. */
  runRound(tasks: readonly SyncTask[] = TASKS, force = true): Promise<RoundSummary> {
    const previous = this.running ?? Promise.resolve(undefined);
    const round = previous
      .catch(() => undefined)
      .then(() => this.round(tasks, force))
      .finally(() => {
        if (this.running === round) this.running = undefined;
      });
    this.running = round;
    return round;
  }

  // ---------------------------------------------------------------- timers

  private schedule(): void {
    if (!this.started || this.unauthorized || this.abort.signal.aborted) return;
    if (this.timer) clearTimeout(this.timer);
    const wake = Math.min(...TASKS.map((t) => this.nextAt[t]));
    const delay = Math.max(0, wake - this.now().getTime());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const due = TASKS.filter((t) => this.nextAt[t] <= this.now().getTime());
      void this.runRound(due, false).then(
        () => this.schedule(),
        (error: unknown) => {
          this.log.error(
            { err: { type: error instanceof Error ? error.name : typeof error } },
            'sync round failed',
          );
          this.schedule();
        },
      );
    }, delay);
    this.timer.unref();
  }

  // ---------------------------------------------------------------- one round

  private async round(tasks: readonly SyncTask[], force: boolean): Promise<RoundSummary> {
    const summary: RoundSummary = {
      provisioned: false,
      online: this.online,
      unauthorized: this.unauthorized,
    };
    if (this.abort.signal.aborted) return summary;
    const enrollment = this.deps.enrollment.get();
    if (!enrollment) {
      this.emitIfChanged();
      return summary;
    }
    summary.provisioned = true;
    const client = new DistrictClient({
      baseUrl: enrollment.serverUrl,
      token: enrollment.token,
      timeoutMs: this.timings.requestTimeoutMs,
      fetch: this.abortableFetch(),
    });

    const order = (this.online ? TASKS : PROBE_ORDER).filter((t) => tasks.includes(t));
    for (let i = 0; i < order.length; i++) {
      const task = order[i] as SyncTask;
      if (this.abort.signal.aborted) break;
      const outcome = await this.runTask(task, client, enrollment, force, summary);
      if (this.abort.signal.aborted) break;
      // A heartbeat that announces a newer catalog brings the catalog task into this round.
      if (task === 'heartbeat' && this.nextAt.catalog <= this.now().getTime() && !order.includes('catalog'))
        order.push('catalog');
      this.emitIfChanged();
      if (outcome === 'stop') break;
    }
    summary.online = this.online;
    summary.unauthorized = this.unauthorized;
    return summary;
  }

  /** Runs one task and books its outcome; 'stop' ends the round (offline or 401). */
  private async runTask(
    task: SyncTask,
    client: DistrictClient,
    enrollment: Enrollment,
    force: boolean,
    summary: RoundSummary,
  ): Promise<'ok' | 'stop' | 'failed'> {
    const signal = this.abort.signal;
    try {
      switch (task) {
        case 'catalog': {
          const result = await syncCatalog({
            client,
            publicKey: enrollment.catalogPublicKey,
            catalog: this.guardedCatalog(),
            state: this.deps.state,
            log: this.log,
            now: this.now,
          });
          summary.catalog = result;
          if (result.kind === 'rejected') this.rejectedCatalogVersion = result.version;
          break;
        }
        case 'outbox': {
          const result = await this.sender.drain(client, {
            ignoreBackoff: force || this.releaseBackoff,
            signal,
          });
          summary.outbox = result;
          if (signal.aborted) return 'stop';
          if (result.unauthorized) throw new UnauthorizedError('outbox drain: HTTP 401');
          if (result.offline) throw new OfflineError('outbox drain: server unreachable');
          const pages = await this.deps.attachments?.drain(client, {
            ignoreBackoff: force || this.releaseBackoff,
            signal,
          });
          if (signal.aborted) return 'stop';
          if (pages?.unauthorized) throw new UnauthorizedError('attachments: HTTP 401');
          if (pages?.offline) throw new OfflineError('attachments: server unreachable');
          this.releaseBackoff = false;
          // Nothing was due: no request was made, so this says nothing about the server.
          if (result.attempted === 0 && (pages?.attempted ?? 0) === 0) {
            this.nextAt.outbox = this.now().getTime() + this.timings.outboxMs;
            return 'ok';
          }
          break;
        }
        case 'cases': {
          const result = await pullCases({
            client,
            outbox: this.deps.outbox,
            cases: this.deps.cases,
            now: this.now,
            signal,
          });
          summary.cases = result;
          if (result.asked === 0) {
            this.nextAt.cases = this.now().getTime() + this.timings.casesMs;
            return 'ok';
          }
          break;
        }
        case 'heartbeat': {
          const sentAt = new Date();
          const answer = await sendHeartbeat({
            client,
            appVersion: this.deps.appVersion,
            health: this.deps.health,
            outboxDepth: this.deps.outbox.counts().pending,
            catalogVersion: appliedVersion(this.deps.catalog, this.deps.state) ?? 0,
          });
          summary.heartbeat = { serverCatalogVersion: answer.catalogVersion };
          // Retry times written under a clock now known wrong: send every pending row again.
          if (this.deps.clock?.observe(answer.receivedAt, sentAt, new Date())) this.releaseBackoff = true;
          const mine = appliedVersion(this.deps.catalog, this.deps.state) ?? 0;
          if (answer.catalogVersion > mine && answer.catalogVersion !== this.rejectedCatalogVersion)
            this.nextAt.catalog = 0;
          break;
        }
      }
      if (signal.aborted) return 'stop';
      this.contact();
      if (this.unauthorized) {
        // A forced round got through: the token is good again.
        this.unauthorized = false;
        this.log.info({ task }, 'district server accepts the device token again');
      }
      this.nextAt[task] = this.now().getTime() + this.interval(task);
      return 'ok';
    } catch (error) {
      if (signal.aborted) return 'stop';
      const note = { kind: 'error' as const, error: describe(error) };
      if (task !== 'outbox' || !summary.outbox) summary[task] = note;
      if (error instanceof UnauthorizedError) {
        this.contact();
        if (!this.unauthorized)
          this.log.error({ task }, 'district server refused the device token; sync stopped');
        this.unauthorized = true;
        if (this.timer) clearTimeout(this.timer);
        this.timer = undefined;
        return 'stop';
      }
      if (error instanceof OfflineError) {
        this.wentOffline(task, error);
        return 'stop';
      }
      // The server answered, but this task failed (a refused request, a catalog that kept changing, a bug).
      this.contact();
      this.log.warn({ task, err: { type: errorName(error), code: errorCode(error) } }, 'sync task failed');
      this.nextAt[task] =
        this.now().getTime() + Math.min(this.interval(task), this.timings.offlineBackoff.maxMs);
      return 'failed';
    }
  }

  /** The catalog service, with installs refused once the kiosk is stopping. */
  private guardedCatalog(): CatalogTarget {
    const { catalog } = this.deps;
    const signal = this.abort.signal;
    return {
      meta: () => catalog.meta(),
      all: () => catalog.all(),
      install: (c, source, within) => {
        if (signal.aborted) throw new OfflineError('sync stopped before the catalog was installed');
        return catalog.install(c, source, within);
      },
      itemDigests: () => catalog.itemDigests(),
      applyChanges: (changes, source, within) => {
        if (signal.aborted) throw new OfflineError('sync stopped before the catalog was installed');
        return catalog.applyChanges(changes, source, within);
      },
    };
  }

  private interval(task: SyncTask): number {
    switch (task) {
      case 'catalog':
        return this.timings.catalogMs;
      case 'outbox':
        return this.timings.outboxMs;
      case 'cases':
        return this.timings.casesMs;
      case 'heartbeat':
        return this.timings.heartbeatMs;
    }
  }

  /** The server answered: online, and a 401 from before is forgotten when this was a success. */
  private contact(): void {
    if (!this.online) {
      this.online = true;
      this.releaseBackoff = true;
      this.log.info({ afterFailures: this.offlineStreak }, 'district server reachable');
    }
    this.offlineStreak = 0;
    this.deps.state.setLastContactAt(this.now().toISOString());
  }

  private wentOffline(task: SyncTask, error: OfflineError): void {
    if (this.online) this.log.warn({ task, err: { message: error.message } }, 'district server unreachable');
    this.online = false;
    this.offlineStreak++;
    const until =
      this.now().getTime() + backoffDelay(this.offlineStreak, this.timings.offlineBackoff, this.random);
    for (const t of TASKS) this.nextAt[t] = Math.max(this.nextAt[t], until);
  }

  /**
   * Emits `sync.state` when anything but lastSyncAt changed, or lastSyncAt moved on by a minute (it
   * changes with every exchange; the indicator does not need each one).
   */
  private emitIfChanged(): void {
    if (this.abort.signal.aborted) return;
    const status = this.status();
    const key = JSON.stringify({ ...status, lastSyncAt: null });
    const at = status.lastSyncAt ? Date.parse(status.lastSyncAt) : 0;
    if (key === this.lastEmitted && at - this.lastEmittedAt < EMIT_LAST_SYNC_EVERY_MS) return;
    this.lastEmitted = key;
    this.lastEmittedAt = at;
    this.deps.emit(status);
  }

  /** fetch that also aborts when the service stops. */
  private abortableFetch(): FetchLike {
    const base: FetchLike = this.deps.fetch ?? ((input, init) => fetch(input, init));
    const stop = this.abort.signal;
    return (input, init) =>
      base(input, { ...init, signal: init.signal ? AbortSignal.any([init.signal, stop]) : stop });
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A short, data-free description of a failure for the round summary. */
function describe(error: unknown): string {
  if (error instanceof OfflineError || error instanceof UnauthorizedError) return error.message;
  const code = errorCode(error);
  return code ? `${errorName(error)} ${code}` : errorName(error);
}
