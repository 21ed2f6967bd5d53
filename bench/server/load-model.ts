/**
 * The traffic model of `npm run bench:server`: what 5,000 kiosks send the district server in a busy
 * business hour, from the kiosk's own sync timings (src-main/services/sync/sync.service.ts) and a
 * citizen load per kiosk, optionally compressed in time by `speedup` (every interval divided by it,
 * every rate multiplied by it).
 *
 * Per kiosk, in real time:
 * - heartbeat every 60 s (DEFAULT_TIMINGS.heartbeatMs), first at a random phase;
 * - catalog check every 60 min (catalogMs) — `GET /v1/catalog?since=<its version>`, an empty delta when it
 *   is current — and at once when a heartbeat answers a newer version than its own (as the kiosk does), so
 *   each publish brings a wave of real deltas within one heartbeat period;
 * - case status pull every 10 min (casesMs), only once it has cases, asking for its last 20;
 * - 12 citizen submissions an hour (one every 5 min: a busy hall), as a Poisson process: 50 % declarations
 *   (~1.5 KB of form data), 30 % ratings (of its own last case when not yet rated, else of the hall visit;
 *   one in ten a 差评 with reasons, which opens a follow-up), 10 % complaints, 10 % help calls; 2 % of
 *   submissions are sent twice with the same idempotency key (an answer lost on the way).
 * The district publishes a new catalog version (5 items changed) twice during the measured window.
 *
 * Real-time total for 5,000 kiosks: 83.3 heartbeats/s + 1.4 catalog checks/s + ≤ 8.3 case pulls/s
 * + 16.7 submissions/s ≈ 110 requests/s, plus 5,000 delta requests after each publish.
 */

export const SUBMISSION_KINDS = ['declaration', 'rating', 'complaint', 'help'] as const;
export type LoadSubmissionKind = (typeof SUBMISSION_KINDS)[number];
export type RequestKind = 'heartbeat' | 'catalog' | 'cases' | LoadSubmissionKind;
export const REQUEST_KINDS: readonly RequestKind[] = ['heartbeat', 'catalog', 'cases', ...SUBMISSION_KINDS];

export interface LoadModel {
  kiosks: number;
  halls: number;
  /** Time compression: 1 = real time. */
  speedup: number;
  /** Measured window, seconds of wall time. */
  durationS: number;
  /** Unmeasured start (connections, JIT, caches), seconds. */
  warmupS: number;
  heartbeatS: number;
  catalogCheckS: number;
  casesS: number;
  submissionsPerKioskHour: number;
  mix: Record<LoadSubmissionKind, number>;
  /** Share of submissions sent twice with the same key. */
  repeatShare: number;
  /** Share of ratings that are a 差评 (level ≤ 2, with reasons). */
  poorRatingShare: number;
  /** Points of the measured window (0..1) at which a new catalog version is published. */
  publishAt: number[];
  /** Items changed by each publish. */
  itemsPerPublish: number;
}

export const DEFAULT_MODEL: LoadModel = {
  kiosks: 5_000,
  halls: 500,
  speedup: 1,
  durationS: 60,
  warmupS: 10,
  heartbeatS: 60,
  catalogCheckS: 3_600,
  casesS: 600,
  submissionsPerKioskHour: 12,
  mix: { declaration: 0.5, rating: 0.3, complaint: 0.1, help: 0.1 },
  repeatShare: 0.02,
  poorRatingShare: 0.1,
  publishAt: [0.25, 0.6],
  itemsPerPublish: 5,
};

/** Steady requests per second of each kind (wall time, after compression), publish waves left out. */
export function steadyRates(model: LoadModel): Record<RequestKind, number> {
  const k = model.kiosks * model.speedup;
  const submissions = (k * model.submissionsPerKioskHour) / 3_600;
  return {
    heartbeat: k / model.heartbeatS,
    catalog: k / model.catalogCheckS,
    cases: k / model.casesS,
    declaration: submissions * model.mix.declaration * (1 + model.repeatShare),
    rating: submissions * model.mix.rating * (1 + model.repeatShare),
    complaint: submissions * model.mix.complaint * (1 + model.repeatShare),
    help: submissions * model.mix.help * (1 + model.repeatShare),
  };
}
