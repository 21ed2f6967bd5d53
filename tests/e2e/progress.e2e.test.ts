/**
 * 进度查询 end to end in Chromium against a kiosk enrolled with a live district server on loopback: by
 * 申报编号 and ID digits with the server's status timeline, rating a case from the results, the offline
 * answer with "更新于", by ID card (simulated reader) online and offline, and the calm wrong-try message
 * up to the lock.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CARD } from '../../src-main/services/devices/simulated-reader.js';
import { validValues } from '../helpers/declaration-values.js';
import { startLiveDistrict, type LiveDistrict } from './district.js';
import { gone, startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

const NO_MATCH = '没有查到对应的办件，请核对编号和身份证号后四位。';

async function tap(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.locator(`.query-keyboard [data-key="${key.toLowerCase()}"]`).click();
}

/** Types the number (after the prefilled hall code when it starts with it) and the four digits. */
async function enterQuery(page: Page, number: string, digits: string, hallCode: string): Promise<void> {
  await page.locator('[data-query-field="number"]').click();
  const prefilled = await page.locator('.query-number').innerText();
  if (prefilled === hallCode && number.startsWith(hallCode)) await tap(page, number.slice(hallCode.length));
  else {
    await page.locator('.query-keyboard [data-key="clear"]').click();
    await tap(page, number);
  }
  expect(await page.locator('.query-number').innerText()).toBe(number);
  await page.locator('[data-query-field="digits"]').click();
  await page.locator('.query-keyboard [data-key="clear"]').click();
  await tap(page, digits);
}

/** Presses 查询 and waits for the kiosk's answer to arrive (the screen then shows it). */
async function query(page: Page): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  const answer = page.waitForResponse((r) => r.url().includes('/api/progress.query'));
  await page.getByRole('button', { name: '查询', exact: true }).click();
  return (await (await answer).json()) as { ok: boolean; error?: { code: string; message: string } };
}

describe('进度查询 with a live district server', { timeout: 180_000 }, () => {
  let kiosk: KioskUnderTest;
  let district: LiveDistrict;
  let number = '';
  let hallCode = '';

  beforeAll(async () => {
    district = await startLiveDistrict();
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 900 } });
    await district.enroll(kiosk.app);
    hallCode = kiosk.app.config.get().hallCode;

    // A declaration handed in at this kiosk earlier, uploaded, then accepted and worked on by the hall.
    await kiosk.app.dispatch('session.activity', {});
    const declared = await kiosk.app.dispatch('declaration.submit', {
      itemId: 'pension-enroll',
      consent: true,
      identityMethod: 'card',
      values: validValues(kiosk.app.catalog),
    });
    if (!declared.ok) throw new Error(`declaration refused: ${declared.error.message}`);
    number = (declared.value as { localNumber: string }).localNumber;
    await kiosk.app.dispatch('session.end', { reason: 'done' });
    await kiosk.app.sync.runRound(['outbox']);
    const caseNumber = kiosk.app.outbox.byLocalNumber(number)?.caseNumber;
    if (!caseNumber) throw new Error('the declaration did not reach the district server');
    await district.harness.store.setCaseStatus({
      caseNumber,
      status: '已受理',
      note: '材料齐全',
      at: new Date().toISOString(),
    });
    await district.harness.store.setCaseStatus({
      caseNumber,
      status: '办理中',
      at: new Date().toISOString(),
    });
  });

  afterAll(async () => {
    await kiosk?.close();
    await district?.close();
  });

  it('by 申报编号 and ID digits: the live timeline with the current status, the next step, and 评价', async () => {
    const { page } = kiosk;
    await page.waitForSelector('body[data-screen="home"]');
    await page.locator('.tile', { hasText: '进度查询' }).click();
    await page.getByRole('heading', { name: '请选择查询方式' }).waitFor();
    await kiosk.shot('30-progress-choose');

    await page.getByRole('button', { name: /输入申报编号查询/ }).click();
    expect(await visibleText(page.locator('.query-number'))).toBe(hallCode);
    await kiosk.shot('31-progress-number');

    await enterQuery(page, number, '0029', hallCode);
    expect((await query(page)).ok).toBe(true);
    const card = page.locator(`.case-card[data-case="${number}"]`);
    await card.waitFor();
    expect(await card.locator('.case-item').innerText()).toBe('城乡居民基本养老保险参保登记');
    const steps = (await card.locator('.timeline-status').allInnerTexts()).map((t) => t.replace(/\s/g, ''));
    expect(steps).toEqual(['本机提交', '已提交', '已受理', '办理中当前状态']);
    const current = card.locator('.timeline-step[aria-current="step"]');
    expect(await current.count()).toBe(1);
    expect(await current.innerText()).toContain('办理中');
    expect(await card.locator('.timeline-step').nth(2).innerText()).toContain('材料齐全');
    expect(await card.locator('.case-next').innerText()).toContain('正在办理');
    // Straight from the server: no "更新于" note.
    expect(await card.locator('.case-fresh').count()).toBe(0);
    await kiosk.shot('32-progress-result-live');

    // Rate it from the results; the results come back marked 已评价.
    await card.getByRole('button', { name: '评价这次办理' }).click();
    await page.locator('[data-level="4"]').click();
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByTestId('rating-thanks').waitFor();
    expect(await page.getByTestId('rating-thanks').innerText()).toContain('满意');
    await page.getByRole('button', { name: '返回查询结果' }).click();
    expect(await visibleText(card.locator('.case-rated'))).toContain('已评价');
    expect(await card.getByRole('button', { name: '评价这次办理' }).count()).toBe(0);
    await kiosk.shot('33-progress-rated');
  });

  it('offline: the last synced status with "更新于", by number and by card', async () => {
    const { page } = kiosk;
    await district.stop();
    try {
      await page.getByRole('button', { name: '再查一件' }).click();
      await page.getByRole('button', { name: /输入申报编号查询/ }).click();
      await enterQuery(page, number, '0029', hallCode);
      expect((await query(page)).ok).toBe(true);
      const card = page.locator(`.case-card[data-case="${number}"]`);
      expect(await visibleText(card.locator('.case-fresh'))).toMatch(
        /^状态更新于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/,
      );
      expect(await visibleText(page.getByTestId('offline-note'))).toContain('最近一次同步的状态');
      // The last status pulled (by the query above) is still shown.
      expect(await card.locator('.timeline-step[aria-current="step"]').innerText()).toContain('办理中');
      await kiosk.shot('34-progress-offline');

      await kiosk.app.dispatch('devices.simulateCard', { present: false });
      await page.getByRole('button', { name: '再查一件' }).click();
      await page.getByRole('button', { name: /刷身份证查询/ }).click();
      await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
      await page.getByRole('button', { name: '放入演示身份证' }).waitFor();
      await kiosk.shot('35-progress-card-prompt');
      await page.getByRole('button', { name: '放入演示身份证' }).click();
      await page.locator('.progress-results').waitFor();
      expect(await visibleText(page.locator('#progress-results-title'))).toBe('韩*英 的办件（共 1 件）');
      expect(await visibleText(page.getByTestId('offline-note'))).toContain('只列出在本机提交的办件');
      expect(await page.locator('.case-card').count()).toBe(1);
      expect(await visibleText(page.locator(`.case-card[data-case="${number}"] .case-fresh`))).toContain(
        '状态更新于',
      );
      await kiosk.shot('36-progress-card-offline');
    } finally {
      await kiosk.app.dispatch('devices.simulateCard', { present: false });
      await district.start();
    }
  });

  it('by ID card online: the holder’s cases of this kiosk and of the district, the card data never shown', async () => {
    const { page } = kiosk;
    const other = await district.harness.enroll();
    await district.harness.client(other.deviceToken).submit({
      idempotencyKey: 'e2e-other-kiosk-0001',
      kind: 'declaration',
      payload: {
        itemName: '残疾人证新办',
        applicant: { name: SAMPLE_CARD.name, idNumber: SAMPLE_CARD.idNumber },
      },
    });
    await page.getByRole('button', { name: '再查一件' }).click();
    await page.getByRole('button', { name: /刷身份证查询/ }).click();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    await page.locator('.progress-results').waitFor();
    expect(await visibleText(page.locator('#progress-results-title'))).toBe('韩*英 的办件（共 2 件）');
    expect(await page.getByTestId('offline-note').count()).toBe(0);
    expect((await page.locator('.case-item').allInnerTexts()).sort()).toEqual([
      '城乡居民基本养老保险参保登记',
      '残疾人证新办',
    ]);
    const html = await page.content();
    expect(html).not.toContain(SAMPLE_CARD.idNumber);
    expect(html).not.toContain(SAMPLE_CARD.name);
    await kiosk.shot('37-progress-card-online');
    await kiosk.app.dispatch('devices.simulateCard', { present: false });
  });

  it('a wrong number or wrong digits: one calm message; five wrong tries lock the query', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: '再查一件' }).click();
    await page.getByRole('button', { name: /输入申报编号查询/ }).click();

    await enterQuery(page, number, '1111', hallCode);
    expect((await query(page)).error?.code).toBe('INPUT');
    expect(await visibleText(page.locator('.query-message'))).toBe(NO_MATCH);
    await kiosk.shot('38-progress-no-match');

    // A number that does not exist reads exactly the same.
    const wrongNumber = `${number.slice(0, -4)}9999`;
    await enterQuery(page, wrongNumber, '0029', hallCode);
    const second = await query(page);
    expect(second.error).toMatchObject({ code: 'INPUT', message: NO_MATCH });
    expect(await visibleText(page.locator('.query-message'))).toBe(NO_MATCH);

    await enterQuery(page, number, '3333', hallCode);
    expect((await query(page)).error?.code).toBe('INPUT');
    expect(await visibleText(page.locator('.query-message'))).toBe(`${NO_MATCH}还可以再试 2 次。`);
    await enterQuery(page, number, '4444', hallCode);
    expect((await query(page)).error?.code).toBe('INPUT');
    expect(await visibleText(page.locator('.query-message'))).toBe(`${NO_MATCH}还可以再试 1 次。`);

    await enterQuery(page, number, '5555', hallCode);
    expect((await query(page)).error?.code).toBe('LOCKED');
    expect(await visibleText(page.locator('.query-message.query-locked'))).toContain('分钟后再试');
    // Locked: the right digits wait too, and nothing is shown.
    await enterQuery(page, number, '0029', hallCode);
    expect((await query(page)).error?.code).toBe('LOCKED');
    await gone(page.locator('.case-card'));
    await kiosk.shot('39-progress-locked');
  });
});
