/** The server's Ed25519 catalog-signing key pair, generated once and kept in the database. */
import crypto from 'node:crypto';
import type { DistrictStore, SigningKeyPair } from '../store/district.store.js';

export function generateSigningKeyPair(): SigningKeyPair {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** The stored key pair, created on first use. */
export function loadSigningKey(store: DistrictStore, now: Date): Promise<SigningKeyPair> {
  return store.ensureSigningKey(generateSigningKeyPair, now.toISOString());
}
