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
