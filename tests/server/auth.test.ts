import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src-server/cli/cli.js';
import { bearer, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(kind);
  });
  afterEach(() => h.close());

  const ROUTES = [
    { method: 'GET', url: '/v1/catalog' },
    {
      method: 'POST',
      url: '/v1/submissions',
      payload: { idempotencyKey: 'key-00000001', kind: 'declaration', payload: {} },
    },
    { method: 'GET', url: '/v1/cases?numbers=ZC20261125000001' },
    {
      method: 'POST',
      url: '/v1/heartbeat',
      payload: { appVersion: '1', health: {}, outboxDepth: 0, catalogVersion: 0 },
    },
  ] as const;

  describe('device token', () => {
    it.each(ROUTES)('$method $url needs a known token (401 otherwise)', async (route) => {
      const inject = (headers: Record<string, string>) =>
        h.app.inject({
          method: route.method,
          url: route.url,
          headers,
          ...('payload' in route ? { payload: route.payload } : {}),
        });
      for (const headers of [
        {},
        { authorization: 'Basic abc' },
        { authorization: 'Bearer' },
        bearer('x'.repeat(43)),
      ]) {
        const res = await inject(headers);
        expect(res.statusCode, JSON.stringify(headers)).toBe(401);
        expect(res.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
      }
      const { deviceToken } = await h.enroll();
      const ok = await inject(bearer(deviceToken));
      expect([200, 201, 404]).toContain(ok.statusCode); // 404: no catalog published yet
    });

    it('a revoked device gets 401 on every route', async () => {
      const { deviceId, deviceToken } = await h.enroll();
      const before = await h.app.inject({
        method: 'POST',
        url: '/v1/heartbeat',
        headers: bearer(deviceToken),
        payload: { appVersion: '1', health: {}, outboxDepth: 0, catalogVersion: 0 },
      });
      expect(before.statusCode).toBe(200);
      const out: string[] = [];
      const code = await runCli(['device', 'revoke', deviceId, '--db', h.db], {
        io: { out: (s) => out.push(s), err: (s) => out.push(s) },
      });
      expect(code).toBe(0);
      for (const route of ROUTES) {
        const res = await h.app.inject({
          method: route.method,
          url: route.url,
          headers: bearer(deviceToken),
          ...('payload' in route ? { payload: route.payload } : {}),
        });
        expect(res.statusCode, route.url).toBe(401);
      }
    });

    it('an unknown route answers 404 in the protocol shape', async () => {
      const res = await h.app.inject({ method: 'GET', url: '/v2/nothing' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    });
  });
});
