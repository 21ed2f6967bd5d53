/**
 * The citizen session, owned by main. Starts at the first touch; any touch resets the idle
 * timer; after the idle timeout a countdown warning, then the session ends. Ending it tells
 * every holder of session data to drop it (onEnd) and the renderer to wipe itself (event).
 */
import { randomUUID } from 'node:crypto';
import type { SessionEndReason, SessionState } from '../../contract/types.js';
import type { Logger } from '../../log/logger.js';
import type { EventBus } from '../event-bus.js';

export interface SessionTiming {
  idleTimeoutMs(): number;
  countdownMs(): number;
}

interface ActiveSession {
  id: string;
  startedAt: number;
  /** Per-session scratch space for services (declaration drafts, card data...). Wiped on end. */
  data: Map<string, unknown>;
}

export class SessionService {
  private session: ActiveSession | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private countdownTimer: NodeJS.Timeout | undefined;
  private idleDeadline = 0;
  private readonly endListeners = new Set<(reason: SessionEndReason) => void>();

  constructor(
    private readonly timing: SessionTiming,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** A touch: starts a session if none, cancels any countdown, restarts the idle timer. */
  activity(): SessionState {
    if (!this.session) {
      this.session = { id: randomUUID(), startedAt: this.now(), data: new Map() };
      this.log.info({ sessionId: this.session.id }, 'session started');
    }
    this.clearTimers();
    this.idleDeadline = this.now() + this.timing.idleTimeoutMs();
    this.idleTimer = setTimeout(() => this.warn(), this.timing.idleTimeoutMs());
    this.idleTimer.unref();
    return { sessionId: this.session.id, idleDeadline: this.idleDeadline };
  }

  /** Ends the session (if any). Always emits `session.ended` so every screen resets. */
  end(reason: SessionEndReason): boolean {
    this.clearTimers();
    const had = this.session !== undefined;
    if (this.session) {
      this.log.info(
        {
          sessionId: this.session.id,
          reason,
          seconds: Math.round((this.now() - this.session.startedAt) / 1000),
        },
        'session ended',
      );
      this.session.data.clear();
      this.session = undefined;
    }
    // One holder failing (its store busy, a disk error) must not keep the others, or the screen, from
    // wiping: each is told, and a failure is logged by its type.
    for (const l of this.endListeners) {
      try {
        l(reason);
      } catch (error) {
        this.log.error(
          { reason, err: { type: error instanceof Error ? error.name : typeof error } },
          'session end listener failed',
        );
      }
    }
    this.bus.emit('session.ended', { reason });
    return had;
  }

  active(): boolean {
    return this.session !== undefined;
  }

  /** The open session's id and idle deadline, or undefined when none is open. */
  state(): SessionState | undefined {
    return this.session ? { sessionId: this.session.id, idleDeadline: this.idleDeadline } : undefined;
  }

  /** How long the countdown warning lasts before an idle session ends. */
  countdownMs(): number {
    return this.timing.countdownMs();
  }

  /** Session-scoped data holder for services; gone when the session ends. */
  data(): Map<string, unknown> | undefined {
    return this.session?.data;
  }

  onEnd(listener: (reason: SessionEndReason) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  dispose(): void {
    this.clearTimers();
  }

  private warn(): void {
    const countdownMs = this.timing.countdownMs();
    this.bus.emit('session.warning', { countdownSec: Math.round(countdownMs / 1000) });
    this.countdownTimer = setTimeout(() => this.end('idle'), countdownMs);
    this.countdownTimer.unref();
  }

  private clearTimers(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.countdownTimer) clearTimeout(this.countdownTimer);
    this.idleTimer = undefined;
    this.countdownTimer = undefined;
  }
}
