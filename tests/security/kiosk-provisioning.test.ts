/**
 * Provisioning ends demo mode, with real processes: the district server, `kiosk provision` and the kiosk
 * itself. A provisioned kiosk never opens with the default PIN 123456; its first admin entry takes the
 * one-time code `kiosk provision` printed, and nothing but 设置管理密码 is allowed until a PIN is set.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';
import { kioskCli, startDistrict, type DistrictProcess } from './processes.js';

const HALL = { code: 'ZCHS01', name: '淄川区洪山镇便民服务中心' };

const cleanups: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function provisioned(): Promise<{ district: DistrictProcess; dataDir: string; out: string }> {
  const tmp = tempDir('sec-provision');
  cleanups.push(() => tmp.remove());
  const district = await startDistrict(tmp.dir);
  cleanups.push(() => district.stop());
  const code = await district.enrollmentCode(HALL);
  const dataDir = path.join(tmp.dir, 'kiosk');
  const run = await kioskCli(dataDir, 'provision', '--server', district.url, '--code', code);
  expect(run.code, run.err).toBe(0);
  return { district, dataDir, out: run.out };
}

function kiosk(dataDir: string): KioskProcess {
  const k = startKioskProcess({ dataDir, from: 'src' });
  cleanups.push(() => k.stop());
  return k;
}

describe('a kiosk provisioned by the CLI is no demo', () => {
  it('refuses the default PIN; the one-time code opens only 设置管理密码, then the new PIN works', async () => {
    const { dataDir, out } = await provisioned();
    const oneTime = /一次性管理密码 \/ one-time admin code: (\d{6})/.exec(out)?.[1];
    expect(oneTime, out).toBeDefined();
    const k = kiosk(dataDir);

    const info = await k.call('app.info');
    expect(info).toMatchObject({ ok: true, value: { demo: false, setupNeeded: false, hallCode: HALL.code } });

    const byDefault = await k.call('admin.enter', { pin: '123456' });
    expect(byDefault.ok).toBe(false);

    const entered = await k.call('admin.enter', { pin: oneTime });
    expect(entered).toMatchObject({
      ok: true,
      value: { active: true, pinSetupRequired: true, defaultPin: false },
    });
    // Nothing else of admin mode until a PIN is set.
    expect(await k.call('admin.overview')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await k.call('admin.setFirstPin', { next: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'INPUT' },
    });
    expect(await k.call('admin.setFirstPin', { next: '482916' })).toMatchObject({
      ok: true,
      value: { active: true, pinSetupRequired: false },
    });
    expect(await k.call('admin.overview')).toMatchObject({ ok: true });
    await k.call('admin.exit');

    // The code is spent; the default PIN still does not open; the hall's PIN does.
    expect((await k.call('admin.enter', { pin: oneTime })).ok).toBe(false);
    expect((await k.call('admin.enter', { pin: '123456' })).ok).toBe(false);
    expect(await k.call('admin.enter', { pin: '482916' })).toMatchObject({
      ok: true,
      value: { active: true },
    });
  });

  it('the demo flag follows one rule: set back to demoMode true, a provisioned kiosk is still no demo', async () => {
    const { dataDir } = await provisioned();
    expect((await kioskCli(dataDir, 'config', 'set', 'demoMode', 'true')).code).toBe(0);
    const k = kiosk(dataDir);
    expect(await k.call('app.info')).toMatchObject({ ok: true, value: { demo: false } });
    expect((await k.call('admin.enter', { pin: '123456' })).ok).toBe(false);
  });
});

describe('provisioning needs https:// (or loopback, or --insecure-http on the CLI)', () => {
  it('the CLI refuses plain http:// to another host before any request, unless --insecure-http', async () => {
    const tmp = tempDir('sec-https');
    cleanups.push(() => tmp.remove());
    const refused = await kioskCli(
      tmp.dir,
      'provision',
      '--server',
      'http://0.0.0.0:1/',
      '--code',
      'ABCD-EFGH',
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('https://');
    expect(refused.err).not.toContain('连不上');
    // With the flag the kiosk tries (and here finds nothing listening).
    const tried = await kioskCli(
      tmp.dir,
      'provision',
      '--server',
      'http://0.0.0.0:1/',
      '--code',
      'ABCD-EFGH',
      '--insecure-http',
    );
    expect(tried.code).toBe(1);
    expect(tried.err).not.toContain('https://');
  });

  it('the setup wizard refuses plain http:// to another host (it has no insecure option)', async () => {
    const tmp = tempDir('sec-https-wizard');
    cleanups.push(() => tmp.remove());
    const k = kiosk(tmp.dir);
    expect((await k.call('session.activity')).ok).toBe(true);
    // A hall image: out of demo mode, the wizard's steps are open.
    const app = await k.call('app.info');
    expect(app.ok).toBe(true);
    await k.stop();
    expect((await kioskCli(tmp.dir, 'config', 'set', 'demoMode', 'false')).code).toBe(0);
    const wizard = kiosk(tmp.dir);
    const answer = await wizard.call('setup.provision', {
      serverUrl: 'http://0.0.0.0:1/',
      code: 'ABCD-EFGH',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INPUT', field: 'serverUrl' } });
    expect((answer.error as { message?: string }).message).toContain('https://');
  });
});
