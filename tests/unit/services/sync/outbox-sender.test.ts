/** The outbox drain against a fake client, on a real SQLite outbox. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineError, UnauthorizedError } from '../../../../src-main/contract/errors.js';
import type {
  BatchItemOutcome,
  DistrictClient,
  RawSubmission,
} from '../../../../src-main/district/district.client.js';
import { RejectedError } from '../../../../src-main/district/district.errors.js';
import type { SubmissionRequest } from '../../../../src-main/district/protocol.types.js';
import { silentLogger } from '../../../../src-main/log/logger.js';
import { OutboxSender, type OutboxSenderDeps } from '../../../../src-main/services/sync/outbox-sender.js';
import { openDatabase } from '../../../../src-main/store/database.js';
import { fileDeviceKey } from '../../../../src-main/store/device-key.js';
import { OutboxRepository } from '../../../../src-main/store/outbox.repository.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { malformed, ratingPayload } from '../../../helpers/outbox-payloads.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const T0 = new Date('2026-11-25T02:00:00Z');

function setup(): { outbox: OutboxRepository; dir: string; db: ReturnType<typeof openDatabase> } {
  const t = tempDir('sender');
  const db = openDatabase(path.join(t.dir, 'kiosk.db'));
  cleanups.push(t.remove);
  cleanups.unshift(() => db.close());
  return { outbox: new OutboxRepository(db, fileDeviceKey(t.dir), () => 'ZCKL01'), dir: t.dir, db };
}

/** What the fake server does with one submission: its case number, or an error. */
type Behaviour = (request: SubmissionRequest, n: number) => string | Error;
/** What it does with a whole batch request before looking at the items (undefined: take it). */
type BatchBehaviour = (requests: SubmissionRequest[]) => Error | undefined;

const caseNumber = (n: number): string => `ZC20261125${String(n).padStart(6, '0')}`;

function fakeClient(options: { item?: Behaviour; batch?: BatchBehaviour; onAnswer?: () => void } = {}) {
  const item = options.item ?? ((_r, n) => caseNumber(n));
  /** Every submission the server looked at, in order (batches and single POSTs). */
  const seen: SubmissionRequest[] = [];
  /** Sizes of the batch requests, and how many single POSTs were made. */
  const batches: number[] = [];
  let singles = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const request = async <T>(work: () => T): Promise<T> => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((resolve) => setImmediate(resolve));
      return work();
    } finally {
      inFlight--;
    }
  };
  const answer = (caseNo: string) => ({
    caseNumber: caseNo,
    status: '已提交' as const,
    receivedAt: T0.toISOString(),
  });
  const client = {
    submitBatch: (raw: readonly RawSubmission[]) =>
      request((): BatchItemOutcome[] => {
        const requests = raw.map((r) => ({
          idempotencyKey: r.idempotencyKey,
          kind: r.kind,
          payload: JSON.parse(r.payloadJson) as Record<string, unknown>,
        }));
        const whole = options.batch?.(requests);
        if (whole) throw whole;
        batches.push(requests.length);
        const outcomes = requests.map((r): BatchItemOutcome => {
          const out = item(r, seen.push(r));
          if (out instanceof RejectedError || out instanceof OfflineError) return { ok: false, error: out };
          if (out instanceof Error) throw out;
          return { ok: true, answer: answer(out) };
        });
        options.onAnswer?.();
        return outcomes;
      }),
    submit: (r: SubmissionRequest) =>
      request(() => {
        singles++;
        const out = item(r, seen.push(r));
        if (out instanceof Error) throw out;
        options.onAnswer?.();
        return answer(out);
      }),
  };
  return {
    client: client as unknown as DistrictClient,
    seen,
    batches,
    singles: () => singles,
    maxInFlight: () => maxInFlight,
  };
}

const sender = (outbox: OutboxRepository, options: Partial<OutboxSenderDeps> = {}) =>
  new OutboxSender({
    outbox,
    log: silentLogger(),
    now: () => T0,
    random: () => 0.5,
    concurrency: 4,
    ...options,
  });

/** Ratings of the hall visit, each with extra keys (`extra`) the protocol lets through as received. */
const enqueue = (outbox: OutboxRepository, n: number, extra = (i: number): object => ({ stars: 5, i })) =>
  Array.from({ length: n }, (_, i) =>
    outbox.enqueue({ kind: 'rating', payload: { ...ratingPayload(), ...extra(i) }, summary: {} }, T0),
  );

const DONE = { offline: false, unauthorized: false };

describe('OutboxSender', () => {
  it('sends every due row in batches with its idempotency key, keeping the case number and dropping the payload', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 10);
    const fake = fakeClient();
    const result = await sender(outbox, { maxBatch: 3, concurrency: 2 }).drain(fake.client);
    expect(result).toEqual({ attempted: 10, sent: 10, retried: 0, dead: 0, ...DONE });
    expect(fake.batches).toEqual([3, 3, 3, 1]);
    expect(fake.singles()).toBe(0);
    expect(fake.maxInFlight()).toBe(2);
    expect(fake.seen.map((r) => r.idempotencyKey).sort()).toEqual(rows.map((r) => r.idempotencyKey).sort());
    // The payload goes out exactly as it was queued.
    expect(fake.seen.find((r) => r.idempotencyKey === rows[7]!.idempotencyKey)).toEqual({
      idempotencyKey: rows[7]!.idempotencyKey,
      kind: 'rating',
      payload: { ...ratingPayload(), stars: 5, i: 7 },
    });
    for (const row of rows)
      expect(outbox.get(row.id)).toMatchObject({
        state: 'sent',
        caseStatus: '已提交',
        hasPayload: false,
        attempts: 1,
      });
    expect(new Set(rows.map((r) => outbox.get(r.id)!.caseNumber)).size).toBe(10);
  });

  it('keeps a batch under its byte limit (a row larger than the limit goes alone)', async () => {
    const { outbox } = setup();
    enqueue(outbox, 5, (i) => ({ i, text: '申'.repeat(i === 2 ? 600 : 100) }));
    const fake = fakeClient();
    // '申' is 3 bytes in UTF-8: rows of ~370 bytes, and one of ~1,870.
    const result = await sender(outbox, { maxBatch: 50, maxBatchBytes: 800, concurrency: 1 }).drain(
      fake.client,
    );
    expect(result).toMatchObject({ sent: 5, ...DONE });
    expect(fake.batches).toEqual([2, 1, 2]);
  });

  it('stops at the first offline answer and backs its rows off; the rest wait untouched', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 6);
    const fake = fakeClient({
      batch: () => new OfflineError('POST /v1/submissions/batch: HTTP 503 HTTP_503'),
    });
    const result = await sender(outbox, { maxBatch: 3, concurrency: 1 }).drain(fake.client);
    expect(result).toMatchObject({ attempted: 3, sent: 0, retried: 3, offline: true });
    const first = outbox.get(rows[0]!.id)!;
    expect(first).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'POST /v1/submissions/batch: HTTP 503 HTTP_503',
    });
    // ROW_BACKOFF attempt 1: cap 2 s, random 0.5 → 1.5 s.
    expect(first.nextAttemptAt).toBe(new Date(T0.getTime() + 1500).toISOString());
    expect(outbox.get(rows[2]!.id)).toMatchObject({ attempts: 1 });
    expect(outbox.get(rows[3]!.id)).toMatchObject({ attempts: 0, lastError: null });
    // Not due yet: a normal drain skips them; a drain after reconnecting sends them anyway.
    const ok = fakeClient();
    await sender(outbox, { maxBatch: 3, concurrency: 1 }).drain(ok.client);
    expect(ok.seen.map((r) => r.idempotencyKey)).not.toContain(rows[0]!.idempotencyKey);
    await sender(outbox, { maxBatch: 3, concurrency: 1 }).drain(ok.client, { ignoreBackoff: true });
    expect(outbox.get(rows[0]!.id)).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('backs off exponentially per row', async () => {
    const { outbox } = setup();
    const [row] = enqueue(outbox, 1);
    const fake = fakeClient({ batch: () => new OfflineError('timed out') });
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      await sender(outbox).drain(fake.client, { ignoreBackoff: true });
      delays.push(Date.parse(outbox.get(row!.id)!.nextAttemptAt) - T0.getTime());
    }
    expect(delays).toEqual([1500, 3000, 6000, 12_000, 24_000]);
    expect(outbox.get(row!.id)!.attempts).toBe(5);
  });

  it('dead-letters an item the server refused with its reason and goes on with the others', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 3);
    const fake = fakeClient({
      item: (r, n) =>
        r.idempotencyKey === rows[1]!.idempotencyKey
          ? new RejectedError(400, 'INVALID', 'payload：提交内容超过 256 KB', 'payload')
          : caseNumber(n),
    });
    const result = await sender(outbox).drain(fake.client);
    expect(result).toMatchObject({ sent: 2, dead: 1, ...DONE });
    expect(outbox.get(rows[1]!.id)).toMatchObject({
      state: 'dead',
      attempts: 1,
      lastError: '400 INVALID: payload：提交内容超过 256 KB',
    });
    expect(outbox.get(rows[2]!.id)).toMatchObject({ state: 'sent' });
  });

  it('an item the server failed on (5xx) waits for a retry; the drain goes on with the others', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 4);
    const fake = fakeClient({
      item: (r, n) =>
        r.idempotencyKey === rows[0]!.idempotencyKey
          ? new OfflineError('POST /v1/submissions/batch: item HTTP 500 INTERNAL')
          : caseNumber(n),
    });
    const result = await sender(outbox, { maxBatch: 2 }).drain(fake.client);
    expect(result).toMatchObject({ attempted: 4, sent: 3, retried: 1, dead: 0, ...DONE });
    expect(outbox.get(rows[0]!.id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'POST /v1/submissions/batch: item HTTP 500 INTERNAL',
    });
  });

  it('stops on 401 and leaves the rows as they were', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 3);
    const fake = fakeClient({
      batch: () => new UnauthorizedError('POST /v1/submissions/batch: HTTP 401 UNAUTHORIZED'),
    });
    const result = await sender(outbox, { concurrency: 1 }).drain(fake.client);
    expect(result).toMatchObject({ unauthorized: true, sent: 0, retried: 0 });
    for (const row of rows) expect(outbox.get(row.id)).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('a server without the batch route (404) gets the rows one by one', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 7);
    const fake = fakeClient({ batch: () => new RejectedError(404, 'NOT_FOUND', '没有这个接口') });
    const result = await sender(outbox, { maxBatch: 3, concurrency: 2 }).drain(fake.client);
    expect(result).toEqual({ attempted: 7, sent: 7, retried: 0, dead: 0, ...DONE });
    expect(fake.batches).toEqual([]);
    expect(fake.singles()).toBe(7);
    for (const row of rows) expect(outbox.get(row.id)).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('a batch refused as a whole is sent again row by row, so each row gets its own verdict', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 3, (i) => ({ i, big: i === 1 }));
    const tooLarge = () => new RejectedError(413, 'PAYLOAD_TOO_LARGE', '提交的内容太大');
    const fake = fakeClient({
      batch: () => tooLarge(),
      item: (r, n) => ((r.payload as { big: boolean }).big ? tooLarge() : caseNumber(n)),
    });
    const result = await sender(outbox, { concurrency: 1 }).drain(fake.client);
    expect(result).toMatchObject({ attempted: 3, sent: 2, dead: 1, ...DONE });
    expect(fake.singles()).toBe(3);
    expect(outbox.get(rows[1]!.id)).toMatchObject({
      state: 'dead',
      lastError: '413 PAYLOAD_TOO_LARGE: 提交的内容太大',
    });
  });

  it('dead-letters a row whose sealed payload cannot be opened (another device key)', async () => {
    const { outbox, db } = setup();
    const [row] = enqueue(outbox, 1);
    const other = tempDir('other-key');
    cleanups.push(other.remove);
    const foreign = new OutboxRepository(db, fileDeviceKey(other.dir), () => 'ZCKL01');
    const fake = fakeClient();
    const result = await sender(foreign).drain(fake.client);
    expect(result).toMatchObject({ dead: 1, sent: 0 });
    expect(fake.seen).toEqual([]);
    expect(outbox.get(row!.id)).toMatchObject({
      state: 'dead',
      lastError: expect.stringMatching(/无法读取/),
    });
  });

  it('dead-letters a row whose payload does not fit its kind, with a typed error and no value in the log', async () => {
    const { outbox } = setup();
    const [good] = enqueue(outbox, 1);
    const broken = outbox.enqueue(malformed('rating', { level: 9, comment: '韩红英 13805331234' }), T0);
    const foreignKind = outbox.enqueue(malformed('appointment', { slot: '09:00' }), T0);
    const logged: object[] = [];
    const log = { ...silentLogger(), error: (obj: object) => void logged.push(obj) };
    const fake = fakeClient();
    const result = await sender(outbox, { log }).drain(fake.client);
    expect(result).toMatchObject({ attempted: 1, sent: 1, dead: 2 });
    expect(fake.seen.map((r) => r.idempotencyKey)).toEqual([good!.idempotencyKey]);
    expect(outbox.get(broken.id)).toMatchObject({
      state: 'dead',
      hasPayload: true, // kept for the hall admin
      lastError: '本地数据格式不对（target、level），未上传',
    });
    expect(outbox.get(foreignKind.id)).toMatchObject({
      state: 'dead',
      lastError: '本地数据格式不对（(kind)），未上传',
    });
    expect(logged).toEqual([
      expect.objectContaining({
        err: {
          type: 'OutboxPayloadError',
          code: 'STORE_CORRUPT',
          kind: 'rating',
          fields: ['target', 'level'],
        },
      }),
      expect.objectContaining({ err: expect.objectContaining({ kind: 'appointment', fields: ['(kind)'] }) }),
    ]);
    expect(JSON.stringify(logged)).not.toMatch(/韩红英|13805331234/);
  });

  it('writes nothing once aborted (the kiosk is closing), even when the answer arrives', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 4);
    const abort = new AbortController();
    const fake = fakeClient({ onAnswer: () => abort.abort() });
    const result = await sender(outbox, { maxBatch: 2, concurrency: 1 }).drain(fake.client, {
      signal: abort.signal,
    });
    expect(result.sent).toBe(0);
    expect(fake.batches).toEqual([2]);
    for (const row of rows) expect(outbox.get(row.id)).toMatchObject({ state: 'pending', attempts: 0 });
  });
});
