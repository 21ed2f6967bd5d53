/**
 * 预约办理 and 评价 ask before the top bar's 返回 / 首页 throws away what the citizen chose or entered, as
 * 自助申报 does (leave-guard.ts): nothing chosen leaves at once; 继续填写 keeps everything; 不保存，离开
 * leaves. On a kiosk enrolled on a live district server, since a demo kiosk cannot book.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HALL } from '../server/server-harness.js';
import { startLiveDistrict, type LiveDistrict } from './district.js';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

const ALL_DAY = Array.from({ length: 7 }, () => [{ from: '00:00', to: '23:59' }]);

async function atHome(page: Page): Promise<void> {
  await page.waitForSelector('body[data-screen="home"]');
}

describe('leave confirmation on booking and rating', { timeout: 240_000 }, () => {
  let district: LiveDistrict;
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    district = await startLiveDistrict();
    kiosk = await startKioskInBrowser({
      config: { idleTimeoutSec: 900, openingHours: ALL_DAY, holidays: [] },
    });
    await district.enroll(kiosk.app);
    await district.harness.store.setSlotSchedule({
      hallCode: HALL.code,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      times: ['09:00', '14:00'],
      capacity: 2,
    });
    await kiosk.page.reload();
    await kiosk.page.waitForSelector('body[data-ready="catalog"]');
  }, 120_000);

  afterAll(async () => {
    await kiosk?.close();
    await district?.close();
  });

  it('预约办理: a chosen time is asked about; 继续填写 keeps it; 不保存，离开 goes home', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '预约办理' }).click();
    await page.getByRole('button', { name: /我要预约/ }).click();
    await page.getByRole('heading', { name: '请选择要预约办理的事项' }).waitFor();
    await page.locator('.appt-shelves .chip', { hasText: '社会保险' }).click();
    await page.locator('.item-list .item-row', { hasText: '社会保障卡申领' }).first().click();
    await page.locator('.appt-day-grid').waitFor();

    // Only an item picked so far: 首页 leaves without a question.
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await atHome(page);

    await page.locator('.tile', { hasText: '预约办理' }).click();
    await page.getByRole('button', { name: /我要预约/ }).click();
    await page.locator('.appt-shelves .chip', { hasText: '社会保险' }).click();
    await page.locator('.item-list .item-row', { hasText: '社会保障卡申领' }).first().click();
    await page.locator('.appt-day:not([disabled])').first().click();
    await page.getByRole('heading', { name: '请选择时段' }).waitFor();
    const slot = page.locator('.appt-time.appt-open').first();
    const time = (await slot.getAttribute('data-time')) ?? '';
    await slot.click();
    await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();

    await page.getByRole('button', { name: '返回', exact: true }).click();
    const confirm = page.getByTestId('leave-confirm');
    await confirm.waitFor();
    expect(await visibleText(confirm.locator('p'))).toBe(
      '离开后，您选好的预约时间和填写的信息不会保存，预约也没有完成。',
    );
    await kiosk.shot('90-leave-booking');
    await confirm.getByRole('button', { name: '继续填写' }).click();
    await confirm.waitFor({ state: 'detached' });
    // Still on the same step, the time still chosen.
    await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
    await page.getByRole('button', { name: '上一步' }).click();
    await page.getByRole('heading', { name: '请选择时段' }).waitFor();
    await page.locator(`[data-time="${time}"]`).waitFor();

    // The time is still held: 首页 asks again.
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await confirm.getByRole('button', { name: '不保存，离开' }).click();
    await atHome(page);
  });

  it('评价: a star tapped is asked about; 继续填写 keeps it; 不保存，离开 goes home; a sent one leaves freely', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '评价' }).click();
    await page.locator('.choice-tile', { hasText: '评价本次大厅服务' }).click();
    await page.locator('[data-level="5"]').waitFor();

    // Nothing chosen: 返回 leaves without a question.
    await page.getByRole('button', { name: '返回', exact: true }).click();
    await atHome(page);
    await page.locator('.tile', { hasText: '评价' }).click();
    await page.locator('.choice-tile', { hasText: '评价本次大厅服务' }).click();

    await page.locator('[data-level="2"]').click();
    await page.getByRole('button', { name: '首页', exact: true }).click();
    const confirm = page.getByTestId('leave-confirm');
    await confirm.waitFor();
    expect(await visibleText(confirm.locator('p'))).toBe('离开后，您的评价不会保存，也不会提交。');
    await kiosk.shot('91-leave-rating');
    await confirm.getByRole('button', { name: '继续填写' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await page.locator('[data-level="2"]').getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: '首页', exact: true }).click();
    await confirm.getByRole('button', { name: '不保存，离开' }).click();
    await atHome(page);

    // A rating handed in leaves without a question.
    await page.locator('.tile', { hasText: '评价' }).click();
    await page.locator('.choice-tile', { hasText: '评价本次大厅服务' }).click();
    await page.locator('[data-level="5"]').click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByTestId('rating-thanks').waitFor();
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await atHome(page);
  });
});
