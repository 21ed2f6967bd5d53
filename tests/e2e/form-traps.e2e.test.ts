/**
 * No traps in the forms: 上一步 through a declaration keeps what was typed; the top bar's 返回 and 首页
 * ask before dropping it (继续填写 keeps it); 放入演示身份证 reads the sample card again for a second
 * item in the same session; a complaint being written is guarded the same way.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskInBrowser, TEST_PERSON, type KioskUnderTest } from './harness.js';

async function toForm(page: Page, item: string): Promise<void> {
  await page.locator('.item-row', { hasText: item }).first().click();
  await page.getByRole('button', { name: '同意并继续' }).click();
  await page.getByRole('button', { name: '放入演示身份证' }).click();
  await page.locator('[data-field="applicantName"]').waitFor();
}

const valueOf = (page: Page, field: string): Promise<string | null> =>
  page.locator(`[data-field="${field}"]`).getAttribute('data-value');

describe('no traps in the forms', { timeout: 240_000 }, () => {
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    kiosk = await startKioskInBrowser({
      config: { idleTimeoutSec: 900, featuredItems: ['elder-card', 'dibao-confirm'] },
    });
  });

  afterAll(async () => {
    await kiosk?.close();
  });

  it('上一步 keeps the typed values; 返回 asks first; the demo card reads again', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '自助申报' }).click();
    await page.waitForSelector('body[data-screen="declare-pick"] .item-row');
    // Grouped: 常办事项 first, then the themes, every declarable item under one of them.
    const titles = await page.locator('.item-group-title').allInnerTexts();
    expect(titles[0]).toBe('常办事项');
    expect(titles).toContain('社会救助');
    expect(await page.locator('.item-group').first().locator('.item-name').allInnerTexts()).toEqual([
      '老年人优待证办理',
      '最低生活保障审核确认',
    ]);
    const declarable = (await kiosk.app.dispatch('catalog.declarable', {})) as { ok: true; value: unknown[] };
    const rows = await page.locator('.item-group .item-row').count();
    expect(rows - 2).toBe(declarable.value.length); // each item once under a theme, the two 常办 twice
    await kiosk.shot('89-declare-pick-grouped');
    await toForm(page, '老年人优待证办理');
    await page.locator('[data-field="phone"]').click();
    for (const key of TEST_PERSON.phone)
      await page.locator(`[data-input-for="phone"] [data-key="${key}"]`).first().click();
    await page.locator('[data-field="receiveWay"]').click();
    await page.locator('[data-input-for="receiveWay"] button', { hasText: '窗口领取' }).first().click();
    await page.getByRole('button', { name: '填好了，下一步' }).click();
    await page.getByRole('button', { name: '我知道了，下一步' }).waitFor();
    await kiosk.shot('87-traps-materials-back');

    // The review shows dates one way, as the form does.
    await page.getByRole('button', { name: '我知道了，下一步' }).click();
    const review = page.locator('.review-list');
    await review.waitFor();
    expect(await review.innerText()).toContain('1990年1月1日');
    expect(await review.innerText()).not.toContain('1990-01-01');

    // 上一步 from the review, then from the materials: the form as it was.
    await page.locator('[data-flow-back]').click();
    await page.getByRole('button', { name: '我知道了，下一步' }).waitFor();
    await page.locator('[data-flow-back]').click();
    await page.locator('[data-field="phone"]').waitFor();
    expect(await valueOf(page, 'phone')).toBe(TEST_PERSON.phone);
    expect(await valueOf(page, 'receiveWay')).toBe('窗口领取');

    // 上一步 to the card step and the sample card again (it is still on the simulated reader).
    await page.locator('[data-flow-back]').click();
    await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    await page.locator('[data-field="applicantName"]').waitFor();
    expect(await valueOf(page, 'applicantName')).toBe(TEST_PERSON.name);
    expect(await valueOf(page, 'phone')).toBe(TEST_PERSON.phone);

    // The top bar's 返回: asked first; 继续填写 keeps everything.
    await page.getByRole('button', { name: '返回', exact: true }).click();
    const confirm = page.getByTestId('leave-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('您在这里填写的申请内容不会保存');
    await page.screenshot({ path: 'test-output/screenshots/88-traps-leave-confirm.png' });
    await confirm.getByRole('button', { name: '继续填写' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await valueOf(page, 'phone')).toBe(TEST_PERSON.phone);

    // 不保存，离开: back to the list; a second item reads the sample card too.
    await page.getByRole('button', { name: '返回', exact: true }).click();
    await confirm.getByRole('button', { name: '不保存，离开' }).click();
    await page.waitForSelector('body[data-screen="declare-pick"] .item-row');
    await toForm(page, '老年人优待证办理');
    expect(await valueOf(page, 'applicantName')).toBe(TEST_PERSON.name);
    expect(await valueOf(page, 'phone')).toBe('');
    await kiosk.app.dispatch('devices.simulateCard', { present: false });
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });

  it('a complaint being written: 首页 asks before dropping the text', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '投诉建议' }).click();
    await page.locator('[data-category="办事效率"]').click();
    for (const key of 'paidui') await page.locator(`.kb-pinyin [data-key="${key}"]`).first().click();
    await page
      .locator('.kb-pinyin [data-candidate]')
      .filter({ hasText: /^排队$/ })
      .first()
      .click();
    await page.getByRole('button', { name: '首页', exact: true }).click();
    const confirm = page.getByTestId('leave-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('投诉内容不会保存');
    await confirm.getByRole('button', { name: '继续填写' }).click();
    expect(await page.getByTestId('complaint-text').innerText()).toBe('排队');
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await confirm.getByRole('button', { name: '不保存，离开' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });
});
