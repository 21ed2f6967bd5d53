/**
 * 设置管理密码 in Chromium: a kiosk out of demo mode with setup done by the CLI and no PIN yet. The default
 * PIN is refused; the one-time code opens only the 设置管理密码 screen; two different entries are refused;
 * the PIN it sets opens admin mode from then on. Portrait and landscape, both modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAdminCode } from '../../src-main/services/admin/admin-pin.js';
import { SETUP_DONE_KEY } from '../../src-main/services/admin/setup.service.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { enterAdmin, exitAdmin, tapCorner, typePin } from './admin-helpers.js';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

async function typeOnKeypad(kiosk: KioskUnderTest, digits: string): Promise<void> {
  for (const d of digits) await kiosk.page.locator(`.pin-pad [data-key="${d}"]`).click();
}

describe('first admin entry of a provisioned kiosk', () => {
  let kiosk: KioskUnderTest;
  let code = '';

  beforeAll(async () => {
    kiosk = await startKioskInBrowser({ config: { demoMode: false, idleTimeoutSec: 900 } });
    const settings = new SettingsRepository(kiosk.app.db);
    settings.set(SETUP_DONE_KEY, new Date().toISOString());
    code = await issueAdminCode(settings);
    await kiosk.page.reload();
    await kiosk.page.waitForSelector('body[data-screen="home"]');
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('the default PIN is refused; the one-time code leads to 设置管理密码 and nothing else', async () => {
    const { page } = kiosk;
    await tapCorner(page);
    await typePin(page, '123456');
    expect(await visibleText(page.locator('[data-pin-message="wrong"]'))).toContain('密码不正确');
    await typePin(page, code);
    await page.waitForSelector('body[data-screen="admin-set-pin"]');
    expect(await page.locator('.admin-tabs').count()).toBe(0);
    await kiosk.shot('78-admin-set-pin');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await kiosk.shot('78-admin-set-pin-landscape');
    await page.setViewportSize({ width: 1080, height: 1920 });

    await typeOnKeypad(kiosk, '482916');
    await page.locator('[data-pin-step="again"]').waitFor();
    await typeOnKeypad(kiosk, '482917');
    await page.getByRole('button', { name: '确定' }).click();
    expect(await visibleText(page.locator('.pin-status'))).toContain('两次输入的密码不一致');

    await typeOnKeypad(kiosk, '482916');
    await typeOnKeypad(kiosk, '482916');
    await page.getByRole('button', { name: '确定' }).click();
    await page.waitForSelector('body[data-screen="admin"] .admin-header');
    expect(await page.locator('.admin-warning').count()).toBe(0);
    await exitAdmin(page);

    // The code is spent; the new PIN opens admin mode.
    await tapCorner(page);
    await typePin(page, code);
    expect(await visibleText(page.locator('[data-pin-message="wrong"]'))).toContain('密码不正确');
    await page.getByRole('button', { name: '取消' }).click();
    await enterAdmin(page, '482916');
    await exitAdmin(page);
  });
});
