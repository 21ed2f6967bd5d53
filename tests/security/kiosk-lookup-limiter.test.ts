/**
 * The ID-digits limiter shared by 进度查询 and cancelling a booking, against the real district server on
 * loopback: looking up one's own case must not forgive the wrong tries made on another number, so a
 * guesser cannot interleave their own case to keep guessing someone else's digits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src-main/contract/result.js';
import { validValues } from '../helpers/declaration-values.js';
import { startSyncRig, type SyncRig } from '../integration/sync-rig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const code = (result: Result<unknown>): string => (result.ok ? 'OK' : result.error.code);

async function ownCase(r: SyncRig): Promise<string> {
  const answer = await r.kiosk.dispatch('declaration.submit', {
    itemId: 'pension-enroll',
    consent: true,
    identityMethod: 'card',
    values: validValues(r.kiosk.catalog),
  });
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return (answer.value as { localNumber: string }).localNumber;
}

describe('ID-digits limiter: a success forgives only its own number', () => {
  it('four wrong tries on another number, one right lookup of my own case: the next wrong try locks', async () => {
    rig = await startSyncRig();
    rig.district.clock.now = new Date();
    await rig.provision({ start: false });
    await rig.kiosk.dispatch('session.activity', {});
    const mine = await ownCase(rig);
    const target = 'ZCKL01209901010001';
    for (const digits of ['1111', '2222', '3333', '4444'])
      expect(code(await rig.kiosk.dispatch('progress.query', { number: target, idLast4: digits }))).toBe(
        'INPUT',
      );
    expect(code(await rig.kiosk.dispatch('progress.query', { number: mine, idLast4: '0029' }))).toBe('OK');
    // The fifth wrong try on the other number: locked, not "four more tries".
    expect(code(await rig.kiosk.dispatch('progress.query', { number: target, idLast4: '5555' }))).toBe(
      'LOCKED',
    );
    expect(
      code(
        await rig.kiosk.dispatch('appointment.cancel', {
          appointmentNumber: 'YY202612070001',
          idLast4: '6666',
        }),
      ),
    ).toBe('LOCKED');
  });

  it('a right lookup still forgives the wrong tries on the same number (a citizen who mistyped)', async () => {
    rig = await startSyncRig();
    rig.district.clock.now = new Date();
    await rig.provision({ start: false });
    await rig.kiosk.dispatch('session.activity', {});
    const mine = await ownCase(rig);
    for (const digits of ['1111', '2222', '3333', '4444'])
      expect(code(await rig.kiosk.dispatch('progress.query', { number: mine, idLast4: digits }))).toBe(
        'INPUT',
      );
    expect(code(await rig.kiosk.dispatch('progress.query', { number: mine, idLast4: '0029' }))).toBe('OK');
    expect(code(await rig.kiosk.dispatch('progress.query', { number: mine, idLast4: '5555' }))).toBe('INPUT');
  });
});
