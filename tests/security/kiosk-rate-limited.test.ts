/**
 * The district server's 429 + Retry-After, as the citizen meets it: through a real loopback server behind
 * the fault proxy answering 429, a progress query and the booking screens say calmly how long to wait and
 * what else to do — not "no such case", not "the network is down".
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src-main/contract/result.js';
import { startSyncRig, type SyncRig } from '../integration/sync-rig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const TOO_MANY = JSON.stringify({ error: { code: 'RATE_LIMITED', message: '请求过于频繁' } });

function failure(result: Result<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('429 from the district server', () => {
  it('progress, slots, booking and cancelling answer LOCKED with the wait the server named', async () => {
    rig = await startSyncRig();
    rig.district.clock.now = new Date();
    await rig.provision({ start: false });
    await rig.kiosk.dispatch('session.activity', {});
    rig.proxy.setMode({ kind: 'http', status: 429, body: TOO_MANY, headers: { 'Retry-After': '120' } });

    const query = failure(
      await rig.kiosk.dispatch('progress.query', { number: 'ZCKL01209901010001', idLast4: '1234' }),
    );
    expect(query).toMatchObject({ code: 'LOCKED' });
    expect(query.message).toBe('现在查询的人较多，请 2 分钟后再试，也可以到窗口咨询。');

    const slots = failure(await rig.kiosk.dispatch('appointment.slots', { itemId: 'pension-enroll' }));
    expect(slots.code).toBe('LOCKED');
    expect(slots.message).toContain('请 2 分钟后再试');
    expect(slots.message).toContain(rig.kiosk.config.get().hallPhone);

    rig.proxy.setMode({ kind: 'http', status: 429, body: TOO_MANY, headers: { 'Retry-After': '30' } });
    const cancel = failure(
      await rig.kiosk.dispatch('appointment.cancel', {
        appointmentNumber: 'YY202612070001',
        idLast4: '1234',
      }),
    );
    expect(cancel.code).toBe('LOCKED');
    expect(cancel.message).toContain('请 30 秒后再试');
    // A 429 is an answer: the kiosk does not call itself offline.
    expect(rig.kiosk.sync.status().online).toBe(true);
  });
});
