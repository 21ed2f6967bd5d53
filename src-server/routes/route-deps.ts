/** What every route receives from the composition root (src-server/app.ts). */
import type { DistrictStore } from '../store/district.store.js';
import type { GuessGuard, RateLimits } from './rate-limits.js';

export interface RouteDeps {
  store: DistrictStore;
  now: () => Date;
  /** The catalog-signing public key (SPKI PEM) handed out at enrollment. */
  catalogPublicKey: string;
  limits: RateLimits;
  /** Checks the per-device and per-target limits of lookups and cancellations. */
  guardGuess: GuessGuard;
}
