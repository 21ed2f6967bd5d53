/**
 * Drives the load model over the fleet, open loop: every request is due at a time fixed by the model,
 * whether or not earlier answers have come back, and its latency runs from that due time to the last
 * byte of the answer — a generator that falls behind shows up in the figures instead of hiding.
 */
import { Body, type LoadClient } from './http-client.js';
import type { SimKiosk } from './fleet.js';
import { LatencyRecorder } from './latency.js';
import type { LoadModel, RequestKind } from './load-model.js';
import { complaint, declaration, help, rating, type SubmissionBody } from './payloads.js';

type Periodic = 'heartbeat' | 'catalog' | 'cases';

interface Event {
  at: number;
  kiosk: number;
  kind: Periodic;
}

/** A binary min-heap of events by due time. */
class EventQueue {
  private readonly heap: Event[] = [];
  get size(): number {
    return this.heap.length;
  }
  peek(): Event | undefined {
    return this.heap[0];
  }
  push(e: Event): void {
    const h = this.heap;
    h.push(e);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (h[p]!.at <= h[i]!.at) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): Event | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]!.at < h[m]!.at) m = l;
        if (r < h.length && h[r]!.at < h[m]!.at) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

export interface DriveResult {
  recorder: LatencyRecorder<RequestKind>;
  measuredS: number;
  /** How late the generator sent requests (ms after their due time), p99 and max. */
  sendLagP99Ms: number;
  sendLagMaxMs: number;
  /** Requests still unanswered at the end of the window (waited for, up to 30 s). */
  inFlightAtEnd: number;
  maxInFlight: number;
  /** Exceptions in the generator itself (an answer it could not read); must be 0. */
  generatorErrors: number;
  publishes: Array<{ atS: number; version: number; ms: number }>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function drive(options: {
  model: LoadModel;
  client: LoadClient;
  kiosks: SimKiosk[];
  /** Publishes the next catalog version; resolves to its number. */
  publish: () => Promise<number>;
  random: () => number;
  log: (line: string) => void;
  /** Called when the measured window opens and when it closes. */
  onWindow?: (edge: 'start' | 'end') => void;
}): Promise<DriveResult> {
  const { model, client, kiosks, random } = options;
  const recorder = new LatencyRecorder<RequestKind>();
  const t0 = performance.now();
  const measureFrom = t0 + model.warmupS * 1000;
  const end = measureFrom + model.durationS * 1000;
  const period = (seconds: number): number => (seconds * 1000) / model.speedup;
  const lags: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  // Every kiosk's heartbeat is the same bytes but for its catalog version: serialised once per version.
  const heartbeats = new Map<number, Body>();
  const heartbeatBody = (catalogVersion: number): Body => {
    let body = heartbeats.get(catalogVersion);
    if (!body)
      heartbeats.set(
        catalogVersion,
        (body = new Body({
          appVersion: '0.1.0',
          health: { printer: 'ok', reader: 'ok', a4: 'ok', diskFreeMB: 20_480, uptimeS: 86_400 },
          outboxDepth: 0,
          catalogVersion,
        })),
      );
    return body;
  };

  const queue = new EventQueue();
  for (const k of kiosks) {
    queue.push({ at: t0 + random() * period(model.heartbeatS), kiosk: k.index, kind: 'heartbeat' });
    queue.push({ at: t0 + random() * period(model.catalogCheckS), kiosk: k.index, kind: 'catalog' });
    queue.push({ at: t0 + random() * period(model.casesS), kiosk: k.index, kind: 'cases' });
  }
  const submissionRate = (kiosks.length * model.submissionsPerKioskHour * model.speedup) / 3_600_000; // per ms
  let nextSubmission = t0 - Math.log(1 - random()) / submissionRate;

  /** Sends one request due at `due`; records it when due inside the window. */
  const send = async (
    kind: RequestKind,
    due: number,
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: unknown,
  ): Promise<{ status: number; body: string } | null> => {
    const sent = performance.now();
    if (due >= measureFrom && due < end) lags.push(sent - due);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const answer = await client.request(method, path, token, body);
      if (due >= measureFrom && due < end) recorder.record(kind, performance.now() - due, answer.status);
      return answer;
    } catch {
      if (due >= measureFrom && due < end) recorder.record(kind, performance.now() - due, 'error');
      return null;
    } finally {
      inFlight--;
    }
  };

  const syncCatalog = async (k: SimKiosk, due: number): Promise<void> => {
    if (k.syncing) return;
    k.syncing = true;
    try {
      let path = `/v1/catalog?since=${k.catalogVersion}`;
      for (let when = due; ; when = performance.now()) {
        const answer = await send('catalog', when, 'GET', path, k.token);
        if (answer?.status !== 200) return;
        const page = JSON.parse(answer.body) as { manifest: { version: number }; nextCursor: string | null };
        if (!page.nextCursor) {
          k.catalogVersion = page.manifest.version;
          return;
        }
        path = `/v1/catalog?cursor=${page.nextCursor}`;
      }
    } finally {
      k.syncing = false;
    }
  };

  const periodic = async (e: Event): Promise<void> => {
    const k = kiosks[e.kiosk]!;
    if (e.kind === 'heartbeat') {
      const answer = await send(
        'heartbeat',
        e.at,
        'POST',
        '/v1/heartbeat',
        k.token,
        heartbeatBody(k.catalogVersion),
      );
      if (answer?.status === 200) {
        const { catalogVersion } = JSON.parse(answer.body) as { catalogVersion: number };
        if (catalogVersion > k.catalogVersion) await syncCatalog(k, performance.now());
      }
    } else if (e.kind === 'catalog') {
      await syncCatalog(k, e.at);
    } else if (k.cases.length > 0) {
      await send('cases', e.at, 'GET', `/v1/cases?numbers=${k.cases.join(',')}`, k.token);
    }
  };

  const submit = async (due: number): Promise<void> => {
    const k = kiosks[Math.floor(random() * kiosks.length)]!;
    const x = random();
    const { mix } = model;
    let body: SubmissionBody;
    if (x < mix.declaration) body = declaration(random);
    else if (x < mix.declaration + mix.rating) {
      body = rating(random, k.unrated, random() < model.poorRatingShare);
      k.unrated = null;
    } else if (x < mix.declaration + mix.rating + mix.complaint) body = complaint(random);
    else body = help(k.deviceId, k.hallCode);
    const bytes = new Body(body);
    const answer = await send(body.kind, due, 'POST', '/v1/submissions', k.token, bytes);
    if (answer?.status === 201 && body.kind === 'declaration') {
      const { caseNumber } = JSON.parse(answer.body) as { caseNumber: string };
      k.cases.push(caseNumber);
      if (k.cases.length > 20) k.cases.shift();
      k.unrated = caseNumber;
    }
    // The answer was lost on the way: the kiosk sends the same submission again.
    if (random() < model.repeatShare)
      await send(body.kind, performance.now(), 'POST', '/v1/submissions', k.token, bytes);
  };

  const publishes: DriveResult['publishes'] = [];
  const publishTimes = model.publishAt.map((f) => measureFrom + f * model.durationS * 1000);
  const pending = new Set<Promise<void>>();
  let generatorErrors = 0;
  const track = (work: Promise<void>): void => {
    const p = work.catch((error: unknown) => {
      if (generatorErrors++ === 0) options.log(`  load generator error: ${String(error)}`);
    });
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };

  let lastReport = t0;
  let windowOpen = false;
  while (performance.now() < end) {
    const now = performance.now();
    if (!windowOpen && now >= measureFrom) {
      windowOpen = true;
      options.onWindow?.('start');
    }
    while ((queue.peek()?.at ?? Infinity) <= now) {
      const e = queue.pop()!;
      const interval =
        e.kind === 'heartbeat' ? model.heartbeatS : e.kind === 'catalog' ? model.catalogCheckS : model.casesS;
      queue.push({ ...e, at: e.at + period(interval) });
      track(periodic(e));
    }
    while (nextSubmission <= now) {
      track(submit(nextSubmission));
      nextSubmission -= Math.log(1 - random()) / submissionRate;
    }
    if ((publishTimes[0] ?? Infinity) <= now) {
      const at = publishTimes.shift()!;
      const started = performance.now();
      track(
        options.publish().then((version) => {
          publishes.push({ atS: (at - measureFrom) / 1000, version, ms: performance.now() - started });
        }),
      );
    }
    if (now - lastReport >= 10_000) {
      lastReport = now;
      options.log(
        `  ${((now - t0) / 1000).toFixed(0)} s: ${recorder.count()} measured requests, ${inFlight} in flight`,
      );
    }
    const wake = Math.min(queue.peek()?.at ?? Infinity, nextSubmission, publishTimes[0] ?? Infinity, end);
    await sleep(Math.max(0, Math.min(50, wake - performance.now())));
  }
  options.onWindow?.('end');
  const inFlightAtEnd = inFlight;
  await Promise.race([Promise.all(pending), sleep(30_000)]);
  lags.sort((a, b) => a - b);
  return {
    recorder,
    measuredS: model.durationS,
    sendLagP99Ms: lags[Math.floor(lags.length * 0.99)] ?? 0,
    sendLagMaxMs: lags.at(-1) ?? 0,
    inFlightAtEnd,
    maxInFlight,
    generatorErrors,
    publishes,
  };
}
