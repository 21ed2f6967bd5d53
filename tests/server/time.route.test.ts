import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newTimeNonce, verifySignedTime } from '../../src-protocol/signed-time.crypto.js';
import { startHarness, type Harness } from './server-harness.js';

describe('GET /v1/time', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('signs its time over the nonce with the key kiosks pin at enrollment, without a token', async () => {
    const { catalogPublicKey } = await h.enroll();
    const nonce = newTimeNonce();
    const answer = await h.app.inject({ method: 'GET', url: `/v1/time?nonce=${nonce}` });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    const body: unknown = answer.json();
    expect(body).toMatchObject({ nonce, time: h.clock.now.toISOString() });
    expect(verifySignedTime(body, nonce, catalogPublicKey)).toEqual({
      ok: true,
      timeMs: h.clock.now.getTime(),
    });
    // The same answer is no proof for another nonce.
    expect(verifySignedTime(body, newTimeNonce(), catalogPublicKey)).toEqual({ ok: false, reason: 'nonce' });
  });

  it('refuses a missing or malformed nonce', async () => {
    for (const url of ['/v1/time', '/v1/time?nonce=short', `/v1/time?nonce=${'a'.repeat(65)}`]) {
      const answer = await h.app.inject({ method: 'GET', url });
      expect(answer.statusCode).toBe(400);
    }
  });
});
