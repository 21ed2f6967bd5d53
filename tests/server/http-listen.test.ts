import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OfflineError, UnauthorizedError } from '../../src-main/contract/errors.js';
import { applyCatalogDelta, checkCatalog } from '../../src-main/district/catalog-signature.js';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { runCli } from '../../src-server/cli/cli.js';
import { catalogV1, catalogV2, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let baseUrl: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    baseUrl = await h.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(() => h.close());

  describe('the district server over real HTTP with the kiosk client', () => {
    it('enroll → catalog sync and delta → 20 concurrent repeats → cases → heartbeat → revoke', async () => {
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const code = await h.issueCode();
      const enrolled = await new DistrictClient({ baseUrl }).enroll(code, { appVersion: '0.1.0' });
      const client = new DistrictClient({ baseUrl, token: enrolled.deviceToken, timeoutMs: 5000 });

      await h.publish(catalogV1());
      const full = await client.catalogSync({ limit: 7 });
      let items = applyCatalogDelta([], full);
      expect(checkCatalog({ ...full, publicKey: enrolled.catalogPublicKey, items }).ok).toBe(true);
      await h.publish(catalogV2().catalog);
      const delta = await client.catalogSync({ since: full.manifest.version, limit: 1 });
      items = applyCatalogDelta(items, delta);
      expect(checkCatalog({ ...delta, publicKey: enrolled.catalogPublicKey, items }).ok).toBe(true);

      const request = {
        idempotencyKey: 'http-concurrent-1',
        kind: 'rating' as const,
        payload: { target: { hallVisit: true }, level: 5, reasons: [] },
      };
      const answers = await Promise.all(Array.from({ length: 20 }, () => client.submit(request)));
      expect(new Set(answers.map((a) => a.caseNumber)).size).toBe(1);
      expect(await h.count('submissions')).toBe(1);

      const caseNumber = answers[0]?.caseNumber ?? '';
      expect(await client.cases([caseNumber])).toMatchObject([{ caseNumber, status: '已提交' }]);
      const hb = await client.heartbeat({
        appVersion: '0.1.0',
        health: {},
        outboxDepth: 0,
        catalogVersion: 2,
      });
      expect(hb.catalogVersion).toBe(2);

      const io = { out: () => undefined, err: () => undefined };
      expect(await runCli(['device', 'revoke', enrolled.deviceId, '--db', h.db], { io })).toBe(0);
      await expect(
        client.heartbeat({ appVersion: '0.1.0', health: {}, outboxDepth: 0, catalogVersion: 2 }),
      ).rejects.toBeInstanceOf(UnauthorizedError);
    });

    it('a stopped server is an OfflineError for the client', async () => {
      const { deviceToken } = await h.enroll();
      await h.app.close();
      await expect(
        new DistrictClient({ baseUrl, token: deviceToken }).cases(['ZC20261125000001']),
      ).rejects.toBeInstanceOf(OfflineError);
    });
  });
});
