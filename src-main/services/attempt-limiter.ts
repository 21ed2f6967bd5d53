/**
 * Tries of a secret (ID digits for a progress query, an admin PIN): after `maxFailures` unforgiven tries,
 * every try is refused for `lockMs`. Kept for the whole kiosk, not per session: walking away and coming back
 * must not reset it.
 *
 * A try is counted when it begins, before the (slow, awaited) verification, so tries sent in parallel
 * cannot all pass the check before any is counted: at most `maxFailures` verifications run per lock
 * window, whatever the concurrency. A success forgives only the earlier tries on the same target (the
 * same PIN door, the same case number), never the failures on another one.
 */
import { LockedError } from '../contract/errors.js';

/** What the limiter remembers: the target of each unforgiven try, and the end of the lock (ms). */
export interface LimiterState {
  tries: string[];
  lockedUntil: number;
}

/** Where the state lives between tries: memory by default, SQLite for the admin PIN (limiter.store.ts). */
export interface LimiterStateStore {
  load(): LimiterState;
  save(state: LimiterState): void;
}

export interface AttemptLimiterOptions {
  maxFailures: number;
  lockMs: number;
  /** The Chinese sentence shown while locked; `{minutes}` is replaced by the minutes left. */
  lockedMessage: string;
  now?: () => number;
  store?: LimiterStateStore;
}

/** One try in progress: counted already; settle it with `succeed` or `fail` once verified. */
export interface Attempt {
  /** The secret was right: forgives the tries on this target. */
  succeed(): void;
  /** The secret was wrong: returns the tries left before the lock (0: now locked). */
  fail(): number;
}

export function memoryLimiterStore(): LimiterStateStore {
  let state: LimiterState = { tries: [], lockedUntil: 0 };
  return {
    load: () => state,
    save: (next) => {
      state = next;
    },
  };
}

export class AttemptLimiter {
  private readonly now: () => number;
  private readonly store: LimiterStateStore;

  constructor(private readonly options: AttemptLimiterOptions) {
    this.now = options.now ?? Date.now;
    this.store = options.store ?? memoryLimiterStore();
  }

  /** The state, with a lock that has run out forgotten (and its tries with it). */
  private current(): LimiterState {
    const state = this.store.load();
    if (state.lockedUntil !== 0 && this.now() >= state.lockedUntil) return { tries: [], lockedUntil: 0 };
    return state;
  }

  private lockedError(lockedUntil: number): LockedError {
    const minutes = Math.max(1, Math.ceil((lockedUntil - this.now()) / 60_000));
    return new LockedError(
      'too many wrong tries',
      new Date(lockedUntil),
      this.options.lockedMessage.replace('{minutes}', String(minutes)),
    );
  }

  /** Throws LockedError while locked. */
  check(): void {
    const state = this.current();
    if (this.now() < state.lockedUntil) throw this.lockedError(state.lockedUntil);
  }

  /**
   * Counts a try on `target` before it is verified; throws LockedError while locked. The try that
   * reaches `maxFailures` starts the lock at once, so no further try is verified while it is in flight.
   */
  begin(target = ''): Attempt {
    const state = this.current();
    if (this.now() < state.lockedUntil) throw this.lockedError(state.lockedUntil);
    const tries = [...state.tries, target];
    const lockedUntil = tries.length >= this.options.maxFailures ? this.now() + this.options.lockMs : 0;
    this.store.save({ tries: lockedUntil ? [] : tries, lockedUntil });
    // Tries made before this one in the same lock window, for `fail`'s count.
    const before = state.tries.length;
    let settled = false;
    return {
      succeed: () => {
        if (settled) return;
        settled = true;
        const now = this.current();
        if (lockedUntil !== 0 && now.lockedUntil === lockedUntil) {
          // The try that started the lock was right: the lock was only a guard while it was verified.
          this.store.save({ tries: state.tries.filter((t) => t !== target), lockedUntil: 0 });
          return;
        }
        this.store.save({ ...now, tries: now.tries.filter((t) => t !== target) });
      },
      fail: () => {
        settled = true;
        if (lockedUntil !== 0 || this.locked()) return 0;
        return Math.max(0, this.options.maxFailures - Math.max(before + 1, this.current().tries.length));
      },
    };
  }

  locked(): boolean {
    return this.now() < this.current().lockedUntil;
  }
}
