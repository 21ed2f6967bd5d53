/**
 * The device key that seals personal data at rest (outbox payloads, the district token). A data folder
 * holds exactly one device key, in one of two formats:
 * - `device.key`: the key in base64, file mode 0600. Written by the web shell and the `kiosk` CLI, which
 *   can read nothing else (they run in plain Node);
 * - `device.key.enc`: the same key wrapped by the OS key store through Electron's safeStorage (DPAPI on
 *   Windows, libsecret/kwallet on Linux). Only the Electron shell can open it.
 * Rules, so that a kiosk provisioned from the CLI works under every shell and no second key is ever made:
 * - a key is created only in a folder that has neither file;
 * - the Electron shell adopts a `device.key` it finds (written by `kiosk provision` or the web shell): it
 *   wraps that same key into `device.key.enc`, checks it opens, and only then removes `device.key`;
 * - once wrapped, the web shell and the plain CLI refuse to open sealed data (DeviceKeyUnavailableError,
 *   bilingual, naming the way out: the app's own entry `zichuan-kiosk --cli …`, which runs the CLI inside
 *   Electron with safeStorage);
 * - the Electron shell never replaces a wrapped key it cannot open (key store unavailable): it refuses.
 * The core only sees `() => Buffer`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createFileDurably, replaceFileDurably } from './durable-file.js';
import { DEVICE_KEY_BYTES } from './sealed-box.js';

export type DeviceKeyProvider = () => Buffer;

export const KEY_FILE = 'device.key';
export const WRAPPED_KEY_FILE = 'device.key.enc';

/** What a data folder holds, without opening anything. */
export type DeviceKeyState = 'none' | 'plain' | 'wrapped' | 'both';

export function deviceKeyState(dataDir: string): DeviceKeyState {
  const plain = fs.existsSync(path.join(dataDir, KEY_FILE));
  const wrapped = fs.existsSync(path.join(dataDir, WRAPPED_KEY_FILE));
  return plain && wrapped ? 'both' : wrapped ? 'wrapped' : plain ? 'plain' : 'none';
}

/** The device key exists but this process cannot open it. Nothing is sealed or opened (and no new key made). */
export class DeviceKeyUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeviceKeyUnavailableError';
  }
}

export const WRAPPED_KEY_MESSAGE =
  '本终端的设备密钥由系统密钥库保管（Electron 外壳），命令行和网页外壳无法读取加密数据。' +
  '请在屏幕上的管理功能中操作，或通过程序自带入口运行命令：zichuan-kiosk --cli <命令>。' +
  ' / The device key of this kiosk is wrapped by the OS key store (Electron shell): the plain CLI and the ' +
  'web shell cannot open sealed data. Use the on-screen admin, or run the command through the app: ' +
  'zichuan-kiosk --cli <command>.';

function readPlain(file: string): Buffer {
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== DEVICE_KEY_BYTES) throw new Error(`${path.basename(file)} does not hold a 256-bit key`);
  return key;
}

/** Overwrites the plain key before unlinking it (best effort on journaling file systems and SSDs). */
function removePlain(file: string): void {
  const size = fs.statSync(file).size;
  fs.writeFileSync(file, randomBytes(Math.max(size, 64)));
  fs.rmSync(file);
}

function memo(load: () => Buffer): DeviceKeyProvider {
  let key: Buffer | undefined;
  return () => (key ??= load());
}

/**
 * The web shell's and the CLI's key: `device.key` (created, mode 0600, in a folder with no key yet).
 * Throws DeviceKeyUnavailableError when only the wrapped key exists.
 */
export function fileDeviceKey(dataDir: string): DeviceKeyProvider {
  const file = path.join(dataDir, KEY_FILE);
  return memo(() => {
    // An interrupted migration leaves both files with the same key: the plain one is still good.
    if (fs.existsSync(file)) return readPlain(file);
    if (fs.existsSync(path.join(dataDir, WRAPPED_KEY_FILE)))
      throw new DeviceKeyUnavailableError(WRAPPED_KEY_MESSAGE);
    try {
      // Whole on disk before anything is sealed with it: a power cut never leaves an empty key file
      // beside data it sealed.
      createFileDurably(file, randomBytes(DEVICE_KEY_BYTES).toString('base64') + '\n');
    } catch (error) {
      // Another process (the kiosk and its CLI) created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readPlain(file);
  });
}

/** An OS key store that wraps the device key (Electron's safeStorage). */
export interface KeyWrapper {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export interface WrappedKeyOptions {
  /** Told when a plain key was adopted or set aside (no key material, only what happened). */
  note?: (event: 'adopted' | 'conflict', detail: Record<string, string>) => void;
  now?: () => Date;
}

/**
 * The Electron shell's key: `device.key.enc`, adopting a `device.key` found in the folder. Where the OS
 * key store is unavailable (a Linux kiosk without a keyring) and nothing is wrapped yet, the 0600 file
 * like the web shell. Throws DeviceKeyUnavailableError when a wrapped key exists but the store is down.
 */
export function wrappedDeviceKey(
  dataDir: string,
  wrapper: KeyWrapper,
  options: WrappedKeyOptions = {},
): DeviceKeyProvider {
  const plainFile = path.join(dataDir, KEY_FILE);
  const wrappedFile = path.join(dataDir, WRAPPED_KEY_FILE);
  const unwrap = (): Buffer => {
    const key = Buffer.from(wrapper.decryptString(fs.readFileSync(wrappedFile)), 'base64');
    if (key.length !== DEVICE_KEY_BYTES) throw new Error(`${WRAPPED_KEY_FILE} does not hold a 256-bit key`);
    return key;
  };
  return memo(() => {
    const available = wrapper.isEncryptionAvailable();
    if (fs.existsSync(wrappedFile)) {
      if (!available)
        throw new DeviceKeyUnavailableError(
          '系统密钥库不可用，无法打开设备密钥；未生成新密钥，以免已加密的数据无法读取。请检查系统密钥环后重启终端。' +
            ' / The OS key store is unavailable: the wrapped device key cannot be opened, and no new key is made ' +
            '(sealed data would become unreadable). Check the keyring and restart the kiosk.',
        );
      const key = unwrap();
      if (fs.existsSync(plainFile)) {
        // Both files: a migration was interrupted (same key: finish it), or an old CLI made a second key.
        if (readPlain(plainFile).equals(key)) removePlain(plainFile);
        else {
          // The wrapped key sealed the citizens' outbox: it stays. The other key is kept aside, not lost.
          const aside = `${plainFile}.conflict-${(options.now?.() ?? new Date()).getTime()}`;
          fs.renameSync(plainFile, aside);
          options.note?.('conflict', { keptAside: path.basename(aside) });
        }
      }
      return key;
    }
    if (!available) return fileDeviceKey(dataDir)();
    const adopted = fs.existsSync(plainFile);
    const key = adopted ? readPlain(plainFile) : randomBytes(DEVICE_KEY_BYTES);
    // On disk, folder entry included, before the plain key it replaces is removed.
    replaceFileDurably(wrappedFile, wrapper.encryptString(key.toString('base64')));
    if (!unwrap().equals(key)) {
      fs.rmSync(wrappedFile);
      throw new Error('the OS key store did not give the device key back; kept the plain key file');
    }
    if (adopted) {
      removePlain(plainFile);
      options.note?.('adopted', { from: KEY_FILE, to: WRAPPED_KEY_FILE });
    }
    return key;
  });
}
