/**
 * Encryption at rest for personal data: AES-256-GCM with the device key. Layout of a sealed
 * value: version byte 1, 12-byte IV, 16-byte tag, ciphertext.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { StoreCorruptError } from '../contract/errors.js';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const DEVICE_KEY_BYTES = 32;

export function seal(plaintext: Buffer, key: Buffer): Buffer {
  if (key.length !== DEVICE_KEY_BYTES) throw new Error('device key must be 32 bytes');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function open(sealed: Buffer, key: Buffer): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION)
    throw new StoreCorruptError('sealed value has an unknown layout');
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new StoreCorruptError('sealed value failed authentication');
  }
}

export function sealJson(value: unknown, key: Buffer): Buffer {
  return seal(Buffer.from(JSON.stringify(value), 'utf8'), key);
}

export function openJson(sealed: Buffer, key: Buffer): unknown {
  return JSON.parse(open(sealed, key).toString('utf8')) as unknown;
}
