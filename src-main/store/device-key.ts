/**
 * The device key that seals personal data at rest. The Electron shell keeps it with safeStorage;
 * the web shell (and the CLI) keep it in a 0600 file in the data folder. Either way the core
 * only sees `() => Buffer`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEVICE_KEY_BYTES } from './sealed-box.js';

export type DeviceKeyProvider = () => Buffer;

export const KEY_FILE = 'device.key';

/** Reads the key file, creating it (mode 0600) on first use. */
export function fileDeviceKey(dataDir: string): DeviceKeyProvider {
  const file = path.join(dataDir, KEY_FILE);
  let key: Buffer | undefined;
  return () => {
    if (key) return key;
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(file, randomBytes(DEVICE_KEY_BYTES).toString('base64') + '\n', {
        mode: 0o600,
        flag: 'wx',
      });
    }
    const read = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (read.length !== DEVICE_KEY_BYTES) throw new Error(`${KEY_FILE} does not hold a 256-bit key`);
    key = read;
    return key;
  };
}

/** An OS key store that wraps the device key (Electron's safeStorage: DPAPI on Windows, libsecret on Linux). */
export interface KeyWrapper {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export const WRAPPED_KEY_FILE = 'device.key.enc';

/**
 * The device key kept wrapped by the OS key store; falls back to the 0600 key file where the store
 * is unavailable (e.g. a Linux kiosk without a keyring).
 */
export function wrappedDeviceKey(dataDir: string, wrapper: KeyWrapper): DeviceKeyProvider {
  const file = path.join(dataDir, WRAPPED_KEY_FILE);
  const fallback = fileDeviceKey(dataDir);
  let key: Buffer | undefined;
  return () => {
    if (key) return key;
    if (!wrapper.isEncryptionAvailable()) return (key = fallback());
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dataDir, { recursive: true });
      const fresh = randomBytes(DEVICE_KEY_BYTES).toString('base64');
      fs.writeFileSync(file, wrapper.encryptString(fresh), { mode: 0o600, flag: 'wx' });
    }
    const read = Buffer.from(wrapper.decryptString(fs.readFileSync(file)), 'base64');
    if (read.length !== DEVICE_KEY_BYTES) throw new Error(`${WRAPPED_KEY_FILE} does not hold a 256-bit key`);
    return (key = read);
  };
}
