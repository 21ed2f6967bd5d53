/**
 * The admin overview's 时间 and 存储空间 lines in both orientations and both text modes: the clock
 * before any server answer, and the disk with its warning when the free space is below the reserve.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { enterAdmin, exitAdmin } from './admin-helpers.js';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

const VIEWPORTS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
];

describe.each(VIEWPORTS)('admin overview: clock and disk ($name)', ({ name, viewport }) => {
  let kiosk: KioskUnderTest | undefined;
  afterAll(async () => {
    delete process.env['KIOSK_MIN_FREE_BYTES'];
    await kiosk?.close();
  });

  it('shows the clock and how full the disk is, with a warning when it is low', async () => {
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 900 }, viewport });
    const { page } = kiosk;
    for (const mode of ['standard', 'large'] as const) {
      if (mode === 'large') {
        await page.getByRole('button', { name: '大字模式（长辈版）' }).click();
        await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
      }
      // Every free byte below the reserve: the overview warns.
      process.env['KIOSK_MIN_FREE_BYTES'] = mode === 'large' ? String(Number.MAX_SAFE_INTEGER) : '0';
      await enterAdmin(page);
      const facts = await visibleText(page.locator('.admin-facts'));
      expect(facts).toContain('尚未与服务器对时');
      if (mode === 'large') expect(facts).toContain('⚠ 存储空间不足');
      else expect(facts).toMatch(/剩余 \d+ MB，已用 [\d.]+%/);
      await kiosk.shot(`78-admin-overview-faults-${name}-${mode}`);
      await exitAdmin(page);
    }
  });
});
