/**
 * A rating whose target is not a case or appointment of the rating kiosk's own hall — another hall's by its
 * full number, a wrong check part, an unknown number — is a guess of a check part: it counts against the
 * lookups' limits (per device, and per number without its check part from all devices together) and over
 * them it is refused with 429 RATE_LIMITED, the right check part too. So a stolen kiosk token cannot find a
 * case's check part in batches and take the citizen's one rating. A real server on loopback, on a real
 * SQLite file and on PostgreSQL, sent batches as a kiosk sends them; and the kiosk's real outbox keeps a
 * rating refused that way for a later try.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { OutboxSender } from '../../src-main/services/sync/outbox-sender.js';
import { openDatabase } from '../../src-main/store/database.js';
import { fileDeviceKey } from '../../src-main/store/device-key.js';
import { OutboxRepository } from '../../src-main/store/outbox.repository.js';
import { MAX_BATCH_SUBMISSIONS, submissionBatchAnswerSchema } from '../../src-protocol/index.js';
import { baseNumber, CHECK_ALPHABET } from '../../src-server/core/case-number.js';
import { DEFAULT_RATE_LIMITS, RATE_LIMITED_MESSAGE } from '../../src-server/routes/rate-limits.js';
import { ratingPayload } from '../helpers/outbox-payloads.js';
import { tempDir } from '../helpers/temp-dir.js';
import { startHarness, STORE_KINDS, type Harness } from '../server/server-harness.js';
import {
  book,
  CITIZEN,
  enrollAnotherInOtherHall,
  enrollInOtherHall,
  openSlot,
  OTHER_HALL,
} from './server-halls.js';

const { guesses, target } = DEFAULT_RATE_LIMITS;
const RATE_LIMITED = { code: 'RATE_LIMITED', message: RATE_LIMITED_MESSAGE };

let key = 0;
const nextKey = (): string => `guess-key-${String(++key).padStart(6, '0')}`;

/** A rating item as a kiosk sends it; a 差评 by default, as in the attack (it files a follow-up). */
const rating = (ratingTarget: object, level = 1) => ({
  idempotencyKey: nextKey(),
  kind: 'rating',
  payload: { target: ratingTarget, level, reasons: level <= 2 ? ['服务态度'] : [] },
});

/** `n` check parts other than the number's own, in order. */
function wrongChecks(number: string, n: number): string[] {
  const right = number.slice(-4);
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    let part = '';
    for (let j = 0, v = i; j < 4; j++, v = Math.floor(v / CHECK_ALPHABET.length))
      part += CHECK_ALPHABET[v % CHECK_ALPHABET.length];
    if (part !== right) out.push(part);
  }
  return out;
}

/** How many items got each status (201 created, 200 repeat, else the refusal's). */
function tally(results: { ok: boolean; created?: boolean; status?: number }[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const r of results) {
    const status = r.ok ? (r.created ? 201 : 200) : (r.status ?? 0);
    out[status] = (out[status] ?? 0) + 1;
  }
  return out;
}

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let baseUrl: string;
  /** A kiosk of HALL (ZCKL01), where the citizen declared. */
  let own: string;
  /** A kiosk of OTHER_HALL (ZCKL02): the stolen token. */
  let other: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z');
    own = (await h.enroll()).deviceToken;
    other = await enrollInOtherHall(h);
    baseUrl = await h.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(() => h.close());

  const send = async (token: string, route: string, body: object) => {
    const res = await fetch(`${baseUrl}${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as unknown,
    };
  };
  const batch = async (token: string, submissions: object[]) => {
    const res = await send(token, '/v1/submissions/batch', { submissions });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return submissionBatchAnswerSchema.parse(res.body).results;
  };
  /** A declaration of CITIZEN at the kiosk of `token`; its case number. */
  const declare = async (token: string): Promise<string> => {
    const res = await send(token, '/v1/submissions', {
      idempotencyKey: nextKey(),
      kind: 'declaration',
      payload: { itemName: '临时救助', applicant: { name: CITIZEN.name, idNumber: CITIZEN.idNumber } },
    });
    expect(res.status).toBe(201);
    return (res.body as { caseNumber: string }).caseNumber;
  };
  const ratingsOf = (caseNumber: string) => h.rows('SELECT 1 FROM ratings WHERE target_case = ?', caseNumber);

  it('another hall’s kiosk guessing a case’s check part in batches gets `target` answers, then refusals; the right check part is refused too; the case’s own hall still rates it', async () => {
    const caseNumber = await declare(own);
    const base = baseNumber(caseNumber);
    const guessed = wrongChecks(caseNumber, 2 * MAX_BATCH_SUBMISSIONS).map((c) =>
      rating({ caseNumber: base + c }),
    );
    const results = [
      ...(await batch(other, guessed.slice(0, MAX_BATCH_SUBMISSIONS))),
      ...(await batch(other, guessed.slice(MAX_BATCH_SUBMISSIONS))),
    ];
    expect(tally(results)).toEqual({ 404: target.max, 429: guessed.length - target.max });
    for (const r of results) if (!r.ok && r.status === 429) expect(r.error).toEqual(RATE_LIMITED);

    // The right check part now: refused like a wrong one, in a batch, and from a fresh kiosk of that hall
    // (another stolen token) in a single POST.
    const [right] = await batch(other, [rating({ caseNumber })]);
    expect(right).toEqual({ ok: false, status: 429, error: RATE_LIMITED });
    const fresh = await send(await enrollAnotherInOtherHall(h), '/v1/submissions', rating({ caseNumber }));
    expect(fresh.status).toBe(429);
    expect(fresh.body).toEqual({ error: RATE_LIMITED });
    expect(Number(fresh.retryAfter)).toBeGreaterThan(0);
    expect(await ratingsOf(caseNumber)).toEqual([]);
    expect(await h.count('followups')).toBe(0);

    // The citizen at a kiosk of the hall that took the case in is not held up by the guesses.
    const mine = await send(own, '/v1/submissions', rating({ caseNumber }, 5));
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    expect(await ratingsOf(caseNumber)).toHaveLength(1);
  });

  it('a kiosk takes at most `guesses` ratings of numbers that are not its hall’s in its window, over many numbers; its own hall’s ratings go on', async () => {
    const theirs = await declare(other);
    // One guess on each of 100 numbers (of a day with no case), so no number's own limit is reached.
    const guessed = Array.from({ length: MAX_BATCH_SUBMISSIONS }, (_, i) =>
      rating({ caseNumber: `ZC20261124${String(i + 1).padStart(6, '0')}KQMP` }),
    );
    const results = await batch(other, guessed);
    expect(tally(results)).toEqual({ 404: guesses.max, 429: guessed.length - guesses.max });
    // Its own hall's case is no guess: rated as before.
    const [mine] = await batch(other, [rating({ caseNumber: theirs })]);
    expect(mine).toMatchObject({ ok: true, created: true });
  });

  it('appointment numbers likewise: another hall’s kiosk gets `target` answers on one appointment, then refusals', async () => {
    await openSlot(h);
    const appointmentNumber = await book(h.app, own);
    const base = baseNumber(appointmentNumber);
    const guessed = wrongChecks(appointmentNumber, MAX_BATCH_SUBMISSIONS).map((c) =>
      rating({ appointmentNumber: base + c }),
    );
    expect(tally(await batch(other, guessed))).toEqual({ 404: target.max, 429: guessed.length - target.max });
    const [right] = await batch(other, [rating({ appointmentNumber })]);
    expect(right).toEqual({ ok: false, status: 429, error: RATE_LIMITED });
    expect((await send(own, '/v1/submissions', rating({ appointmentNumber }, 5))).status).toBe(201);
  });

  it('within the limits, a wrong check part answers exactly like an unknown number or another hall’s number without its check part', async () => {
    const caseNumber = await declare(own);
    const base = baseNumber(caseNumber);
    const [wrong, unknown, bare] = await batch(other, [
      rating({ caseNumber: base + wrongChecks(caseNumber, 1)[0]! }),
      rating({ caseNumber: 'ZC20261124000001KQMP' }),
      rating({ caseNumber: base }),
    ]);
    expect(wrong).toEqual({
      ok: false,
      status: 404,
      error: { code: 'NOT_FOUND', message: expect.any(String), field: 'payload.target.caseNumber' },
    });
    expect(unknown).toEqual(wrong);
    expect(bare).toEqual(wrong);
  });

  it('a kiosk’s rating of another hall’s case refused as rate limited stays in its outbox for a later try', async () => {
    const caseNumber = await declare(own);
    // A stolen token of the same hall uses up the number's limit.
    const thief = await enrollAnotherInOtherHall(h);
    const base = baseNumber(caseNumber);
    await batch(
      thief,
      wrongChecks(caseNumber, target.max).map((c) => rating({ caseNumber: base + c })),
    );

    // The honest kiosk of that hall holds the citizen's rating (the case looked up there by its full number).
    const t = tempDir('rating-guesses-kiosk');
    const db = openDatabase(path.join(t.dir, 'kiosk.db'));
    try {
      const outbox = new OutboxRepository(db, fileDeviceKey(t.dir), () => OTHER_HALL.code);
      const row = outbox.enqueue({
        kind: 'rating',
        payload: ratingPayload({ target: { caseNumber }, level: 5 }),
        summary: {},
      });
      const client = new DistrictClient({ baseUrl, token: other, timeoutMs: 5000 });
      const result = await new OutboxSender({ outbox, log: silentLogger() }).drain(client);
      expect(result).toMatchObject({ attempted: 1, sent: 0, retried: 1, dead: 0, unauthorized: false });
      expect(outbox.get(row.id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        lastError: expect.stringMatching(/429 RATE_LIMITED/),
      });
      expect(await ratingsOf(caseNumber)).toEqual([]);
    } finally {
      db.close();
      t.remove();
    }
  });
});
