/**
 * 投诉建议 end to end in Chromium: a named complaint with a phone for the reply and an anonymous one,
 * each stored in the kiosk's outbox before the citizen sees the tracking number and, with the kiosk
 * enrolled, delivered to the live district server on loopback; the slip carries the masked phone only.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintedReceipt } from '../../src-main/contract/devices.types.js';
import type { Result } from '../../src-main/contract/result.js';
import { startLiveDistrict, type LiveDistrict } from './district.js';
import { startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function tap(page: Page, scope: string, keys: string): Promise<void> {
  for (const key of keys) await page.locator(`${scope} [data-key="${key}"]`).first().click();
}

/** Types pinyin and picks the candidate that is exactly `word`. */
async function write(page: Page, parts: ReadonlyArray<readonly [string, string]>): Promise<void> {
  for (const [pinyin, word] of parts) {
    await tap(page, '.kb-pinyin', pinyin);
    await page
      .locator('.kb-pinyin [data-candidate]')
      .filter({ hasText: new RegExp(`^${word}$`) })
      .first()
      .click();
  }
}

async function openComplaint(page: Page): Promise<void> {
  await page.locator('.tile', { hasText: '投诉建议' }).click();
  await page.getByRole('heading', { name: '您要反映哪方面的问题？' }).waitFor();
}

/** The server's copy of a complaint, found by the case number the kiosk got for it. */
async function onServer(
  district: LiveDistrict,
  caseNumber: string,
): Promise<Record<string, unknown> | undefined> {
  const rows = await district.harness.store.listSubmissions('complaint', 10);
  return rows.find((r) => r.caseNumber === caseNumber)?.payload as Record<string, unknown> | undefined;
}

/** A whole flow typed key by key, with two checked screenshots per screen, on a shared loaded box. */
const FLOW_TIMEOUT_MS = 240_000;

describe('投诉建议 with the kiosk enrolled on a live district server', { timeout: FLOW_TIMEOUT_MS }, () => {
  let district: LiveDistrict;
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    district = await startLiveDistrict();
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 600 } });
    await district.enroll(kiosk.app);
    // The hall's identity (its phone) came with the enrollment: load the app as a provisioned kiosk does.
    await kiosk.page.reload();
    await kiosk.page.waitForSelector('body[data-ready="catalog"]');
  });

  afterAll(async () => {
    await kiosk?.close();
    await district?.close();
  });

  it('named, with a phone: category, text with its counter, phone, review; outbox, slip, server', async () => {
    const { page } = kiosk;
    await openComplaint(page);
    expect(await page.locator('.cmp-category-btn').count()).toBe(6);
    await kiosk.shot('64-complaint-category');
    await page.locator('[data-category="办事效率"]').click();

    await page.getByRole('heading', { name: '请写下具体情况' }).waitFor();
    expect(await page.getByRole('button', { name: '写好了，下一步' }).isDisabled()).toBe(true);
    await write(page, [
      ['paidui', '排队'],
      ['tai', '太'],
      ['jiu', '久'],
    ]);
    await page.locator('.kb-pinyin [data-key="，"]').click();
    await write(page, [
      ['xiwang', '希望'],
      ['jia', '加'],
      ['chuangkou', '窗口'],
    ]);
    const text = '排队太久，希望加窗口';
    expect(await visibleText(page.getByTestId('complaint-text'))).toBe(text);
    expect(await visibleText(page.getByTestId('complaint-counter'))).toBe(
      `已输入 ${text.length} 字，最多 1000 字`,
    );
    await kiosk.shot('65-complaint-text');
    await page.getByRole('button', { name: '写好了，下一步' }).click();

    await page.getByRole('heading', { name: '需要我们答复您吗？' }).waitFor();
    await tap(page, '.phone-entry', TEST_PERSON.phone.slice(0, 5));
    // A half-typed number cannot go on; an empty one could (the phone is optional).
    expect(await page.getByRole('button', { name: '下一步' }).isDisabled()).toBe(true);
    await tap(page, '.phone-entry', TEST_PERSON.phone.slice(5));
    expect(await page.getByTestId('phone-value').innerText()).toBe('138 0533 1234');
    await kiosk.shot('66-complaint-contact');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('heading', { name: '请核对后提交' }).waitFor();
    const review = await visibleText(page.locator('.cmp-review-list'));
    expect(review).toContain('办事效率');
    expect(review).toContain(text);
    expect(review).toContain('138****1234');
    expect(await page.content()).not.toContain(TEST_PERSON.phone);
    await kiosk.shot('67-complaint-review');

    await page.getByRole('button', { name: '确认提交' }).click();
    const number = await visibleText(page.getByTestId('tracking-number'));
    expect(number).toMatch(/^ZCKL01\d{12}$/);
    expect(await visibleText(page.getByTestId('complaint-next'))).toBe('我们将在 5 个工作日内电话答复您。');
    // Simulated printer: the screen says the slip was not really printed.
    expect(await visibleText(page.locator('.done-status'))).toContain('回执已由模拟打印机生成');
    await kiosk.shot('68-complaint-done');

    const row = kiosk.app.outbox.byLocalNumber(number);
    expect(row).toMatchObject({ kind: 'complaint', summary: { category: '办事效率', anonymous: false } });
    const slip = ok<PrintedReceipt[]>(await kiosk.app.dispatch('devices.receipts', {}))[0]?.lines.join('\n');
    expect(slip).toContain(number);
    expect(slip).toContain('138****1234');
    expect(slip).not.toContain(TEST_PERSON.phone);
    expect(slip).not.toContain('排队太久');

    await kiosk.app.sync.syncNow();
    const caseNumber = kiosk.app.outbox.byLocalNumber(number)?.caseNumber;
    expect(caseNumber).toEqual(expect.any(String));
    expect(await onServer(district, caseNumber ?? '')).toMatchObject({
      category: '办事效率',
      text,
      phone: TEST_PERSON.phone,
      anonymous: false,
    });

    await page.getByRole('button', { name: '完成' }).click();
    await page.waitForSelector('body[data-screen="home"]');
    expect(await page.content()).not.toContain(text);
  });

  it('anonymous: the phone is hidden and dropped, the answer says no reply, nothing personal leaves', async () => {
    const { page } = kiosk;
    await openComplaint(page);
    await page.locator('[data-category="意见建议"]').click();
    // The category's common phrases: one tap writes one, a second tap takes it out again; typing goes on.
    const phrase = (p: string) => page.locator(`.cmp-phrase[data-phrase="${p}"]`);
    await phrase('希望中午也能办').click();
    await phrase('希望多开几个窗口').click();
    expect(await visibleText(page.getByTestId('complaint-text'))).toBe('希望中午也能办，希望多开几个窗口');
    expect(await phrase('希望中午也能办').getAttribute('aria-pressed')).toBe('true');
    await phrase('希望中午也能办').click();
    expect(await phrase('希望中午也能办').getAttribute('aria-pressed')).toBe('false');
    await page.locator('.kb-pinyin [data-key="，"]').click();
    await write(page, [['xiwang', '希望']]);
    const text = '希望多开几个窗口，希望';
    expect(await visibleText(page.getByTestId('complaint-text'))).toBe(text);
    await kiosk.shot('65b-complaint-text-phrases');
    await page.getByRole('button', { name: '写好了，下一步' }).click();
    await page.getByRole('heading', { name: '需要我们答复您吗？' }).waitFor();
    // A number typed first, then 匿名提交: the number goes away with the field.
    await tap(page, '.phone-entry', TEST_PERSON.phone);
    await page.getByRole('button', { name: '匿名提交' }).click();
    expect(await page.locator('.cmp-anonymous').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.phone-entry').count()).toBe(0);
    expect(await page.content()).not.toContain('138 0533 1234');
    await kiosk.shot('66b-complaint-contact-anonymous');
    await page.getByRole('button', { name: '下一步' }).click();
    expect(await visibleText(page.locator('.cmp-review-list'))).toContain('匿名提交（不答复）');
    await page.getByRole('button', { name: '确认提交' }).click();

    const number = await visibleText(page.getByTestId('tracking-number'));
    expect(await visibleText(page.getByTestId('complaint-next'))).toContain('无法答复您');
    await kiosk.shot('69-complaint-done-anonymous');
    const slip = ok<PrintedReceipt[]>(await kiosk.app.dispatch('devices.receipts', {}))[0]?.lines.join('\n');
    expect(slip).toContain(number);
    expect(slip).toContain('未留（匿名）');

    expect(kiosk.app.outbox.byLocalNumber(number)).toMatchObject({
      kind: 'complaint',
      summary: { category: '意见建议', anonymous: true },
    });
    await kiosk.app.sync.syncNow();
    const caseNumber = kiosk.app.outbox.byLocalNumber(number)?.caseNumber ?? '';
    const payload = await onServer(district, caseNumber);
    expect(payload).toMatchObject({ category: '意见建议', text, anonymous: true });
    expect(payload).not.toHaveProperty('phone');

    await page.getByRole('button', { name: '完成' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });
});
