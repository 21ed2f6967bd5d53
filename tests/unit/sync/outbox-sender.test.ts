/** The outbox drain against a fake client, on a real SQLite outbox. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineError, UnauthorizedError } from '../../../src-main/contract/errors.js';
import type { DistrictClient } from '../../../src-main/district/district.client.js';
import { RejectedError } from '../../../src-main/district/district.errors.js';
import type { SubmissionRequest } from '../../../src-main/district/protocol.types.js';
import { silentLogger } from '../../../src-main/log/logger.js';
import { OutboxSender } from '../../../src-main/services/sync/outbox-sender.js';
import { openDatabase } from '../../../src-main/store/database.js';
import { fileDeviceKey } from '../../../src-main/store/device-key.js';
import { OutboxRepository } from '../../../src-main/store/outbox.repository.js';
import { tempDir } from '../../helpers/temp-dir.js';

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

type Behaviour = (request: SubmissionRequest, n: number) => Promise<{ caseNumber: string }> | Error;

function fakeClient(
  behaviour: Behaviour = (r, n) => Promise.resolve({ caseNumber: `ZC20261125${String(n).padStart(6, '0')}` }),
) {
  const seen: SubmissionRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const client = {
    submit: async (request: SubmissionRequest) => {
      const n = seen.push(request);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await new Promise((resolve) => setImmediate(resolve));
        const out = behaviour(request, n);
        if (out instanceof Error) throw out;
        const { caseNumber } = await out;
        return { caseNumber, status: '已提交' as const, receivedAt: T0.toISOString() };
      } finally {
        inFlight--;
      }
    },
  };
  return { client: client as unknown as DistrictClient, seen, maxInFlight: () => maxInFlight };
}

const sender = (outbox: OutboxRepository, concurrency = 4) =>
  new OutboxSender({ outbox, log: silentLogger(), now: () => T0, random: () => 0.5, concurrency });

const enqueue = (outbox: OutboxRepository, n: number) =>
  Array.from({ length: n }, (_, i) =>
    outbox.enqueue({ kind: 'rating', payload: { stars: 5, i }, summary: {} }, T0),
  );

describe('OutboxSender', () => {
  it('sends every due row with its idempotency key, keeping the case number and dropping the payload', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 10);
    const fake = fakeClient();
    const result = await sender(outbox).drain(fake.client);
    expect(result).toEqual({
      attempted: 10,
      sent: 10,
      retried: 0,
      dead: 0,
      offline: false,
      unauthorized: false,
    });
    expect(fake.seen.map((r) => r.idempotencyKey).sort()).toEqual(rows.map((r) => r.idempotencyKey).sort());
    expect(fake.seen[0]).toMatchObject({ kind: 'rating', payload: { stars: 5 } });
    for (const row of rows)
      expect(outbox.get(row.id)).toMatchObject({
        state: 'sent',
        caseStatus: '已提交',
        hasPayload: false,
        attempts: 1,
      });
    expect(new Set(rows.map((r) => outbox.get(r.id)!.caseNumber)).size).toBe(10);
    expect(fake.maxInFlight()).toBe(4);
  });

  it('stops at the first offline answer and backs that row off; the rest wait untouched', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 6);
    const fake = fakeClient(() => new OfflineError('POST /v1/submissions: HTTP 503 HTTP_503'));
    const result = await sender(outbox, 1).drain(fake.client);
    expect(result).toMatchObject({ attempted: 1, sent: 0, retried: 1, offline: true });
    const first = outbox.get(rows[0]!.id)!;
    expect(first).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'POST /v1/submissions: HTTP 503 HTTP_503',
    });
    // ROW_BACKOFF attempt 1: cap 2 s, random 0.5 → 1.5 s.
    expect(first.nextAttemptAt).toBe(new Date(T0.getTime() + 1500).toISOString());
    expect(outbox.get(rows[1]!.id)).toMatchObject({ attempts: 0, lastError: null });
    // Not due yet: a normal drain skips it; a drain after reconnecting sends it anyway.
    const ok = fakeClient();
    await sender(outbox, 1).drain(ok.client);
    expect(ok.seen.map((r) => r.idempotencyKey)).not.toContain(rows[0]!.idempotencyKey);
    await sender(outbox, 1).drain(ok.client, { ignoreBackoff: true });
    expect(outbox.get(rows[0]!.id)).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('backs off exponentially per row', async () => {
    const { outbox } = setup();
    const [row] = enqueue(outbox, 1);
    const fake = fakeClient(() => new OfflineError('timed out'));
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      await sender(outbox).drain(fake.client, { ignoreBackoff: true });
      delays.push(Date.parse(outbox.get(row!.id)!.nextAttemptAt) - T0.getTime());
    }
    expect(delays).toEqual([1500, 3000, 6000, 12_000, 24_000]);
    expect(outbox.get(row!.id)!.attempts).toBe(5);
  });

  it('dead-letters a refused row with the server reason and goes on with the others', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 3);
    const fake = fakeClient((r, n) =>
      r.idempotencyKey === rows[1]!.idempotencyKey
        ? new RejectedError(400, 'INVALID', 'payload：提交内容超过 256 KB', 'payload')
        : Promise.resolve({ caseNumber: `ZC20261125${String(n).padStart(6, '0')}` }),
    );
    const result = await sender(outbox).drain(fake.client);
    expect(result).toMatchObject({ sent: 2, dead: 1, offline: false });
    expect(outbox.get(rows[1]!.id)).toMatchObject({
      state: 'dead',
      attempts: 1,
      lastError: '400 INVALID: payload：提交内容超过 256 KB',
    });
  });

  it('stops on 401 and leaves the row as it was', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 3);
    const fake = fakeClient(() => new UnauthorizedError('POST /v1/submissions: HTTP 401 UNAUTHORIZED'));
    const result = await sender(outbox, 1).drain(fake.client);
    expect(result).toMatchObject({ unauthorized: true, sent: 0, retried: 0 });
    for (const row of rows) expect(outbox.get(row.id)).toMatchObject({ state: 'pending', attempts: 0 });
  });

  it('dead-letters a row whose sealed payload cannot be opened (another device key)', async () => {
    const { outbox, db } = setup();
    const [row] = enqueue(outbox, 1);
    const other = tempDir('other-key');
    cleanups.push(other.remove);
    const foreign = new OutboxRepository(db, fileDeviceKey(other.dir), () => 'ZCKL01');
    const result = await sender(foreign).drain(fakeClient().client);
    expect(result).toMatchObject({ dead: 1, sent: 0 });
    expect(outbox.get(row!.id)).toMatchObject({
      state: 'dead',
      lastError: expect.stringMatching(/无法读取/),
    });
  });

  it('writes nothing once aborted (the kiosk is closing), even when the answer arrives', async () => {
    const { outbox } = setup();
    const rows = enqueue(outbox, 2);
    const abort = new AbortController();
    const fake = fakeClient((_r, n) => {
      abort.abort();
      return Promise.resolve({ caseNumber: `ZC2026112500000${n}` });
    });
    const result = await sender(outbox, 1).drain(fake.client, { signal: abort.signal });
    expect(result.sent).toBe(0);
    for (const row of rows) expect(outbox.get(row.id)).toMatchObject({ state: 'pending', attempts: 0 });
  });
});
