/**
 * One device token no longer reaches the whole district: a kiosk cancels only its hall's appointments, a
 * lookup by ID card answers only cases handed in at the asking hall, a lookup by number answers another
 * hall's case only with the number's check part (printed on the receipt), and numbers cannot be guessed
 * from the ones before them. Real SQLite and PostgreSQL stores behind the Fastify app.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseLookupAnswerSchema } from '../../src-main/district/protocol.types.js';
import { baseNumber } from '../../src-server/core/case-number.js';
import { startHarness, STORE_KINDS, type Harness } from '../server/server-harness.js';
import { book, CITIZEN, declare, enrollInOtherHall, openSlot, post } from './server-halls.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let own: string;
  let other: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z'); // Wednesday 10:00 in China
    own = (await h.enroll()).deviceToken;
    other = await enrollInOtherHall(h);
  });
  afterEach(() => h.close());

  const lookup = async (token: string, body: object) => {
    const res = await post(h.app, '/v1/cases/lookup', token, body);
    expect(res.statusCode, res.body).toBe(200);
    return caseLookupAnswerSchema.parse(res.json()).cases.map((c) => c.caseNumber);
  };

  it('a kiosk of another hall cannot cancel an appointment, even with the right ID digits', async () => {
    await openSlot(h);
    const number = await book(h.app, own);
    const cancel = (token: string) =>
      post(h.app, '/v1/appointments/cancel', token, { appointmentNumber: number, idLast4: CITIZEN.last4 });
    const refused = await cancel(other);
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const [row] = await h.rows<{ cancelled_at: string | null }>(
      'SELECT cancelled_at FROM appointments WHERE number = ?',
      number,
    );
    expect(row?.cancelled_at).toBeNull();
    // The hall's own kiosk still can.
    expect((await cancel(own)).statusCode).toBe(200);
  });

  it('a lookup by ID card answers only the cases handed in at the asking hall', async () => {
    const ownCase = await declare(h.app, own);
    const otherCase = await declare(h.app, other);
    expect(await lookup(own, { idNumber: CITIZEN.idNumber })).toEqual([ownCase]);
    expect(await lookup(other, { idNumber: CITIZEN.idNumber })).toEqual([otherCase]);
  });

  it('a lookup by number answers another hall’s case only with the full number and its check part', async () => {
    const caseNumber = await declare(h.app, own);
    expect(await lookup(other, { caseNumber, idLast4: CITIZEN.last4 })).toEqual([caseNumber]);
    // The sequence alone (what a guess of the next number gives) finds nothing, anywhere.
    const base = baseNumber(caseNumber);
    expect(base).not.toBe(caseNumber);
    expect(await lookup(other, { caseNumber: base, idLast4: CITIZEN.last4 })).toEqual([]);
    expect(await lookup(own, { caseNumber: base, idLast4: CITIZEN.last4 })).toEqual([]);
  });

  it('case and appointment numbers end in a random check part: the next number cannot be derived', async () => {
    await openSlot(h);
    const cases = [await declare(h.app, own), await declare(h.app, own), await declare(h.app, own)];
    const appointments = [await book(h.app, own), await book(h.app, own)];
    expect(cases.map(baseNumber)).toEqual(['ZC20261125000001', 'ZC20261125000002', 'ZC20261125000003']);
    expect(appointments.map(baseNumber)).toEqual(['YY20261125000001', 'YY20261125000002']);
    for (const n of [...cases, ...appointments]) expect(n).toMatch(/^(ZC|YY)\d{14}[A-HJKMNP-Z]{4}$/);
    // 23^4 check parts: three in a row alike would be a bug, not chance (odds about 1 in 8e10).
    expect(new Set(cases.map((n) => n.slice(-4))).size).toBeGreaterThan(1);
  });
});
