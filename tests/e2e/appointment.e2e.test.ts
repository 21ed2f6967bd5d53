/**
 * 预约办理 end to end in Chromium against a live district server on loopback: booking with the (simulated)
 * ID card and with manual entry, a slot that is full (已约满) and one that fills while the citizen confirms
 * (CONFLICT), the slip (masked only) printed or not, cancelling with wrong then right digits and the
 * lockout, and the plain offline screen with the hall's phone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentSlots } from '../../src-main/contract/citizen.types.js';
import type { PrintedReceipt } from '../../src-main/contract/devices.types.js';
import type { Result } from '../../src-main/contract/result.js';
import { HALL } from '../server/server-harness.js';
import { startLiveDistrict, type LiveDistrict } from './district.js';
import { gone, startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';

const ITEM = { id: 'sscard-apply', name: '社会保障卡申领' };

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function tap(page: Page, scope: string, keys: string): Promise<void> {
  for (const key of keys) await page.locator(`${scope} [data-key="${key}"]`).first().click();
}

async function openBooking(page: Page): Promise<void> {
  await page.locator('.tile', { hasText: '预约办理' }).click();
  await page.getByRole('button', { name: /我要预约/ }).click();
  await page.getByRole('heading', { name: '请选择要预约办理的事项' }).waitFor();
}

/** Finds the item by searching its initials (社会保障卡申领 has no form: bookable, not declarable). */
async function pickBySearch(page: Page): Promise<void> {
  await page.locator('.search-entry').click();
  await tap(page, '.search-keyboard', 'shbzk');
  await page.locator('.item-list[aria-label="查找结果"] .item-row', { hasText: ITEM.name }).first().click();
  await page.locator('.appt-day-grid').waitFor();
}

/** Whatever is on the screen now must not show the test person in clear. */
async function assertMaskedOnScreen(page: Page): Promise<void> {
  const html = await page.content();
  for (const value of Object.values(TEST_PERSON)) expect(html).not.toContain(value);
}

async function lastSlip(kiosk: KioskUnderTest): Promise<string> {
  const receipts = ok<PrintedReceipt[]>(await kiosk.app.dispatch('devices.receipts', {}));
  return receipts[0]?.lines.join('\n') ?? '';
}

async function typeName(page: Page): Promise<void> {
  for (const [syllable, char] of [
    ['han', '韩'],
    ['hong', '红'],
    ['ying', '英'],
  ] as const) {
    await tap(page, '.manual-keyboard', syllable);
    await page.locator('.manual-keyboard [data-candidate]').filter({ hasText: char }).first().click();
  }
}

/** A whole flow typed key by key, with two checked screenshots per screen, on a shared loaded box. */
const FLOW_TIMEOUT_MS = 240_000;

describe('预约办理 with a live district server', { timeout: FLOW_TIMEOUT_MS }, () => {
  let district: LiveDistrict;
  let kiosk: KioskUnderTest;
  /** The date every booking in this file uses: the last open weekday offered. */
  let date = '';
  let firstNumber = '';

  beforeAll(async () => {
    district = await startLiveDistrict();
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 600 } });
    await district.enroll(kiosk.app);
    // Weekdays only, one seat a time: a second booking of a slot finds it full; Saturday (延时服务) has none.
    await district.harness.store.setSlotSchedule({
      hallCode: HALL.code,
      weekdays: [1, 2, 3, 4, 5],
      times: ['09:00', '10:00', '14:00'],
      capacity: 1,
    });
    // The hall's identity (its phone) came with the enrollment: load the app as a provisioned kiosk does.
    await kiosk.page.reload();
    await kiosk.page.waitForSelector('body[data-ready="catalog"]');
  });

  afterAll(async () => {
    await kiosk?.close();
    await district?.close();
  });

  it('card path: item by search, date, time, the card, phone, confirm; the slip masked; 完成 wipes', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '预约办理' }).click();
    await page.getByRole('button', { name: /我要预约/ }).waitFor();
    await kiosk.shot('50-appointment-start');
    await page.getByRole('button', { name: /我要预约/ }).click();
    await page.locator('.appt-shelves .chip[aria-pressed="true"]', { hasText: '常办事项' }).waitFor();
    await page.locator('.item-list .item-row').first().waitFor();
    await kiosk.shot('51-appointment-pick');
    // A theme shows its items (every catalog item can be booked, not only the declarable ones).
    await page.locator('.appt-shelves .chip', { hasText: '社会保险' }).click();
    await page.locator('.item-list .item-row', { hasText: ITEM.name }).waitFor();

    await page.locator('.search-entry').click();
    await tap(page, '.search-keyboard', 'shbzk');
    await page
      .locator('.item-list[aria-label="查找结果"] .item-row', { hasText: ITEM.name })
      .first()
      .waitFor();
    await kiosk.shot('51b-appointment-pick-search');
    await page.locator('.item-list[aria-label="查找结果"] .item-row', { hasText: ITEM.name }).first().click();

    // 14 open days of the hall, seats in words; Saturday has no slots on this server.
    await page.locator('.appt-day-grid').waitFor();
    expect(await page.locator('.appt-day').count()).toBe(14);
    const saturday = page.locator('.appt-day', { hasText: '周六' }).first();
    expect(await saturday.innerText()).toContain('不可预约');
    expect(await saturday.isDisabled()).toBe(true);
    const target = page.locator('.appt-day:not([disabled])', { hasText: '可约 3 个' }).last();
    date = (await target.getAttribute('data-date')) ?? '';
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await kiosk.shot('52-appointment-dates');
    // Landscape: the 14 days in rows of five, every one on screen in both modes.
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const large of [false, true]) {
      await page.evaluate((v) => document.documentElement.classList.toggle('large-text', v), large);
      const bottoms = await page
        .locator('.appt-day')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
      expect(bottoms, large ? '大字模式' : 'normal').toHaveLength(14);
      expect(Math.max(...bottoms), large ? '大字模式' : 'normal').toBeLessThanOrEqual(1080);
    }
    await page.evaluate(() => document.documentElement.classList.toggle('large-text', false));
    await page.setViewportSize({ width: 1080, height: 1920 });

    await target.click();
    await page.getByRole('heading', { name: '请选择时段' }).waitFor();
    expect(await page.locator('.appt-time').count()).toBe(3);
    expect(await page.locator('[data-time="09:00"]').innerText()).toContain('剩余 1 个');
    await kiosk.shot('53-appointment-times');
    await page.locator('[data-time="09:00"]').click();

    await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
    await kiosk.shot('54-appointment-identify');
    await page.getByRole('button', { name: '放入演示身份证' }).click();

    await page.getByRole('heading', { name: '请输入手机号码' }).waitFor();
    await tap(page, '.phone-entry', '2');
    expect(await visibleText(page.locator('.phone-status'))).toContain('以数字 1 开头');
    expect(await page.getByRole('button', { name: '下一步' }).isDisabled()).toBe(true);
    await page.locator('.phone-entry [data-key="clear"]').click();
    await tap(page, '.phone-entry', TEST_PERSON.phone.slice(0, 7));
    expect(await visibleText(page.locator('.phone-status'))).toContain('还需输入 4 位');
    await kiosk.shot('55-appointment-phone');
    await tap(page, '.phone-entry', TEST_PERSON.phone.slice(7));
    expect(await page.getByTestId('phone-value').innerText()).toBe('138 0533 1234');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('heading', { name: '请核对预约信息' }).waitFor();
    const review = await visibleText(page.locator('.appt-review'));
    expect(review).toContain(ITEM.name);
    expect(review).toContain('09:00');
    expect(review).toContain('韩*英');
    expect(review).toContain('3703**********0029');
    expect(review).toContain('138****1234');
    await assertMaskedOnScreen(page);
    await kiosk.shot('56-appointment-confirm');

    await page.getByRole('button', { name: '确认预约' }).click();
    firstNumber = await visibleText(page.getByTestId('appointment-number'));
    expect(firstNumber).toMatch(/^YY\d{14}[A-Z]{4}$/);
    // The kiosk's printer is the demo's simulated one: the screen says so rather than "take it".
    expect(await visibleText(page.locator('.done-status'))).toContain('预约凭条已由模拟打印机生成');
    await page.getByRole('img', { name: /预约编号二维码/ }).waitFor();
    await assertMaskedOnScreen(page);
    await kiosk.shot('57-appointment-done');

    const slip = await lastSlip(kiosk);
    expect(slip).toContain('预约凭条');
    expect(slip).toContain(firstNumber);
    expect(slip).toContain(ITEM.name);
    expect(slip).toContain('韩*英');
    for (const value of Object.values(TEST_PERSON)) expect(slip).not.toContain(value);

    await page.getByRole('button', { name: '完成' }).click();
    await page.waitForSelector('body[data-screen="home"]');
    await assertMaskedOnScreen(page);
    expect(kiosk.app.session.active()).toBe(false);
    await kiosk.app.dispatch('devices.simulateCard', { present: false });
  });

  it('manual path: a full slot says 已约满; one that fills meanwhile brings back the times; no paper, no slip', async () => {
    const { page } = kiosk;
    await openBooking(page);
    await pickBySearch(page);
    await page.locator(`.appt-day[data-date="${date}"]`).click();
    await page.getByRole('heading', { name: '请选择时段' }).waitFor();
    // The first test took 09:00 (one seat).
    const nine = page.locator('[data-time="09:00"]');
    expect(await nine.innerText()).toContain('已约满');
    expect(await nine.isDisabled()).toBe(true);
    await page.locator('[data-time="10:00"]').click();

    await page.getByRole('button', { name: '没带身份证，手动输入' }).click();
    await page.getByRole('heading', { name: '手动输入身份信息' }).waitFor();
    await typeName(page);
    await page.getByRole('button', { name: /^身份证号码：/ }).click();
    await tap(page, '.manual-keyboard', TEST_PERSON.idNumber);
    expect(await visibleText(page.locator('.manual-status'))).toContain('校验通过');
    await kiosk.shot('58-appointment-manual');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '请输入手机号码' }).waitFor();
    await tap(page, '.phone-entry', TEST_PERSON.phone);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '请核对预约信息' }).waitFor();

    // Someone at another kiosk of the district takes the 10:00 seat while this citizen reads.
    const other = await district.harness.enroll();
    await district.harness.client(other.deviceToken).book({
      idempotencyKey: 'other-kiosk-booking-0001',
      itemId: ITEM.id,
      slotDate: date,
      slotTime: '10:00',
      name: '张三',
      idNumber: '11010519491231002X',
      phone: '13900000000',
    });
    await page.getByRole('button', { name: '确认预约' }).click();
    await page.getByRole('heading', { name: '请选择时段' }).waitFor();
    expect(await visibleText(page.locator('.appt-times [role="status"]'))).toContain('刚刚约满');
    await page.locator('[data-time="10:00"]', { hasText: '已约满' }).waitFor();
    expect(await page.locator('[data-time="10:00"]').isDisabled()).toBe(true);
    await kiosk.shot('58b-appointment-conflict');

    // Another time: identity and phone are kept; the printer is out of paper this time.
    await page.locator('[data-time="14:00"]').click();
    await page.getByRole('heading', { name: '请输入手机号码' }).waitFor();
    expect(await page.getByTestId('phone-value').innerText()).toBe('138 0533 1234');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '请核对预约信息' }).waitFor();
    expect(await visibleText(page.locator('.appt-review'))).toContain('14:00');
    ok(await kiosk.app.dispatch('devices.simulateFailure', { printer: 'paper-out' }));
    await page.getByRole('button', { name: '确认预约' }).click();
    const number = await visibleText(page.getByTestId('appointment-number'));
    expect(number).toMatch(/^YY\d{14}[A-Z]{4}$/);
    expect(number).not.toBe(firstNumber);
    const status = await visibleText(page.locator('.done-status'));
    expect(status).toContain('已交工作人员补打');
    expect(status).toContain('请拍照保存预约编号');
    await kiosk.shot('59-appointment-done-not-printed');
    ok(await kiosk.app.dispatch('devices.simulateFailure', { printer: null }));

    // 评价本次服务 leads to the rating screen for this appointment.
    await page.getByRole('button', { name: '评价本次服务' }).click();
    await page.waitForSelector('body[data-screen="rating"]');
    await page.getByRole('button', { name: /退出/ }).click();
    await page.waitForSelector('body[data-screen="home"]');
    await assertMaskedOnScreen(page);
  });

  it('cancel: wrong digits get the calm message, the right ones cancel and free the seat', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '预约办理' }).click();
    await page.getByRole('button', { name: /取消预约/ }).click();
    await page.getByRole('heading', { name: '取消预约' }).waitFor();
    await tap(page, '.manual-keyboard', firstNumber.toLowerCase());
    expect(await page.getByRole('button', { name: /^预约编号：/ }).getAttribute('aria-label')).toBe(
      `预约编号：${firstNumber}`,
    );
    await page.getByRole('button', { name: /^身份证号后四位：/ }).click();
    await tap(page, '.manual-keyboard', '1234');
    await page.getByRole('button', { name: '确认取消预约' }).click();
    expect(await visibleText(page.locator('.appt-cancel-status .error-message-inline'))).toContain(
      '没有查到对应的预约',
    );
    await kiosk.shot('60-appointment-cancel-wrong');

    await page.locator('.manual-keyboard [data-key="clear"]').click();
    await tap(page, '.manual-keyboard', '0029');
    await page.getByRole('button', { name: '确认取消预约' }).click();
    expect(await visibleText(page.getByTestId('cancelled-number'))).toBe(firstNumber);
    await kiosk.shot('61-appointment-cancelled');

    const slots = ok<AppointmentSlots>(await kiosk.app.dispatch('appointment.slots', { itemId: ITEM.id }));
    const nine = slots.days.find((d) => d.date === date)?.slots.find((s) => s.time === '09:00');
    expect(nine?.remaining).toBe(1);
    await page.getByRole('button', { name: '完成' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });

  it('offline: booking says it needs the network, with the hall phone large and the window', async () => {
    const { page } = kiosk;
    await district.stop();
    await openBooking(page);
    await page.locator('.appt-shelves .chip', { hasText: '社会保险' }).click();
    await page.locator('.item-list .item-row', { hasText: ITEM.name }).first().click();
    await page.getByRole('heading', { name: '预约需要连接网络' }).waitFor();
    expect(await visibleText(page.getByTestId('hall-phone'))).toBe(HALL.phone);
    expect(await visibleText(page.locator('.appt-offline'))).toContain('或直接到窗口办理');
    await kiosk.shot('63-appointment-offline');

    await district.start();
    await page.getByRole('button', { name: '再试一次' }).click();
    await page.locator('.appt-day-grid').waitFor();
    await gone(page.locator('.appt-offline'));
    await page.getByRole('button', { name: /退出/ }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });

  it('cancel: five wrong tries lock it, and the screen says for how long', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '预约办理' }).click();
    await page.getByRole('button', { name: /取消预约/ }).click();
    await tap(page, '.manual-keyboard', firstNumber.toLowerCase());
    await page.getByRole('button', { name: /^身份证号后四位：/ }).click();
    const message = page.locator('.appt-cancel-status .error-message-inline');
    for (let i = 0; i < 4; i++) {
      await page.locator('.manual-keyboard [data-key="clear"]').click();
      await tap(page, '.manual-keyboard', `111${i}`);
      await page.getByRole('button', { name: '确认取消预约' }).click();
      await page.locator('.appt-cancel-status .error-message-inline:not(.appt-locked)').waitFor();
      await gone(page.locator('.appt-cancel-status .loading'));
    }
    await page.locator('.manual-keyboard [data-key="clear"]').click();
    await tap(page, '.manual-keyboard', '1119');
    await page.getByRole('button', { name: '确认取消预约' }).click();
    await page.locator('.appt-locked').waitFor();
    expect(await message.innerText()).toMatch(/分钟后再试/);
    await kiosk.shot('62-appointment-cancel-locked');
    await page.getByRole('button', { name: /退出/ }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });
});
