/**
 * Retention on the district server: RETENTION_DAYS after an appointment's slot, `retention run` (which
 * `serve` also runs every few hours) blanks its holder's name, ID number and phone; the booking, its number
 * and the slot's counts stay; newer appointments keep their holder. Real SQLite and PostgreSQL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src-server/cli/cli.js';
import { RETENTION_DAYS } from '../../src-server/core/retention.js';
import { HALL, startHarness, STORE_KINDS, type Harness } from '../server/server-harness.js';
import { book, CITIZEN, openSlot } from './server-halls.js';

interface Holder {
  number: string;
  name: string;
  id_number: string;
  phone: string;
}

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z'); // Wednesday
    token = (await h.enroll()).deviceToken;
    await openSlot(h);
  });
  afterEach(() => h.close());

  const retention = async (now: Date): Promise<{ code: number; out: string }> => {
    let out = '';
    const code = await runCli(['retention', 'run', '--db', h.db], {
      io: { out: (s) => (out += s), err: (s) => (out += s) },
      now: () => now,
    });
    return { code, out };
  };

  it(`forgets an appointment's holder ${RETENTION_DAYS} days after its slot, and keeps the booking`, async () => {
    const old = await book(h.app, token); // slot Thursday 2026-11-26
    // A month later, a booking for the next Thursday.
    h.clock.now = new Date('2026-12-30T02:00:00.000Z'); // Wednesday
    const recent = await book(h.app, token, '2026-12-31');

    // Not yet: the slot is less than RETENTION_DAYS ago on 2026-12-26.
    expect((await retention(new Date('2026-12-26T02:00:00.000Z'))).code).toBe(0);
    const holders = () =>
      h.rows<Holder>('SELECT number, name, id_number, phone FROM appointments ORDER BY number');
    expect((await holders()).every((r) => r.id_number === CITIZEN.idNumber)).toBe(true);

    const run = await retention(h.clock.now);
    expect(run.code).toBe(0);
    expect(run.out).toContain('holders forgotten: 1');
    expect(await holders()).toEqual([
      { number: old, name: '', id_number: '', phone: '' },
      { number: recent, name: CITIZEN.name, id_number: CITIZEN.idNumber, phone: '13805331234' },
    ]);
    expect(await h.store.bookedCounts(HALL.code, '2026-11-26', '2026-11-26')).toEqual([
      { date: '2026-11-26', time: '09:00', booked: 1 },
    ]);
    // Running again changes nothing.
    expect((await retention(h.clock.now)).out).toContain('holders forgotten: 0');
  });
});
