/**
 * The first-run wizard of a hall kiosk (demo mode off) in Chromium, against the reference district server
 * on loopback and the emulated printer and reader over PTYs: server URL → enrollment code → hall
 * confirmation → printer port and test receipt → reader port and test read → document camera (Chromium's
 * fake camera fed a rendered A4 page; chosen, tested, and skippable) → admin PIN → done.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeA4Y4m } from '../helpers/a4-frame.js';
import { tempDir } from '../helpers/temp-dir.js';
import type { EscPosEmulator } from '../emulators/escpos-emulator.js';
import type { IdCardEmulator } from '../emulators/idcard-emulator.js';
import { RESIDENT_CARD } from '../emulators/idcard-emulator.js';
import { startDeviceRig, type DeviceRig } from '../emulators/device-rig.js';
import { HALL } from '../server/server-harness.js';
import { enterAdmin, exitAdmin, typeTech } from './admin-helpers.js';
import { startLiveDistrict, type LiveDistrict } from './district.js';
import { startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';

describe('first-run setup wizard', () => {
  let district: LiveDistrict;
  let kiosk: KioskUnderTest;
  let devices: DeviceRig;
  let reader: IdCardEmulator;
  let printer: EscPosEmulator;
  const video = tempDir('setup-camera');

  beforeAll(async () => {
    district = await startLiveDistrict({ publish: true });
    devices = await startDeviceRig();
    ({ reader, printer } = devices);
    const file = path.join(video.dir, 'a4-page.y4m');
    await writeA4Y4m(file);
    kiosk = await startKioskInBrowser({
      config: { demoMode: false, idleTimeoutSec: 900 },
      chromiumArgs: [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${file}`,
      ],
    });
  });

  afterAll(async () => {
    await kiosk?.close();
    await devices?.close();
    await district?.close();
    video.remove();
  });

  const step = async (n: number): Promise<void> => {
    await kiosk.page.waitForSelector(`[data-setup-step="${n}"]`);
  };

  it('provisions against the district server, tests both devices, sets the PIN, then serves citizens', async () => {
    const { page, app } = kiosk;
    await step(0);
    await kiosk.shot('91-setup-server');
    // The field starts with "https://"; this test's server is plain http on loopback (the only place the
    // wizard accepts http://): erased and typed on the on-screen keyboard.
    for (let i = 0; i < 'https://'.length; i++)
      await page.locator('.admin-keyboard [data-key="backspace"]').click();
    await typeTech(page, district.url);
    await page.getByRole('button', { name: '下一步' }).click();
    await step(1);
    // The code field opens with its keyboard.
    await typeTech(page, 'WRONG123');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    expect(await visibleText(page.locator('[data-admin-field="code"] .admin-error'))).toBe(
      '注册码不存在，请核对后重新输入。',
    );
    await kiosk.shot('92-setup-code-refused');
    for (let i = 0; i < 8; i++) await page.locator('.admin-keyboard [data-key="backspace"]').click();
    await typeTech(page, await district.harness.issueCode());
    await page.getByRole('button', { name: '注册', exact: true }).click();

    await step(2);
    expect(await visibleText(page.locator('[data-setup-hall]'))).toContain(HALL.name);
    expect(app.sync.provisioned()).toBe(true);
    await kiosk.shot('93-setup-hall');
    await page.getByRole('button', { name: '信息无误，下一步' }).click();

    await step(3);
    await page.locator('[data-admin-field="printerPort"] .admin-value').click();
    await typeTech(page, devices.printerPort);
    await page.locator('[data-port-picker="printer"] .choice-row button', { hasText: '9600' }).click();
    printer.clear();
    await page.getByRole('button', { name: '打印测试' }).click();
    expect(await visibleText(page.locator('[data-test-result="print"] .ok-message'))).toContain(
      '测试凭条已打印',
    );
    expect(JSON.stringify(await printer.waitForCuts(1))).toContain(HALL.name);
    expect(app.config.get()).toMatchObject({
      simulatedDevices: false,
      printerPort: devices.printerPort,
      printerBaud: 9600,
    });
    await kiosk.shot('94-setup-printer');
    await page.getByRole('button', { name: '下一步' }).click();

    await step(4);
    await page.locator('[data-admin-field="readerPort"] .admin-value').click();
    await typeTech(page, devices.readerPort);
    const present = new Promise<void>((resolve) => {
      const off = app.bus.on('card.present', ({ present: on }) => {
        if (!on) return;
        off();
        resolve();
      });
    });
    reader.insertCard(RESIDENT_CARD);
    // The first tap saves the port, so the reader opens only now; once it has seen the card, read again.
    await page.getByRole('button', { name: '读卡测试' }).click();
    await page.locator('[data-test-result="read"] p').waitFor({ timeout: 15_000 });
    await present;
    const result = page.locator('[data-test-result="read"] .ok-message');
    if (!(await result.isVisible())) await page.getByRole('button', { name: '读卡测试' }).click();
    expect(await visibleText(result)).toBe('✓ 读卡成功：居民身份证，韩*英，3703**********0029');
    expect(await page.content()).not.toContain(TEST_PERSON.idNumber);
    await kiosk.shot('95-setup-reader');
    reader.removeCard();
    await page.getByRole('button', { name: '下一步' }).click();

    await step(5);
    // 高拍仪: 下一步 waits for a test that showed a picture; the choice is kept like admin 设备's.
    const next = page.getByRole('button', { name: '下一步', exact: true });
    expect(await next.isDisabled()).toBe(true);
    await page.locator('[data-camera-test]').click();
    await page.locator('[data-camera-message]', { hasText: '高拍仪正常' }).waitFor({ timeout: 30_000 });
    const fake = page.locator('[data-camera-choice]:not([data-camera-choice="default"])').first();
    await fake.waitFor();
    await fake.click();
    await page.locator('[data-camera-message]', { hasText: '已保存' }).waitFor();
    await page.getByRole('button', { name: '1280×720' }).click();
    await expect
      .poll(() => app.dispatch('materials.camera', {}))
      .toMatchObject({ ok: true, value: { width: 1280, height: 720 } });
    const chosen = (await app.dispatch('materials.camera', {})) as { ok: true; value: { deviceId: string } };
    expect(chosen.value.deviceId).not.toBe('');
    await page.locator('[data-camera-test]').click();
    await page
      .locator('[data-camera-message]', { hasText: '高拍仪正常，画面 1280×720' })
      .waitFor({ timeout: 30_000 });
    // The live preview plays the camera's picture.
    await page.waitForFunction(() => {
      const v = document.querySelector<HTMLVideoElement>('.camera-test');
      return v !== null && !v.hidden && v.videoWidth === 1280 && v.currentTime > 0;
    });
    // shot() takes each in both modes.
    await kiosk.shot('95a-setup-camera');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await kiosk.shot('95b-setup-camera-landscape');
    await page.setViewportSize({ width: 1080, height: 1920 });
    expect(await next.isDisabled()).toBe(false);
    await next.click();
    await step(6);
    // Back, and this time skipped (没有高拍仪): the chosen camera stays as it was saved.
    await page.getByRole('button', { name: '上一步' }).click();
    await step(5);
    await page.locator('[data-camera-skip]').click();
    await step(6);
    expect(await app.dispatch('materials.camera', {})).toMatchObject({
      ok: true,
      value: { deviceId: chosen.value.deviceId, width: 1280 },
    });
    const pad = page.locator('.setup .kb-numeric');
    for (const d of '123456123456') await pad.locator(`[data-key="${d}"]`).click();
    await page.getByRole('button', { name: '完成设置' }).click();
    expect(await visibleText(page.locator('.setup-card .error-message-inline'))).toContain('默认密码');
    await kiosk.shot('96-setup-pin-refused');
    await page.locator('[data-pin-step="first"]').click();
    await pad.locator('[data-key="clear"]').click();
    for (const d of '135790') await pad.locator(`[data-key="${d}"]`).click();
    await pad.locator('[data-key="clear"]').click();
    for (const d of '135790') await pad.locator(`[data-key="${d}"]`).click();
    await page.getByRole('button', { name: '完成设置' }).click();

    await step(7);
    await kiosk.shot('97-setup-done');
    expect(app.setup.needed()).toBe(false);
    await page.getByRole('button', { name: '开始使用' }).click();
    await page.waitForSelector('body[data-screen="home"]');
    expect(await visibleText(page.locator('.hall-name'))).toBe(HALL.name);
    await kiosk.shot('98-setup-home');

    // The hall admin now enters with the PIN set in the wizard; the default PIN no longer works.
    await enterAdmin(page, '135790');
    expect(await page.locator('.admin-warning').count()).toBe(0);
    await exitAdmin(page);
    const actions = app.audit.recent().map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'setup.provision',
        'setup.devices',
        'setup.testPrint',
        'setup.testRead',
        'setup.setCamera',
        'setup.finish',
      ]),
    );
  }, 240_000);
});
