import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrollAnswerSchema } from '../../src-main/district/protocol.types.js';
import { sha256Hex } from '../../src-server/core/tokens.js';
import { HALL, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(kind);
  });
  afterEach(() => h.close());

  const post = (payload: unknown) =>
    h.app.inject({ method: 'POST', url: '/v1/enroll', payload: payload as object });

  describe('POST /v1/enroll', () => {
    it('trades a one-time code for a device id, a 256-bit token, the hall and the catalog key', async () => {
      const code = await h.issueCode();
      const res = await post({ code, info: { appVersion: '0.1.0', hostname: 'kiosk-1' } });
      expect(res.statusCode).toBe(201);
      const answer = enrollAnswerSchema.parse(res.json());
      expect(answer.hall).toEqual(HALL);
      expect(Buffer.from(answer.deviceToken, 'base64url')).toHaveLength(32);
      expect(answer.catalogPublicKey).toContain('BEGIN PUBLIC KEY');
      expect(answer.catalogPublicKey).not.toContain('PRIVATE');
    });

    it('stores only the sha256 of the token', async () => {
      const answer = await h.enroll();
      const [row] = await h.rows<{ token_hash: string }>(
        'SELECT token_hash FROM devices WHERE id = ?',
        answer.deviceId,
      );
      expect(row?.token_hash).toBe(sha256Hex(answer.deviceToken));
      const dump = await h.dump();
      expect(dump).toContain(sha256Hex(answer.deviceToken));
      expect(dump).not.toContain(answer.deviceToken);
    });

    it('accepts the code in lower case with a dash', async () => {
      const code = await h.issueCode();
      const res = await post({
        code: `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`,
        info: { appVersion: '1' },
      });
      expect(res.statusCode).toBe(201);
    });

    it('refuses a code used twice, an unknown one and an expired one with 403 and a reason', async () => {
      const code = await h.issueCode();
      expect((await post({ code, info: { appVersion: '1' } })).statusCode).toBe(201);
      const again = await post({ code, info: { appVersion: '1' } });
      expect(again.statusCode).toBe(403);
      expect(again.json()).toMatchObject({ error: { code: 'CODE_USED', field: 'code' } });
      expect(again.json().error.message).toMatch(/已被使用/);

      const unknown = await post({ code: 'ZZZZZZZZ', info: { appVersion: '1' } });
      expect(unknown.statusCode).toBe(403);
      expect(unknown.json().error.code).toBe('CODE_UNKNOWN');

      const late = await h.issueCode();
      h.clock.now = new Date(h.clock.now.getTime() + 7 * 86_400_000 + 1);
      const expired = await post({ code: late, info: { appVersion: '1' } });
      expect(expired.statusCode).toBe(403);
      expect(expired.json().error.code).toBe('CODE_EXPIRED');
    });

    it('answers malformed requests with 400 INVALID naming the field, in Chinese', async () => {
      const res = await post({ code: 'ABCDEFGH' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'INVALID', field: 'info' } });
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);

      const notJson = await h.app.inject({
        method: 'POST',
        url: '/v1/enroll',
        headers: { 'content-type': 'application/json' },
        payload: '{not json',
      });
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().error.code).toBe('INVALID');
    });

    it('hands every device the same pinned key, kept across restarts of the app', async () => {
      const first = await h.enroll();
      const second = await h.enroll();
      expect(second.catalogPublicKey).toBe(first.catalogPublicKey);
      expect(second.deviceId).not.toBe(first.deviceId);
      expect(second.deviceToken).not.toBe(first.deviceToken);
    });
  });
});
