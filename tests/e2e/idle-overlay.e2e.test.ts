/**
 * "您还在吗？" over a form that shows the citizen's ID number: the screen behind is hidden (nothing of it
 * readable or clickable), the countdown starts at the default 20 s, 继续使用 is big, and tapping it brings
 * the form back with what was on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';

describe('the idle overlay hides personal data', { timeout: 180_000 }, () => {
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 900 } });
  });

  afterAll(async () => {
    await kiosk?.close();
  });

  it('hides the form behind 您还在吗？, gives 20 s and a big 继续使用 that brings it back', async () => {
    const { page, app } = kiosk;
    expect(app.config.get().countdownSec).toBe(20);
    await page.locator('.tile', { hasText: '自助申报' }).click();
    await page.locator('.item-row', { hasText: '老年人优待证办理' }).first().click();
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    const idField = page.locator('[data-field="applicantIdNumber"]');
    await idField.waitFor();
    expect(await idField.getAttribute('data-value')).toBe(TEST_PERSON.idNumber);
    await kiosk.shot('85-idle-form-before');

    app.config.update({ idleTimeoutSec: 3 });
    app.session.activity(); // arms the short idle timer (the page reports touches at most once a second)
    const overlay = page.getByRole('alertdialog');
    await overlay.waitFor();
    expect(Number(await visibleText(page.getByTestId('countdown')))).toBeGreaterThanOrEqual(18);
    // The form is still there (kept for 继续使用) but nothing of it can be seen.
    expect(await idField.count()).toBe(1);
    expect(await idField.isVisible()).toBe(false);
    expect(await page.getByText(TEST_PERSON.name).first().isVisible()).toBe(false);
    const box = await overlay.getByRole('button', { name: '继续使用' }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(120);
    expect(box!.width).toBeGreaterThanOrEqual(480);
    await page.screenshot({ path: 'test-output/screenshots/86-idle-overlay.png' });

    app.config.update({ idleTimeoutSec: 900 });
    await overlay.getByRole('button', { name: '继续使用' }).click();
    await overlay.waitFor({ state: 'detached' });
    expect(await idField.isVisible()).toBe(true);
    expect(await idField.getAttribute('data-value')).toBe(TEST_PERSON.idNumber);
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });
});
