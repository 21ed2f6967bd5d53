/**
 * The guide puts 带什么 first: a checklist right under the title (an exempt ID copy reads "带身份证给工作人员
 * 看"), then where and when, the codes and legal basis at the bottom; in 大字模式 the checklist is on the
 * first screen. A print that fails says what to do instead: the QR for a phone, staff, or the window.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

describe('the guide: 带什么 first', { timeout: 180_000 }, () => {
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    // A queue that does not exist: printing the guide fails as it does on a kiosk whose printer is gone.
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 900, a4Queue: 'KIOSK_NO_SUCH_QUEUE' } });
  });

  afterAll(async () => {
    await kiosk?.close();
  });

  it('shows the checklist under the title, on the first screen in 大字模式; codes and basis last', async () => {
    const { page } = kiosk;
    await page
      .getByRole('button', { name: /办事指南/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /社会救助/ })
      .first()
      .click();
    await page.getByRole('button', { name: /最低生活保障审核确认/ }).click();
    const bring = page.locator('.guide-bring');
    await bring.waitFor();
    const lines = await bring.locator('li').allInnerTexts();
    expect(lines[0]).toBe('带身份证给工作人员看（不用交复印件）');
    expect(lines).toContain('《最低生活保障申请书》（原件 1 份）');
    const order = await page
      .locator('.guide section[id^="sec-"]')
      .evaluateAll((els) => els.map((el) => el.id));
    expect(order).toEqual([
      'sec-bring',
      'sec-where',
      'sec-conditions',
      'sec-materials',
      'sec-process',
      'sec-time',
      'sec-basic',
      'sec-formal',
    ]);
    expect(await page.locator('.guide').innerText()).not.toMatch(/居民身份证[^\n]*\n?✓?无需提供/);
    await page.evaluate(() => document.documentElement.classList.add('large-text'));
    const box = await bring.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(1920);
    await page.evaluate(() => document.documentElement.classList.remove('large-text'));
    await kiosk.shot('90-guide-bring-first');
  });

  it('a failed print says what to do instead: phone QR, staff, or the window', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: '打印指南' }).click();
    const failed = page.locator('.print-failed');
    await failed.waitFor({ timeout: 60_000 });
    expect(await visibleText(failed)).toContain('到窗口领取纸质办事指南');
    await failed.getByRole('button', { name: '请工作人员帮忙' }).waitFor();
    await page.getByRole('img', { name: /办事指南二维码（请用手机扫描保存）/ }).waitFor();
    await kiosk.shot('91-guide-print-failed');
  });

  it('朗读 that cannot play (no speech engine) says so on the button', async () => {
    const { page } = kiosk;
    const pathBefore = process.env['PATH'];
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-espeak-'));
    process.env['PATH'] = empty; // the kiosk runs in this process: its espeak-ng cannot be found
    try {
      await page.locator('.guide-bring').getByRole('button', { name: '朗读', exact: true }).click();
      const failed = page.locator('.guide-bring [data-speech="unavailable"]');
      expect(await visibleText(failed)).toBe('无法朗读：本机没有声音');
    } finally {
      process.env['PATH'] = pathBefore;
      fs.rmSync(empty, { recursive: true });
    }
    await page
      .locator('.guide-bring')
      .screenshot({ path: 'test-output/screenshots/92-speak-unavailable.png' });
  });
});
