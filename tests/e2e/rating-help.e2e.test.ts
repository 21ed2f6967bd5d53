/**
 * 好差评 and 呼叫工作人员 end to end in Chromium (demo kiosk: simulated reader and printer, a real CUPS for
 * the guide): rating after a declaration (a 差评 needs a reason, then thanks with the follow-up promise;
 * the case then reads 已评价), from the home tile for a past case and for the visit (a second visit rating
 * answered calmly), after printing a guide, and a help call raised, kept and cancelled.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HelpCall } from '../../src-main/contract/citizen.types.js';
import { startCups, TEXT_PRESERVING, type Cups } from '../helpers/cups.js';
import { validValues } from '../helpers/declaration-values.js';
import { gone, startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';

async function tapKeys(page: Page, field: string, keys: string): Promise<void> {
  await page.locator(`[data-field="${field}"]`).click();
  for (const key of keys)
    await page.locator(`[data-input-for="${field}"] [data-key="${key}"]`).first().click();
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.locator(`[data-field="${field}"]`).click();
  await page.locator(`[data-input-for="${field}"] button`, { hasText: option }).first().click();
}

/** 评价 tile → 评价一次办理 → number and digits → the case list. */
async function lookUpForRating(page: Page, number: string, fromTile = true): Promise<void> {
  if (fromTile) await page.locator('.tile', { hasText: '评价' }).click();
  await page.getByRole('button', { name: /评价一次办理/ }).click();
  await page.locator('[data-query-field="number"]').click();
  await page.locator('.query-keyboard [data-key="clear"]').click();
  for (const key of number.toLowerCase()) await page.locator(`.query-keyboard [data-key="${key}"]`).click();
  await page.locator('[data-query-field="digits"]').click();
  for (const key of '0029') await page.locator(`.query-keyboard [data-key="${key}"]`).click();
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await page.locator(`.case-card[data-case="${number}"]`).waitFor();
}

/** Waits until `n` help.changed events were seen. */
function helpEvents(kiosk: KioskUnderTest): { seen: HelpCall[]; count: (n: number) => Promise<HelpCall[]> } {
  const seen: HelpCall[] = [];
  const waiters: Array<{ n: number; resolve: (calls: HelpCall[]) => void }> = [];
  kiosk.app.bus.on('help.changed', (call) => {
    seen.push(call);
    for (const w of waiters.filter((w) => seen.length >= w.n)) w.resolve([...seen]);
  });
  return {
    seen,
    count: (n) =>
      seen.length >= n ? Promise.resolve([...seen]) : new Promise((resolve) => waiters.push({ n, resolve })),
  };
}

describe('好差评 and 呼叫工作人员', { timeout: 180_000 }, () => {
  let kiosk: KioskUnderTest;
  let cups: Cups;
  let declared = '';

  beforeAll(async () => {
    cups = await startCups();
    kiosk = await startKioskInBrowser({
      config: {
        a4Queue: cups.queue,
        a4Server: cups.server ?? '',
        a4Options: TEXT_PRESERVING,
        idleTimeoutSec: 900,
      },
    });
  });

  afterAll(async () => {
    await kiosk?.close();
    await cups?.stop();
  });

  it('after a declaration: a 差评 without a reason is refused, with one it is thanked; the case then reads 已评价', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '自助申报' }).click();
    await page.locator('.item-row', { hasText: '老年人优待证办理' }).first().click();
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    await page.locator('[data-field="applicantName"]').waitFor();
    await tapKeys(page, 'phone', TEST_PERSON.phone);
    await choose(page, 'receiveWay', '窗口领取');
    await page.getByRole('button', { name: '填好了，下一步' }).click();
    await page.getByRole('button', { name: '我知道了，下一步' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    declared = await visibleText(page.getByTestId('local-number'));
    await kiosk.app.dispatch('devices.simulateCard', { present: false });

    await page.getByRole('button', { name: '评价本次服务' }).click();
    await page.getByRole('heading', { name: '请您为本次服务评价' }).waitFor();
    expect(await visibleText(page.locator('.rating-subject'))).toContain(declared);
    expect(await page.locator('.rating-level-name').allInnerTexts()).toEqual([
      '非常满意',
      '满意',
      '基本满意',
      '不满意',
      '非常不满意',
    ]);
    await kiosk.shot('40-rating-form');

    const ratingsBefore = kiosk.app.outbox.counts().pending;
    await page.locator('[data-level="1"]').click();
    await page.locator('.rating-reasons').waitFor();
    await page.getByRole('button', { name: '提交评价' }).click();
    expect(await visibleText(page.locator('.rating-message'))).toContain('至少选择一个原因');
    expect(kiosk.app.outbox.counts().pending).toBe(ratingsBefore);
    await kiosk.shot('41-rating-poor-needs-reason');

    await page.locator('[data-reason="服务效率"]').click();
    expect(await page.locator('[data-reason="服务效率"]').getAttribute('aria-pressed')).toBe('true');
    await gone(page.locator('.rating-message'));
    await page.locator('.rating-comment').click();
    for (const key of 'deng') await page.locator(`.rating-keyboard [data-key="${key}"]`).click();
    await page.locator('.rating-keyboard [data-candidate]', { hasText: '等' }).first().click();
    for (const key of 'jiu') await page.locator(`.rating-keyboard [data-key="${key}"]`).click();
    await page.locator('.rating-keyboard [data-candidate]', { hasText: '久' }).first().click();
    expect(await visibleText(page.locator('.rating-comment .value-text'))).toBe('等久');
    await kiosk.shot('42-rating-poor-reason-comment');

    await page.getByRole('button', { name: '提交评价' }).click();
    const thanks = page.getByTestId('rating-thanks');
    await thanks.waitFor();
    // A demo kiosk (not enrolled): no one follows the 差评 up, and the screen says so.
    expect(await thanks.innerText()).toContain('演示模式：不会有人跟进这条评价');
    expect(await thanks.innerText()).not.toContain('个工作日内跟进');
    const tracking = await visibleText(thanks.locator('.case-number'));
    expect(kiosk.app.outbox.byLocalNumber(tracking)).toMatchObject({
      kind: 'rating',
      summary: { level: 1, target: 'case' },
    });
    await kiosk.shot('43-rating-thanks-poor');

    // Later the same session, from the tile: the case is already rated and offers no second rating.
    await page.getByRole('button', { name: '办理其他事项' }).click();
    await lookUpForRating(page, declared);
    const card = page.locator(`.case-card[data-case="${declared}"]`);
    expect(await visibleText(card.locator('.case-rated'))).toContain('已评价');
    expect(await card.getByRole('button', { name: '评价这次办理' }).count()).toBe(0);
    await kiosk.shot('44-rating-case-already');
  });

  it('from the tile: a past case by its number, then the visit once; a second visit rating is answered calmly', async () => {
    const { page } = kiosk;
    // A declaration handed in during an earlier session.
    await kiosk.app.dispatch('session.activity', {});
    const past = await kiosk.app.dispatch('declaration.submit', {
      itemId: 'pension-enroll',
      consent: true,
      identityMethod: 'card',
      values: validValues(kiosk.app.catalog),
    });
    if (!past.ok) throw new Error(past.error.message);
    const number = (past.value as { localNumber: string }).localNumber;
    await kiosk.app.dispatch('session.end', { reason: 'done' });
    await page.waitForSelector('body[data-screen="home"]');

    await page.locator('.tile', { hasText: '评价' }).click();
    await page.getByRole('heading', { name: '您想评价什么？' }).waitFor();
    await kiosk.shot('45-rating-choose');
    await lookUpForRating(page, number, false);
    await kiosk.shot('46-rating-case-pick');
    await page
      .locator(`.case-card[data-case="${number}"]`)
      .getByRole('button', { name: '评价这次办理' })
      .click();
    expect(await visibleText(page.locator('.rating-subject'))).toContain('城乡居民基本养老保险参保登记');
    await page.locator('[data-level="4"]').click();
    expect(await page.locator('.rating-reasons').count()).toBe(0);
    await page.getByRole('button', { name: '提交评价' }).click();
    const thanks = page.getByTestId('rating-thanks');
    await thanks.waitFor();
    expect(await thanks.innerText()).not.toContain('工作日');

    await page.getByRole('button', { name: '办理其他事项' }).click();
    await page.locator('.tile', { hasText: '评价' }).click();
    await page.getByRole('button', { name: '评价本次大厅服务' }).click();
    expect(await visibleText(page.locator('.rating-subject'))).toContain('本次大厅服务');
    await page.locator('[data-level="5"]').click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByTestId('rating-thanks').waitFor();

    // The visit was rated in this session already: the kiosk says so, without alarm.
    await page.getByRole('button', { name: '办理其他事项' }).click();
    await page.locator('.tile', { hasText: '评价' }).click();
    await page.getByRole('button', { name: '评价本次大厅服务' }).click();
    await page.locator('[data-level="3"]').click();
    await page.getByRole('button', { name: '提交评价' }).click();
    const already = page.getByTestId('rating-already');
    await already.waitFor();
    expect(await already.innerText()).toContain('本次服务已经评价过了');
    await kiosk.shot('47-rating-visit-already');
    await page.getByRole('button', { name: '完成' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });

  it('after printing a guide: 评价本次服务 rates the visit for that item; then a help call from the guide', async () => {
    const { page } = kiosk;
    const events = helpEvents(kiosk);
    await page.locator('.tile', { hasText: '办事指南' }).click();
    await page
      .getByRole('button', { name: /社会救助/ })
      .first()
      .click();
    await page.getByRole('button', { name: /最低生活保障审核确认/ }).click();
    await page.waitForSelector('body[data-screen="guide"] .guide-title');
    await page.getByRole('button', { name: '打印指南' }).click();
    await page.locator('.print-status .ok-message').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '评价本次服务' }).click();
    expect(await visibleText(page.locator('.rating-subject'))).toContain(
      '本次大厅服务：最低生活保障审核确认',
    );
    await page.locator('[data-level="5"]').click();
    await page.getByRole('button', { name: '提交评价' }).click();
    const tracking = await visibleText(page.getByTestId('rating-thanks').locator('.case-number'));
    expect(kiosk.app.outbox.byLocalNumber(tracking)).toMatchObject({
      kind: 'rating',
      summary: { level: 5, target: 'visit' },
    });
    await page.getByRole('button', { name: '返回', exact: true }).click();
    await page.waitForSelector('body[data-screen="guide"] .guide-title');

    // 呼叫工作人员 from the guide: the call names the screen; a demo kiosk says it reaches no one.
    await page.locator('.topbar [data-help-button]').click();
    const panel = page.getByTestId('help-panel');
    expect(await visibleText(panel.locator('h2'))).toBe('演示模式：呼叫没有转给工作人员');
    expect(await panel.locator('.help-lead').innerText()).toBe('这台演示终端不会通知任何人');
    const [opened] = await events.count(1);
    expect(opened).toMatchObject({ state: 'open', screen: expect.stringMatching(/^guide\/[a-z0-9-]+$/) });
    await kiosk.shot('48-help-panel');

    // 好的: the call stays open; the button says on every screen that no one was told, and reopens the panel.
    await panel.getByRole('button', { name: '好的' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await visibleText(page.locator('.topbar [data-help-button]'))).toBe('演示：未通知');
    await page.getByRole('button', { name: '首页' }).click();
    const homeButton = page.locator('.home-footer [data-help-button]');
    expect(await visibleText(homeButton)).toBe('演示：未通知');
    expect(await homeButton.getAttribute('data-help-seen')).toBe('false');
    await kiosk.shot('49-help-called');
    expect(events.seen).toHaveLength(1);

    await homeButton.click();
    await panel.getByRole('button', { name: '取消呼叫' }).click();
    const [, cancelled] = await events.count(2);
    expect(cancelled).toMatchObject({ callId: opened!.callId, state: 'cancelled' });
    await panel.waitFor({ state: 'detached' });
    expect(await visibleText(homeButton)).toBe('呼叫工作人员');
  });
});
