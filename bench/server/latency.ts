/** Latency samples per request kind, and their summary (throughput, p50/p95/p99/max). */

export interface KindSummary {
  requests: number;
  perSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers outside 2xx (and transport errors), by status ('error' for no answer). */
  failures: Record<string, number>;
}

const round = (n: number): number => Number(n.toFixed(2));

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

export class LatencyRecorder<K extends string> {
  private readonly samples = new Map<K, number[]>();
  private readonly failures = new Map<K, Record<string, number>>();

  record(kind: K, ms: number, status: number | 'error'): void {
    let list = this.samples.get(kind);
    if (!list) this.samples.set(kind, (list = []));
    list.push(ms);
    if (status === 'error' || status < 200 || status > 299) {
      const f = this.failures.get(kind) ?? {};
      f[String(status)] = (f[String(status)] ?? 0) + 1;
      this.failures.set(kind, f);
    }
  }

  count(): number {
    let n = 0;
    for (const list of this.samples.values()) n += list.length;
    return n;
  }

  private summarise(all: number[], failures: Record<string, number>, seconds: number): KindSummary {
    const sorted = [...all].sort((a, b) => a - b);
    return {
      requests: sorted.length,
      perSec: round(sorted.length / seconds),
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      p99Ms: round(percentile(sorted, 99)),
      maxMs: round(sorted.at(-1) ?? 0),
      failures,
    };
  }

  /** Per kind (in `order`) and overall, over a window of `seconds`. */
  summary(
    order: readonly K[],
    seconds: number,
  ): { byKind: Partial<Record<K, KindSummary>>; overall: KindSummary } {
    const byKind: Partial<Record<K, KindSummary>> = {};
    const all: number[] = [];
    const allFailures: Record<string, number> = {};
    for (const kind of order) {
      const list = this.samples.get(kind);
      if (!list) continue;
      const failures = this.failures.get(kind) ?? {};
      byKind[kind] = this.summarise(list, failures, seconds);
      for (const ms of list) all.push(ms);
      for (const [status, n] of Object.entries(failures))
        allFailures[status] = (allFailures[status] ?? 0) + n;
    }
    return { byKind, overall: this.summarise(all, allFailures, seconds) };
  }
}
