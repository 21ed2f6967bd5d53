/**
 * One device key per data folder, in one of two formats (device.key, 0600; device.key.enc, wrapped by
 * Electron's safeStorage). The key store here is a stand-in with its own AES key, like DPAPI or libsecret.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DeviceKeyUnavailableError,
  deviceKeyState,
  fileDeviceKey,
  KEY_FILE,
  WRAPPED_KEY_FILE,
  wrappedDeviceKey,
  type KeyWrapper,
} from '../../../src-main/store/device-key.js';
import { open, seal } from '../../../src-main/store/sealed-box.js';
import { tempDir } from '../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function folder(): string {
  const t = tempDir('device-key');
  cleanups.push(t.remove);
  return t.dir;
}

interface KeyStore {
  available: boolean;
  wrapper: KeyWrapper;
}

/** An OS key store stand-in: wraps with its own secret; `available` can be switched off. */
function keyStore(options: { available?: boolean; secret?: Buffer } = {}): KeyStore {
  const secret = options.secret ?? randomBytes(32);
  const store: KeyStore = {
    available: options.available ?? true,
    wrapper: {
      isEncryptionAvailable: () => store.available,
      encryptString: (plain) => seal(Buffer.from(plain, 'utf8'), secret),
      decryptString: (sealed) => open(sealed, secret).toString('utf8'),
    },
  };
  return store;
}

const files = (dir: string): string[] => fs.readdirSync(dir).sort();

describe('fileDeviceKey (web shell, CLI)', () => {
  it('creates a 256-bit key once, mode 0600, and reads the same key back', () => {
    const dir = folder();
    expect(deviceKeyState(dir)).toBe('none');
    const key = fileDeviceKey(dir)();
    expect(key).toHaveLength(32);
    expect(fs.statSync(path.join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(fileDeviceKey(dir)()).toEqual(key);
    expect(deviceKeyState(dir)).toBe('plain');
  });

  it('refuses a key wrapped by the Electron shell, bilingually, and makes no second key', () => {
    const dir = folder();
    wrappedDeviceKey(dir, keyStore().wrapper)();
    expect(deviceKeyState(dir)).toBe('wrapped');
    const error = (() => {
      try {
        fileDeviceKey(dir)();
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DeviceKeyUnavailableError);
    expect((error as Error).message).toMatch(/系统密钥库/);
    expect((error as Error).message).toMatch(/zichuan-kiosk --cli/);
    expect((error as Error).message).toMatch(/OS key store/);
    expect(files(dir)).toEqual([WRAPPED_KEY_FILE]);
  });
});

describe('wrappedDeviceKey (Electron shell)', () => {
  it('on a fresh folder makes one key and keeps it only wrapped', () => {
    const dir = folder();
    const store = keyStore();
    const key = wrappedDeviceKey(dir, store.wrapper)();
    expect(files(dir)).toEqual([WRAPPED_KEY_FILE]);
    expect(fs.statSync(path.join(dir, WRAPPED_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(dir, WRAPPED_KEY_FILE)).includes(key.toString('base64'))).toBe(false);
    expect(wrappedDeviceKey(dir, store.wrapper)()).toEqual(key);
  });

  it('adopts the key a CLI provisioning wrote: the same key, wrapped, the plain file gone', () => {
    const dir = folder();
    const plain = fileDeviceKey(dir)();
    const notes: string[] = [];
    const key = wrappedDeviceKey(dir, keyStore().wrapper, { note: (event) => notes.push(event) })();
    expect(key).toEqual(plain);
    expect(files(dir)).toEqual([WRAPPED_KEY_FILE]);
    expect(notes).toEqual(['adopted']);
  });

  it('finishes an interrupted adoption (both files, same key)', () => {
    const dir = folder();
    const store = keyStore();
    const plain = fileDeviceKey(dir)();
    const kept = fs.readFileSync(path.join(dir, KEY_FILE));
    wrappedDeviceKey(dir, store.wrapper)();
    fs.writeFileSync(path.join(dir, KEY_FILE), kept, { mode: 0o600 }); // as if the removal never happened
    expect(deviceKeyState(dir)).toBe('both');
    expect(fileDeviceKey(dir)()).toEqual(plain); // the CLI still reads the good plain copy meanwhile
    expect(wrappedDeviceKey(dir, store.wrapper)()).toEqual(plain);
    expect(files(dir)).toEqual([WRAPPED_KEY_FILE]);
  });

  it('with two different keys keeps the wrapped one (it sealed the outbox) and sets the other aside', () => {
    const dir = folder();
    const store = keyStore();
    const wrapped = wrappedDeviceKey(dir, store.wrapper)();
    const other = randomBytes(32);
    fs.writeFileSync(path.join(dir, KEY_FILE), other.toString('base64'), { mode: 0o600 });
    const notes: Array<Record<string, string>> = [];
    const key = wrappedDeviceKey(dir, store.wrapper, {
      note: (_e, detail) => notes.push(detail),
      now: () => new Date(1_700_000_000_000),
    })();
    expect(key).toEqual(wrapped);
    expect(files(dir)).toEqual([`${KEY_FILE}.conflict-1700000000000`, WRAPPED_KEY_FILE]);
    expect(notes).toEqual([{ keptAside: `${KEY_FILE}.conflict-1700000000000` }]);
  });

  it('never replaces a wrapped key it cannot open: the key store down is an error, not a new key', () => {
    const dir = folder();
    const store = keyStore();
    wrappedDeviceKey(dir, store.wrapper)();
    store.available = false;
    expect(() => wrappedDeviceKey(dir, store.wrapper)()).toThrow(DeviceKeyUnavailableError);
    expect(files(dir)).toEqual([WRAPPED_KEY_FILE]);
  });

  it('without a key store and nothing wrapped, uses the 0600 file like the web shell, and wraps it later', () => {
    const dir = folder();
    const store = keyStore({ available: false });
    const key = wrappedDeviceKey(dir, store.wrapper)();
    expect(files(dir)).toEqual([KEY_FILE]);
    expect(fileDeviceKey(dir)()).toEqual(key);
    store.available = true;
    expect(wrappedDeviceKey(dir, store.wrapper)()).toEqual(key);
    expect(files(dir)).toEqual([WRAPPED_KEY_FILE]);
  });

  it('keeps the plain key when the key store does not give the key back', () => {
    const dir = folder();
    const plain = fileDeviceKey(dir)();
    const liar: KeyWrapper = {
      isEncryptionAvailable: () => true,
      encryptString: () => seal(Buffer.from(randomBytes(32).toString('base64')), Buffer.alloc(32, 7)),
      decryptString: (sealed) => open(sealed, Buffer.alloc(32, 7)).toString('utf8'),
    };
    expect(() => wrappedDeviceKey(dir, liar)()).toThrow(/did not give the device key back/);
    expect(files(dir)).toEqual([KEY_FILE]);
    expect(fileDeviceKey(dir)()).toEqual(plain);
  });
});
