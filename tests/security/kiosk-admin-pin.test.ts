/**
 * The admin PIN door against a guessing citizen: wrong PINs sent in parallel are counted before the
 * scrypt verification (at most five verifications per lock window, whatever the concurrency), and the
 * lock is kept in the kiosk's SQLite file, so restarting the kiosk process does not clear it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskApp } from '../../src-main/app.js';
import type { Result } from '../../src-main/contract/result.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { AdminPin } from '../../src-main/services/admin/admin-pin.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';

const HALL_PIN = '246810';
const WRONG_PIN = '135790';

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A data folder whose kiosk has the hall's PIN set (a scrypt hash in its settings). */
async function folderWithPin(): Promise<string> {
  const data = tempDir('sec-pin');
  cleanups.push(() => data.remove());
  const app = createKioskApp({ dataDir: data.dir, log: silentLogger(), sync: false });
  await new AdminPin(new SettingsRepository(app.db)).set(HALL_PIN);
  app.close();
  return data.dir;
}

function errorCode(result: Result<unknown>): string {
  return result.ok ? 'OK' : result.error.code;
}

describe('admin PIN: parallel wrong PINs', () => {
  it('verifies at most five PINs per lock window, however many arrive at once', async () => {
    const dir = await folderWithPin();
    const app = createKioskApp({ dataDir: dir, log: silentLogger(), sync: false });
    cleanups.push(() => app.close());
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => app.dispatch('admin.enter', { pin: WRONG_PIN })),
    );
    const codes = answers.map(errorCode);
    expect(codes.every((c) => c === 'INPUT' || c === 'LOCKED')).toBe(true);
    // Every verified wrong PIN is written to the audit log as 密码错误…; refused ones as 已锁定，拒绝尝试.
    const audit = app.audit.recent();
    const verified = audit.filter((e) => e.detail.startsWith('密码错误'));
    expect(verified.length).toBe(5);
    expect(audit.filter((e) => e.detail === '已锁定，拒绝尝试').length).toBe(25);
    expect(codes.filter((c) => c === 'LOCKED').length).toBeGreaterThanOrEqual(25);
    // The right PIN is refused too until the lock ends.
    expect(errorCode(await app.dispatch('admin.enter', { pin: HALL_PIN }))).toBe('LOCKED');
  });
});

describe('admin PIN: the lock survives a restart (real kiosk process)', () => {
  it('a kiosk locked by five wrong PINs is still locked after its process restarts', async () => {
    const dir = await folderWithPin();
    const start = (): KioskProcess => {
      const kiosk = startKioskProcess({ dataDir: dir, from: 'src' });
      cleanups.push(() => kiosk.stop());
      return kiosk;
    };
    const first = start();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push((await first.call('admin.enter', { pin: WRONG_PIN })).error!.code);
    expect(codes).toEqual(['INPUT', 'INPUT', 'INPUT', 'INPUT', 'LOCKED']);
    expect(await first.stop()).toBe(0);

    const second = start();
    const answer = await second.call('admin.enter', { pin: HALL_PIN });
    expect(answer.ok).toBe(false);
    expect(answer.error?.code).toBe('LOCKED');
    expect(await second.stop()).toBe(0);
  });
});
