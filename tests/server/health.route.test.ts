import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogV1, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(kind);
  });
  afterEach(() => h.close());

  describe('GET /healthz', () => {
    it('answers 200 without a token while the database answers', async () => {
      const before = await h.app.inject({ method: 'GET', url: '/healthz' });
      expect(before.statusCode).toBe(200);
      expect(before.json()).toEqual({ ok: true, catalogVersion: 0 });
      await h.publish(catalogV1());
      expect((await h.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({
        ok: true,
        catalogVersion: 1,
      });
    });

    it('answers 503 once the database is gone', async () => {
      await h.store.close();
      const res = await h.app.inject({ method: 'GET', url: '/healthz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ ok: false });
      // The harness closes the store again: give it a fresh one to close.
      h.store.close = () => Promise.resolve();
    });
  });
});
