/**
 * What the kiosk promises, walked through every citizen flow on a demo kiosk (not enrolled, simulated
 * reader and printer): 自助申报 from consent to the done step, 评价 with a 差评, 进度查询 of the case just
 * handed in, 投诉建议 with a phone, 预约办理 and 呼叫工作人员. Every screen's text is read and none may
 * promise what needs a district server, staff who are told, or a printed slip.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formPrintNote, GUIDE_NOT_PRINTED_DEMO } from '../../src-main/contract/kiosk-promises.js';
import { doneStatus, startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';

/** Promises a demo kiosk cannot keep. */
const NOT_IN_DEMO: readonly RegExp[] = [
  /上传至淄川区/,
  /网络恢复后/,
  /网络不通/,
  /工作日内(跟进|电话答复)/,
  /已转给/,
  /马上就到/,
  /工作人员看到后/,
  /出纸口/,
  /回执已打印/,
];

/** Reads the whole page's text and fails on any promise the demo cannot keep. */
async function noFalsePromise(page: Page, where: string): Promise<string> {
  const text = await page.locator('body').innerText();
  for (const pattern of NOT_IN_DEMO) expect(text, `${where}: ${pattern}`).not.toMatch(pattern);
  return text;
}

async function tapKeys(page: Page, field: string, keys: string): Promise<void> {
  await page.locator(`[data-field="${field}"]`).click();
  for (const key of keys)
    await page.locator(`[data-input-for="${field}"] [data-key="${key}"]`).first().click();
}

describe('honest messages on a demo kiosk', { timeout: 240_000 }, () => {
  let kiosk: KioskUnderTest;
  let declared = '';

  beforeAll(async () => {
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 900 } });
  });

  afterAll(async () => {
    await kiosk?.close();
  });

  it('自助申报: consent, done step and receipt say it stays here; the 差评 is followed up by no one', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '自助申报' }).click();
    await page.locator('.item-row', { hasText: '老年人优待证办理' }).first().click();
    await page.locator('.consent[data-link="demo"]').waitFor();
    const consent = await noFalsePromise(page, 'consent');
    expect(consent).toContain('演示模式：只保存在本机，不会上传');
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    await page.locator('[data-field="applicantName"]').waitFor();
    await tapKeys(page, 'phone', TEST_PERSON.phone);
    await page.locator('[data-field="receiveWay"]').click();
    await page.locator('[data-input-for="receiveWay"] button', { hasText: '窗口领取' }).first().click();
    await page.getByRole('button', { name: '填好了，下一步' }).click();
    await page.getByRole('button', { name: '我知道了，下一步' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    declared = await visibleText(page.getByTestId('local-number'));
    expect(await doneStatus(page)).toContain('演示模式：回执已由模拟打印机生成');
    const done = await noFalsePromise(page, 'declare done');
    expect(done).toContain('演示模式：本申请只保存在本机，不会上传');
    expect(done).not.toMatch(/申请已安全保存。/);
    // Said first, in the title and the first sentence; no time limit, no progress to follow.
    expect(await visibleText(page.locator('#done-title'))).toBe('演示模式：不会被受理');
    expect(await visibleText(page.getByTestId('done-lead'))).toMatch(/^演示模式：本申请只保存在本机/);
    expect(done).not.toMatch(/已提交|办理时限|查询办理进度/);
    expect(await page.getByRole('img', { name: /申报编号二维码/ }).count()).toBe(0);
    await kiosk.shot('70-honest-declare-done');
    await kiosk.app.dispatch('devices.simulateCard', { present: false });

    await page.getByRole('button', { name: '评价本次服务' }).click();
    await page.locator('[data-level="1"]').click();
    // 差评 reasons say what went wrong, not the survey's questions.
    const reasons = (await page.locator('.rating-reason').allInnerTexts()).map((r) => r.trim());
    expect(reasons).toHaveLength(6);
    for (const reason of reasons) expect(reason).not.toMatch(/是否/);
    expect(reasons).toContain('指引说得不清楚');
    await page.locator('.rating-reasons button').first().click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByTestId('rating-thanks').waitFor();
    const thanks = await noFalsePromise(page, 'rating thanks');
    expect(thanks).toContain('演示模式：不会有人跟进这条评价');
    expect(thanks).toContain('演示模式：本次评价只保存在本机');
    await kiosk.shot('71-honest-rating-poor');
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });

  it('进度查询 of that case: the next step says it will never be uploaded', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '进度查询' }).click();
    await page.getByRole('button', { name: /输入申报编号查询/ }).click();
    await page.locator('[data-query-field="number"]').click();
    await page.locator('.query-keyboard [data-key="clear"]').click();
    for (const key of declared.toLowerCase())
      await page.locator(`.query-keyboard [data-key="${key}"]`).click();
    await page.locator('[data-query-field="digits"]').click();
    for (const key of TEST_PERSON.idNumber.slice(-4))
      await page.locator(`.query-keyboard [data-key="${key}"]`).click();
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const card = page.locator(`.case-card[data-case="${declared}"]`);
    await card.waitFor();
    expect(await card.locator('.case-next').innerText()).toContain('演示模式：本申请只保存在本机');
    expect(await card.innerText()).not.toMatch(/待上传|尚未上传/);
    await noFalsePromise(page, 'progress');
    await kiosk.shot('72-honest-progress');

    // By card: the list is this kiosk's own, because a demo kiosk never connects (not "连不上").
    await page.getByRole('button', { name: '再查一件' }).click();
    await page.getByRole('button', { name: /刷身份证查询/ }).click();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    await page.locator('.progress-results').waitFor();
    expect(await visibleText(page.getByTestId('offline-note'))).toBe(
      '演示终端不连接区里的审批系统，只列出在本机提交的办件。',
    );
    const byCard = await noFalsePromise(page, 'progress by card');
    expect(byCard).not.toMatch(/连不上|最近一次同步/);
    await kiosk.app.dispatch('devices.simulateCard', { present: false });
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await page.waitForSelector('body[data-screen="home"]');

    // 评价 from the home tile offers the case just handed in and looked up: no number to type again.
    await page.locator('.tile', { hasText: '评价' }).click();
    await page.locator(`[data-recent-case="${declared}"]`).click();
    expect(await visibleText(page.locator('.rating-subject'))).toContain(declared);
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });

  it('投诉建议 with a phone: no reply promised, the slip named simulated', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '投诉建议' }).click();
    await page.locator('[data-category="办事效率"]').click();
    for (const key of 'paidui') await page.locator(`.kb-pinyin [data-key="${key}"]`).first().click();
    await page
      .locator('.kb-pinyin [data-candidate]')
      .filter({ hasText: /^排队$/ })
      .first()
      .click();
    await page.getByRole('button', { name: '写好了，下一步' }).click();
    await page.getByRole('heading', { name: '需要我们答复您吗？' }).waitFor();
    for (const key of TEST_PERSON.phone)
      await page.locator(`.phone-entry [data-key="${key}"]`).first().click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    expect(await visibleText(page.getByTestId('complaint-next'))).toMatch(
      /^演示模式：这条投诉不会转给任何人，也不会有人答复。/,
    );
    expect(await visibleText(page.locator('.done-status'))).toContain('回执已由模拟打印机生成');
    // Where it goes is said once, not once per paragraph.
    expect((await visibleText(page.locator('.cmp-done'))).split('不会转给任何人').length - 1).toBe(1);
    await noFalsePromise(page, 'complaint done');
    await kiosk.shot('73-honest-complaint-done');
    await page.getByRole('button', { name: '完成' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });

  it('预约办理 says at once that a demo kiosk cannot book — not the network, not after picking an item', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '预约办理' }).click();
    await page.locator('.appt-offline[data-reason="demo"]').waitFor();
    expect(await visibleText(page.locator('.appt-offline h2'))).toBe('演示终端不能预约');
    expect(await page.locator('.item-row').count()).toBe(0);
    expect(await page.getByRole('button', { name: '再试一次' }).count()).toBe(0);
    await noFalsePromise(page, 'appointment');
    await kiosk.shot('74-honest-appointment-demo');
  });

  it('呼叫工作人员 says the call reaches no one; it is still recorded and can be cancelled', async () => {
    const { page } = kiosk;
    await page.locator('.topbar [data-help-button]').click();
    const panel = page.getByTestId('help-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-seen')).toBe('false');
    expect(await visibleText(panel.locator('h2'))).toBe('演示模式：呼叫没有转给工作人员');
    await noFalsePromise(page, 'help');
    await kiosk.shot('75-honest-help-demo');
    await panel.getByRole('button', { name: '取消呼叫' }).click();
    await panel.waitFor({ state: 'detached' });
  });

  it('打印空白表 on a demo kiosk: the form is made, but the screen says it did not come out', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await page.waitForSelector('body[data-screen="home"]');
    await page
      .getByRole('button', { name: /办事指南/ })
      .first()
      .click();
    await page.getByRole('button', { name: /搜索事项/ }).click();
    await page.locator('.search-keyboard [data-mode-key="letters"]').click();
    for (const key of 'dibao') await page.locator(`.search-keyboard [data-key="${key}"]`).first().click();
    await page
      .locator('.item-list[aria-label="搜索结果"] .item-row', { hasText: '最低生活保障审核确认' })
      .click();
    // 打印指南 too: nothing came out, the screen says so and offers the guide's QR code, no helper to call.
    await page.getByRole('button', { name: '打印指南' }).click();
    const guide = page.locator('.print-failed[data-print="simulated"]');
    await guide.waitFor();
    expect(await visibleText(guide.locator('p').first())).toBe(GUIDE_NOT_PRINTED_DEMO);
    expect(await guide.getByRole('img', { name: /办事指南二维码/ }).count()).toBe(1);
    const guideText = await noFalsePromise(page, 'guide print');
    expect(guideText).not.toMatch(/暂时无法使用|已发送到打印机/);
    await guide.scrollIntoViewIfNeeded();
    await kiosk.shot('77-honest-guide-print-demo');

    const box = page.getByTestId('blank-form');
    await box.getByRole('button', { name: '打印样表' }).click();
    expect(await visibleText(box.locator('.blank-form-status p'))).toBe(formPrintNote('simulated', '样表'));
    await noFalsePromise(page, 'blank form');
    await kiosk.shot('76-honest-blank-form-demo');
  });
});
