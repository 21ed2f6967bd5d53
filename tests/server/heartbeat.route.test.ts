import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src-server/cli/cli.js';
import { bearer, catalogV1, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(kind);
  });
  afterEach(() => h.close());

  describe('POST /v1/heartbeat', () => {
    it('stores the last heartbeat, shown by kiosks list, and answers the current catalog version', async () => {
      const { deviceId, deviceToken } = await h.enroll();
      const client = h.client(deviceToken);
      expect(
        await client.heartbeat({
          appVersion: '0.1.0',
          health: { printer: 'ok' },
          outboxDepth: 3,
          catalogVersion: 0,
        }),
      ).toEqual({
        receivedAt: h.clock.now.toISOString(),
        catalogVersion: 0,
      });
      await h.publish(catalogV1());
      h.clock.now = new Date('2026-11-25T03:00:00.000Z');
      const answer = await client.heartbeat({
        appVersion: '0.1.1',
        health: { printer: 'paper-out' },
        outboxDepth: 7,
        catalogVersion: 1,
      });
      expect(answer.catalogVersion).toBe(1);

      const [row] = await h.rows<{ heartbeat_health: string; heartbeat_outbox_depth: number }>(
        'SELECT heartbeat_health, heartbeat_outbox_depth FROM devices WHERE id = ?',
        deviceId,
      );
      expect(JSON.parse(row?.heartbeat_health ?? '{}')).toEqual({ printer: 'paper-out' });
      expect(row?.heartbeat_outbox_depth).toBe(7);

      const out: string[] = [];
      expect(
        await runCli(['kiosks', 'list', '--db', h.db], {
          io: { out: (s) => out.push(s), err: (s) => out.push(s) },
        }),
      ).toBe(0);
      const line = out.find((l) => l.startsWith(deviceId)) ?? '';
      expect(line.split('\t')).toEqual([
        deviceId,
        'ZCKL01',
        '2026-11-25T03:00:00.000Z',
        '0.1.1',
        '7',
        '1',
        '打印机缺纸，读卡器未知',
        '在用 active',
      ]);
    });

    it.each([
      [{ health: {}, outboxDepth: 0, catalogVersion: 0 }, 'appVersion'],
      [{ appVersion: '1', health: 'ok', outboxDepth: 0, catalogVersion: 0 }, 'health'],
      [{ appVersion: '1', health: {}, outboxDepth: -1, catalogVersion: 0 }, 'outboxDepth'],
      [{ appVersion: '1', health: {}, outboxDepth: 0, catalogVersion: 1.5 }, 'catalogVersion'],
    ])('answers 400 for %j', async (body, field) => {
      const { deviceToken } = await h.enroll();
      const res = await h.app.inject({
        method: 'POST',
        url: '/v1/heartbeat',
        headers: bearer(deviceToken),
        payload: body,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'INVALID', field } });
    });

    it('records nothing for a revoked device and answers 401, before judging its body', async () => {
      const { deviceId, deviceToken } = await h.enroll();
      const beat = (payload: Record<string, unknown>, token = deviceToken) =>
        h.app.inject({ method: 'POST', url: '/v1/heartbeat', headers: bearer(token), payload });
      const good = { appVersion: '0.1.0', health: {}, outboxDepth: 1, catalogVersion: 0 };
      expect((await beat(good)).statusCode).toBe(200);
      await h.store.revokeDevice(deviceId, h.clock.now.toISOString());
      h.clock.now = new Date('2026-11-25T05:00:00.000Z');
      expect((await beat({ ...good, outboxDepth: 9 })).statusCode).toBe(401);
      expect((await beat({ appVersion: 1 })).statusCode).toBe(401);
      expect((await beat({ appVersion: 1 }, 'y'.repeat(43))).statusCode).toBe(401);
      const [row] = await h.rows<{ heartbeat_outbox_depth: number; heartbeat_at: string }>(
        'SELECT heartbeat_outbox_depth, heartbeat_at FROM devices WHERE id = ?',
        deviceId,
      );
      expect(row?.heartbeat_outbox_depth).toBe(1);
      expect(row?.heartbeat_at).not.toBe('2026-11-25T05:00:00.000Z');
    });
  });
});
