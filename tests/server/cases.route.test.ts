import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DistrictClient } from '../../src-main/district/district.client.js';
import { RejectedError } from '../../src-main/district/district.errors.js';
import { runCli } from '../../src-server/cli/cli.js';
import { bearer, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let client: DistrictClient;
  let token: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    token = (await h.enroll()).deviceToken;
    client = h.client(token);
  });
  afterEach(() => h.close());

  async function setStatus(...args: string[]): Promise<{ code: number; out: string[] }> {
    const out: string[] = [];
    const code = await runCli(['case', 'set', ...args, '--db', h.db], {
      io: { out: (s) => out.push(s), err: (s) => out.push(s) },
      now: () => h.clock.now,
    });
    return { code, out };
  }

  describe('GET /v1/cases', () => {
    it('returns status and history of the device own cases, leaving out unknown numbers', async () => {
      const { caseNumber } = await client.submit({
        idempotencyKey: 'case-key-001',
        kind: 'declaration',
        payload: {},
      });
      h.clock.now = new Date('2026-11-26T01:00:00.000Z');
      expect((await setStatus(caseNumber, '已受理')).code).toBe(0);
      h.clock.now = new Date('2026-11-27T01:00:00.000Z');
      expect((await setStatus(caseNumber, '不予受理', '--note', '材料不齐，请到窗口补交')).code).toBe(0);

      const cases = await client.cases([caseNumber, 'ZC20990101000001']);
      expect(cases).toEqual([
        {
          caseNumber,
          status: '不予受理',
          history: [
            { status: '已提交', at: '2026-11-25T02:00:00.000Z' },
            { status: '已受理', at: '2026-11-26T01:00:00.000Z' },
            { status: '不予受理', at: '2026-11-27T01:00:00.000Z', note: '材料不齐，请到窗口补交' },
          ],
        },
      ]);
    });

    it('never shows another device its cases', async () => {
      const { caseNumber } = await client.submit({
        idempotencyKey: 'case-key-002',
        kind: 'declaration',
        payload: {},
      });
      const other = h.client((await h.enroll()).deviceToken);
      expect(await other.cases([caseNumber])).toEqual([]);
      expect(await client.cases([caseNumber])).toHaveLength(1);
    });

    it('asks in batches of 100 and not at all for an empty list', async () => {
      expect(await client.cases([])).toEqual([]);
      const numbers = Array.from({ length: 150 }, (_, i) => `ZC20261125${String(i).padStart(6, '0')}`);
      expect(await client.cases(numbers)).toEqual([]);
    });

    it.each([
      '',
      'numbers=',
      'numbers=abc',
      'numbers=ZC1,x y',
      `numbers=${Array(101).fill('ZC20261125000001').join(',')}`,
    ])('answers 400 for the query %s', async (query) => {
      const res = await h.app.inject({ method: 'GET', url: `/v1/cases?${query}`, headers: bearer(token) });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: { code: 'INVALID', field: expect.stringMatching(/^numbers/) },
      });
    });

    it('case set refuses an unknown case (1) and an unknown status (2)', async () => {
      expect((await setStatus('ZC20261125999999', '已受理')).code).toBe(1);
      const { caseNumber } = await client.submit({
        idempotencyKey: 'case-key-003',
        kind: 'declaration',
        payload: {},
      });
      const bad = await setStatus(caseNumber, '已完成');
      expect(bad.code).toBe(2);
      expect(bad.out.join('\n')).toMatch(/状态应为/);
      await expect(client.cases([caseNumber])).resolves.toMatchObject([{ status: '已提交' }]);
    });

    it('the client maps a malformed number to RejectedError', async () => {
      await expect(client.cases(['bad number'])).rejects.toBeInstanceOf(RejectedError);
    });
  });
});
