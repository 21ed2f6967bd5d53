/**
 * The kiosk's two clocks in the console's case detail, on both stores: a declaration from a kiosk whose
 * PC clock was three years behind, and one that waited a day in a kiosk's outbox, show both clocks; one
 * whose clocks agree with the district's receipt, and one without a stamp, show none.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../src-server/console/console-api.types.js';
import { startConsoleHarness, type ConsoleHarness } from './console-fixture.js';
import { bearer, HALL, STORE_KINDS } from './server-harness.js';

let h: ConsoleHarness;
afterEach(async () => h?.close());

describe.each(STORE_KINDS)('办件 clocks (%s)', (kind) => {
  it('shows both kiosk clocks only when they, or the kiosk time and the receipt, differ by more than 5 minutes', async () => {
    h = await startConsoleHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z');
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const kiosk = await h.kiosk();
    const submit = async (clocks?: { kioskLocal: string; kioskTime: string }): Promise<string> => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/v1/submissions',
        headers: bearer(kiosk.token),
        payload: {
          idempotencyKey: randomUUID(),
          kind: 'declaration',
          payload: { itemName: '城乡居民基本养老保险参保登记', values: {} },
          ...(clocks ? { clocks: { v: 1, ...clocks } } : {}),
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ caseNumber: string }>().caseNumber;
    };
    const pcBehind = await submit({
      kioskLocal: '2023-11-24T02:00:00.000Z',
      kioskTime: '2026-11-25T01:59:30.000Z',
    });
    const waited = await submit({
      kioskLocal: '2026-11-24T02:00:00.000Z',
      kioskTime: '2026-11-24T02:00:00.000Z',
    });
    const onTime = await submit({
      kioskLocal: '2026-11-25T01:57:00.000Z',
      kioskTime: '2026-11-25T01:59:00.000Z',
    });
    const unstamped = await submit();

    const staff = await h.login('zhanzhang');
    const clocksOf = async (number: string): Promise<CaseDetail['clocks']> =>
      (await staff.get(`/console/api/cases/${number}`)).json<{ case: CaseDetail }>().case.clocks;
    expect(await clocksOf(pcBehind)).toEqual({
      kioskLocal: '2023-11-24T02:00:00.000Z',
      kioskTime: '2026-11-25T01:59:30.000Z',
    });
    expect(await clocksOf(waited)).toEqual({
      kioskLocal: '2026-11-24T02:00:00.000Z',
      kioskTime: '2026-11-24T02:00:00.000Z',
    });
    expect(await clocksOf(onTime)).toBeNull();
    expect(await clocksOf(unstamped)).toBeNull();
  });
});
