import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newTimeNonce, signTime, verifySignedTime } from '../../../src-protocol/signed-time.crypto.js';

const pair = (): { pub: string; priv: string } => {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    pub: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    priv: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
};

describe('signed district time', () => {
  const key = pair();
  const nonce = newTimeNonce();
  const time = '2026-12-06T10:00:00.000Z';

  it('takes an answer signed with the pinned key over its own nonce', () => {
    expect(verifySignedTime(signTime(nonce, time, key.priv), nonce, key.pub)).toEqual({
      ok: true,
      timeMs: Date.parse(time),
    });
  });

  it('refuses another key, another nonce, a changed time and garbage', () => {
    expect(verifySignedTime(signTime(nonce, time, pair().priv), nonce, key.pub)).toEqual({
      ok: false,
      reason: 'signature',
    });
    const other = newTimeNonce();
    expect(verifySignedTime(signTime(other, time, key.priv), nonce, key.pub)).toEqual({
      ok: false,
      reason: 'nonce',
    });
    const changed = { ...signTime(nonce, time, key.priv), time: '2029-12-06T10:00:00.000Z' };
    expect(verifySignedTime(changed, nonce, key.pub)).toEqual({ ok: false, reason: 'signature' });
    expect(verifySignedTime({ nonce, time }, nonce, key.pub)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifySignedTime('x', nonce, key.pub)).toEqual({ ok: false, reason: 'malformed' });
  });
});
