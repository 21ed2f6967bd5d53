/**
 * Staff passwords: scrypt (N = 2^15, r = 8, p = 1, 16-byte salt, 32-byte key), stored as
 * `scrypt$N$r$p$salt$key` (base64url), compared in constant time. A generated password is 12 characters
 * of an alphabet without look-alikes.
 *
 * One scrypt takes about 250 ms and 32 MB on one of libuv's 4 threads, which the rest of the server needs
 * too: at most SCRYPT_SLOTS run at once in this process, SCRYPT_QUEUE more wait for a slot, and any
 * further one is refused at once with PasswordsBusyError (the login answers 503 with Retry-After).
 */
import crypto from 'node:crypto';
import { WorkSlots } from '../core/work-slots.js';

export const SCRYPT_SLOTS = 2;
export const SCRYPT_QUEUE = 8;

/** Every scrypt slot taken and the queue full: try again in a moment. */
export class PasswordsBusyError extends Error {
  constructor() {
    super('password checks busy');
    this.name = 'PasswordsBusyError';
  }
}

const scryptSlots = new WorkSlots(SCRYPT_SLOTS, SCRYPT_QUEUE, () => new PasswordsBusyError());

const scrypt = (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
): Promise<Buffer> =>
  scryptSlots.run(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        crypto.scrypt(password, salt, keylen, options, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );

const N = 32_768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
/** scrypt needs 128 · N · r bytes; Node's default cap (32 MB) is exactly that, so raise it a little. */
const MAXMEM = 64 * 1024 * 1024;

export const MIN_PASSWORD_LENGTH = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAXMEM });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

export function generatePassword(length = 12): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return out;
}
