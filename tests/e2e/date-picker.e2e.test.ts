/**
 * The form's date picker (临时救助's 发生日期) in portrait 1080 × 1920 and landscape 1920 × 1080, each in
 * normal and 大字模式: the screen checks (targets, font sizes, nothing outside the viewport) run on it, and
 * the four screenshots (test-output/screenshots/92-date-picker-*) are for looking at. Empty, it says how
 * to start; 今天 fills it with today; ＋1个月 then steps one month on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { outputPath } from '../helpers/temp-dir.js';
import { startKioskInBrowser, type KioskUnderTest } from './harness.js';

const VIEWS = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;

function chinaToday(): { year: number; month: number; day: number } {
  const d = new Date(Date.now() + 8 * 3_600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

describe('the date picker in both orientations and both modes', { timeout: 180_000 }, () => {
  let kiosk: KioskUnderTest | undefined;
  afterEach(async () => {
    await kiosk?.close();
    kiosk = undefined;
  });

  for (const [name, viewport] of Object.entries(VIEWS)) {
    it(`${name}: empty, then today; every part on screen and big enough`, async () => {
      kiosk = await startKioskInBrowser({ viewport, config: { idleTimeoutSec: 900 } });
      const { page } = kiosk;
      await page.locator('.tile', { hasText: '自助申报' }).click();
      await page.locator('.item-row', { hasText: '临时救助' }).first().click();
      await page.getByRole('button', { name: '同意并继续' }).click();
      await page.getByRole('button', { name: '放入演示身份证' }).click();
      await page.locator('[data-field="eventDate"]').click();
      const picker = page.locator('[data-input-for="eventDate"] .form-date');
      await picker.waitFor();
      expect(await picker.locator('.form-date-empty').count()).toBe(1);
      await kiosk.shot(`92-date-picker-${name}-empty`);

      await picker.locator('[data-action="today"]').click();
      const today = chinaToday();
      const part = (unit: string): Promise<string> =>
        picker.locator(`[data-date-part="${unit}"]`).innerText();
      expect(await part('year')).toContain(String(today.year));
      expect(await part('month')).toContain(String(today.month));
      expect(await part('day')).toContain(String(today.day));
      await kiosk.shot(`92-date-picker-${name}-today`);
      // The checked shots start at the top of the page: these show the picker itself, in both modes.
      for (const mode of ['normal', 'large'] as const) {
        if (mode === 'large') await page.getByRole('button', { name: '大字模式' }).click();
        await picker.scrollIntoViewIfNeeded();
        await page.screenshot({ path: outputPath('screenshots', `92-date-picker-${name}-${mode}-view.png`) });
      }
      await page.getByRole('button', { name: '标准字体' }).click();
      await kiosk.app.dispatch('devices.simulateCard', { present: false });
    });
  }
});
