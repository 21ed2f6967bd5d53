/**
 * Wrong tries of a secret (ID digits for a progress query, an admin PIN): after `maxFailures` wrong
 * tries in a row, every try is refused for `lockMs`. Kept for the whole kiosk, not per session: walking
 * away and coming back must not reset it.
 */
import { LockedError } from '../contract/errors.js';

export interface AttemptLimiterOptions {
  maxFailures: number;
  lockMs: number;
  /** The Chinese sentence shown while locked; `{minutes}` is replaced by the minutes left. */
  lockedMessage: string;
  now?: () => number;
}

export class AttemptLimiter {
  private failures = 0;
  private lockedUntil = 0;
  private readonly now: () => number;

  constructor(private readonly options: AttemptLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Throws LockedError while locked. */
  check(): void {
    const now = this.now();
    if (now < this.lockedUntil) {
      const minutes = Math.max(1, Math.ceil((this.lockedUntil - now) / 60_000));
      throw new LockedError(
        'too many wrong tries',
        new Date(this.lockedUntil),
        this.options.lockedMessage.replace('{minutes}', String(minutes)),
      );
    }
  }

  /** A wrong try; the last allowed one locks. Returns the tries left before the lock. */
  fail(): number {
    this.failures++;
    if (this.failures >= this.options.maxFailures) {
      this.failures = 0;
      this.lockedUntil = this.now() + this.options.lockMs;
      return 0;
    }
    return this.options.maxFailures - this.failures;
  }

  succeed(): void {
    this.failures = 0;
  }

  locked(): boolean {
    return this.now() < this.lockedUntil;
  }
}
