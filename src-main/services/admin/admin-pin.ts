/**
 * The hall admin's 6-digit PIN, kept in the settings table as a scrypt hash with its own random salt
 * (never the PIN itself). A kiosk on which no PIN was ever set accepts the default PIN 123456 only in
 * demo mode; a hall install sets its PIN in the first-run wizard.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { InputError } from '../../contract/errors.js';
import type { SettingsRepository } from '../../store/settings.repository.js';

export const ADMIN_PIN_KEY = 'admin.pin';
/** The one-time code `kiosk provision` prints for the first admin entry of a provisioned kiosk. */
export const ADMIN_CODE_KEY = 'admin.oneTimeCode';
/** The demo kiosk's PIN until one is set (the admin screen asks to change it). */
export const DEFAULT_PIN = '123456';

const KEY_BYTES = 32;
/** scrypt cost: N = 2^14, r = 8, p = 1 (16 MiB, tens of ms): fine for a PIN typed by hand. */
const PARAMS = { N: 16_384, r: 8, p: 1 } as const;

const storedSchema = z.object({
  v: z.literal(1),
  salt: z.string().min(16),
  hash: z.string().min(16),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  setAt: z.string(),
});

function derive(pin: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_BYTES, { ...params, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** A PIN an admin may choose: six digits, not the default, not one digit six times. */
export function checkNewPin(pin: string, field = 'next'): void {
  if (!/^\d{6}$/.test(pin)) throw new InputError('pin format', field, '密码应为 6 位数字。');
  if (pin === DEFAULT_PIN) throw new InputError('default pin', field, '新密码不能是默认密码 123456。');
  if (/^(\d)\1{5}$/.test(pin))
    throw new InputError('trivial pin', field, '新密码不能是同一个数字重复 6 次。');
}

export class AdminPin {
  /** `key`: the settings row (the PIN, or the one-time code, which is kept the same way). */
  constructor(
    private readonly settings: SettingsRepository,
    private readonly key = ADMIN_PIN_KEY,
  ) {}

  isSet(): boolean {
    return storedSchema.safeParse(this.settings.get(this.key)).success;
  }

  /** Forgets the stored secret (the one-time code once the hall's PIN is set). */
  clear(): void {
    this.settings.set(this.key, null);
  }

  async set(pin: string, field = 'next', now = new Date()): Promise<void> {
    checkNewPin(pin, field);
    const salt = randomBytes(16);
    const hash = await derive(pin, salt, PARAMS);
    this.settings.set(this.key, {
      v: 1,
      salt: salt.toString('base64'),
      hash: hash.toString('base64'),
      ...PARAMS,
      setAt: now.toISOString(),
    });
  }

  /** Whether `pin` is the stored PIN (false when none is stored). Constant-time comparison. */
  async verify(pin: string): Promise<boolean> {
    const parsed = storedSchema.safeParse(this.settings.get(this.key));
    if (!parsed.success) return false;
    const { salt, hash, N, r, p } = parsed.data;
    const expected = Buffer.from(hash, 'base64');
    const actual = await derive(pin, Buffer.from(salt, 'base64'), { N, r, p });
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}

/** Constant-time comparison of two short strings (the default PIN). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Makes and stores a new one-time admin code (six random digits a PIN may be) and returns it: the only
 * place it exists in clear is the technician's terminal.
 */
export async function issueAdminCode(settings: SettingsRepository): Promise<string> {
  for (;;) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    try {
      checkNewPin(code);
    } catch {
      continue;
    }
    await new AdminPin(settings, ADMIN_CODE_KEY).set(code);
    return code;
  }
}
