import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EnrollmentStore, type Enrollment } from '../../../../src-main/services/sync/enrollment.store.js';
import { openDatabase } from '../../../../src-main/store/database.js';
import { fileDeviceKey } from '../../../../src-main/store/device-key.js';
import { SettingsRepository } from '../../../../src-main/store/settings.repository.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const ENROLLMENT: Enrollment = {
  serverUrl: 'https://district.example.cn/',
  deviceId: 'kiosk-1234',
  token: 'tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0ZYXWVUTSRQ',
  catalogPublicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n',
  hall: { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心', address: null, phone: '0533-5000000' },
  enrolledAt: '2026-11-25T02:00:00.000Z',
};

function setup(): { dir: string; settings: SettingsRepository; close: () => void } {
  const t = tempDir('enroll');
  const db = openDatabase(path.join(t.dir, 'kiosk.db'));
  cleanups.push(t.remove);
  cleanups.unshift(() => db.close());
  return {
    dir: t.dir,
    settings: new SettingsRepository(db),
    close: () => db.pragma('wal_checkpoint(TRUNCATE)'),
  };
}

describe('EnrollmentStore', () => {
  it('has nothing on a fresh kiosk', () => {
    const { dir, settings } = setup();
    const store = new EnrollmentStore(settings, fileDeviceKey(dir));
    expect(store.read()).toEqual({ kind: 'none' });
    expect(store.get()).toBeUndefined();
  });

  it('round-trips the enrollment, with the token sealed and absent from the database file', () => {
    const { dir, settings, close } = setup();
    const store = new EnrollmentStore(settings, fileDeviceKey(dir));
    store.save(ENROLLMENT);
    expect(store.get()).toEqual(ENROLLMENT);
    const stored = settings.get('enrollment') as Record<string, unknown>;
    expect(stored).not.toHaveProperty('token');
    expect(stored['tokenSealed']).toEqual(expect.any(String));
    close();
    const bytes = Buffer.concat(
      fs
        .readdirSync(dir)
        .filter((f) => f.startsWith('kiosk.db'))
        .map((f) => fs.readFileSync(path.join(dir, f))),
    );
    expect(bytes.includes(Buffer.from(ENROLLMENT.token))).toBe(false);
    expect(bytes.includes(Buffer.from(ENROLLMENT.deviceId))).toBe(true);
  });

  it('reports a token sealed under another device key as broken, not as a crash', () => {
    const { dir, settings } = setup();
    new EnrollmentStore(settings, fileDeviceKey(dir)).save(ENROLLMENT);
    const other = tempDir('other-key');
    cleanups.push(other.remove);
    const read = new EnrollmentStore(settings, fileDeviceKey(other.dir)).read();
    expect(read).toMatchObject({ kind: 'broken', reason: expect.stringMatching(/device key/) });
  });

  it('reports a damaged value as broken, and clear() forgets it', () => {
    const { dir, settings } = setup();
    const store = new EnrollmentStore(settings, fileDeviceKey(dir));
    settings.set('enrollment', { deviceId: 3 });
    expect(store.read().kind).toBe('broken');
    store.clear();
    expect(store.read()).toEqual({ kind: 'none' });
  });
});
