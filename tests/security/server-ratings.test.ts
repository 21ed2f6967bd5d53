/**
 * A rating must name a real case or appointment of the rating kiosk's hall, or carry the full number with
 * its check part (printed on the receipt): an unknown number is refused, so no kiosk can use up the one
 * rating of a case that does not exist yet or that it cannot know.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionBatchAnswerSchema } from '../../src-main/district/protocol.types.js';
import { baseNumber } from '../../src-server/core/case-number.js';
import { startHarness, STORE_KINDS, type Harness } from '../server/server-harness.js';
import { book, declare, enrollInOtherHall, openSlot, post, rate } from './server-halls.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let own: string;
  let other: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z');
    own = (await h.enroll()).deviceToken;
    other = await enrollInOtherHall(h);
  });
  afterEach(() => h.close());

  it('refuses a rating of a case or appointment that does not exist (404), and stores nothing', async () => {
    const before = await h.count('ratings');
    for (const target of [
      { caseNumber: 'ZC20261125000001' },
      { caseNumber: 'ZC20261125000001KQMP' },
      { appointmentNumber: 'YY20261125000001' },
    ]) {
      const res = await rate(h.app, own, target);
      expect(res.statusCode, JSON.stringify(target)).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    expect(await h.count('ratings')).toBe(before);
  });

  it('the sequence without its check part is unknown: a guess cannot take the real citizen’s rating', async () => {
    const caseNumber = await declare(h.app, own);
    expect((await rate(h.app, other, { caseNumber: baseNumber(caseNumber) })).statusCode).toBe(404);
    // The citizen's own rating still goes through.
    expect((await rate(h.app, own, { caseNumber })).statusCode).toBe(201);
  });

  it('accepts the hall’s own cases and appointments, and another hall’s case by its full number', async () => {
    await openSlot(h);
    const appointmentNumber = await book(h.app, own);
    expect((await rate(h.app, own, { appointmentNumber })).statusCode).toBe(201);
    const caseNumber = await declare(h.app, own);
    expect((await rate(h.app, other, { caseNumber })).statusCode).toBe(201);
    expect((await rate(h.app, own, { hallVisit: true })).statusCode).toBe(201);
  });

  it('a rating cannot rate a rating', async () => {
    const caseNumber = await declare(h.app, own);
    const rating = (await rate(h.app, own, { caseNumber })).json<{ caseNumber: string }>().caseNumber;
    expect((await rate(h.app, own, { caseNumber: rating })).statusCode).toBe(404);
  });

  it('in a batch, an unknown target refuses that item alone', async () => {
    const caseNumber = await declare(h.app, own);
    const res = await post(h.app, '/v1/submissions/batch', own, {
      submissions: [
        {
          idempotencyKey: 'batch-rating-0001',
          kind: 'rating',
          payload: { target: { caseNumber }, level: 4 },
        },
        {
          idempotencyKey: 'batch-rating-0002',
          kind: 'rating',
          payload: { target: { caseNumber: 'ZC20991231999999' }, level: 4 },
        },
      ],
    });
    const { results } = submissionBatchAnswerSchema.parse(res.json());
    expect(results.map((r) => (r.ok ? 201 : r.status))).toEqual([201, 404]);
  });
});
