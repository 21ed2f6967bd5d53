/**
 * 自助申报 end to end in Chromium with the emulated ID-card reader and receipt printer over real PTYs:
 * the card path, the manual path, the printer running out of paper, and the session wipe after 完成.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EscPosEmulator } from '../emulators/escpos-emulator.js';
import { renderJobToPng } from '../emulators/escpos-emulator.js';
import type { IdCardEmulator } from '../emulators/idcard-emulator.js';
import { RESIDENT_CARD } from '../emulators/idcard-emulator.js';
import { startDeviceRig, type DeviceRig } from '../emulators/device-rig.js';
import { EnrollmentStore } from '../../src-main/services/sync/enrollment.store.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { outputPath } from '../helpers/temp-dir.js';
import { tapKeys as keys, typePinyin } from './form-input.js';
import {
  doneStatus,
  gone,
  startKioskInBrowser,
  TEST_PERSON,
  visibleText,
  type KioskUnderTest,
} from './harness.js';

async function tapKeys(page: Page, field: string, keys: string): Promise<void> {
  await page.locator(`[data-field="${field}"]`).click();
  for (const key of keys)
    await page.locator(`[data-input-for="${field}"] [data-key="${key}"]`).first().click();
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.locator(`[data-field="${field}"]`).click();
  await page.locator(`[data-input-for="${field}"] button`, { hasText: option }).first().click();
}

async function pickItem(page: Page, name: string): Promise<void> {
  await page.locator('.tile', { hasText: '自助申报' }).click();
  await page.waitForSelector('body[data-screen="declare-pick"] .item-row');
  await page.locator('.item-row', { hasText: name }).first().click();
  await page.getByRole('button', { name: '同意并继续' }).waitFor();
}

/** Puts something of the citizen's into the window's web storage, for the session's end to wipe. */
async function seedStorage(page: Page): Promise<void> {
  await page.evaluate(
    ({ name, idNumber }) => {
      window.localStorage.setItem('kiosk-e2e-probe', name);
      window.sessionStorage.setItem('kiosk-e2e-probe', idNumber);
    },
    { name: TEST_PERSON.name, idNumber: TEST_PERSON.idNumber },
  );
  expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(2);
}

/** What a citizen could still see or reach after the session: nothing personal. */
async function assertWiped(kiosk: KioskUnderTest): Promise<void> {
  const { page } = kiosk;
  await page.waitForSelector('body[data-screen="home"]');
  const html = await page.content();
  for (const value of Object.values(TEST_PERSON)) expect(html).not.toContain(value);
  expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(0);
  expect(kiosk.app.session.active()).toBe(false);
  expect(kiosk.app.session.data()).toBeUndefined();
}

describe('self-declaration with the emulated reader and printer', () => {
  let kiosk: KioskUnderTest;
  let devices: DeviceRig;
  let reader: IdCardEmulator;
  let printer: EscPosEmulator;

  beforeAll(async () => {
    devices = await startDeviceRig();
    ({ reader, printer } = devices);
    kiosk = await startKioskInBrowser({
      config: {
        ...devices.config,
        idleTimeoutSec: 600,
      },
    });
  });

  afterAll(async () => {
    await kiosk?.close();
    await devices?.close();
  });

  it('card path: the ID card fills the form, the declaration is stored and the receipt printed', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '自助申报' }).click();
    await page.waitForSelector('body[data-screen="declare-pick"] .item-row');
    expect(await visibleText(page.getByRole('heading', { name: '请选择要申报的事项' }))).toBe(
      '请选择要申报的事项',
    );
    await kiosk.shot('19-declare-pick');
    // Finding the item by its pinyin initials on the letter keyboard.
    await page.getByRole('button', { name: /查找事项/ }).click();
    for (const key of 'lnr') await page.locator(`.search-keyboard [data-key="${key}"]`).first().click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('.item-list[aria-label="可自助申报的事项"]')
          ?.textContent?.includes('老年人优待证办理') ?? false,
    );
    await kiosk.shot('19b-declare-pick-search');
    await page.locator('.item-row', { hasText: '老年人优待证办理' }).first().click();
    await page.getByRole('button', { name: '同意并继续' }).waitFor();
    await kiosk.shot('20-declare-consent');
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
    await kiosk.shot('21-declare-identify');

    // No card on the reader yet: a calm message, a retry and the manual-entry offer.
    await page.getByRole('button', { name: '读取身份证' }).click();
    await page.locator('.identify-status .error-message-inline').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '重新读取' }).waitFor();
    await page.getByRole('button', { name: '没带身份证，手动输入' }).waitFor();
    await kiosk.shot('21b-declare-identify-failed');

    reader.insertCard(RESIDENT_CARD);
    await page.locator('[data-field="applicantName"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-field="applicantName"]').getAttribute('data-value')).toBe(
      TEST_PERSON.name,
    );
    expect(await page.locator('[data-field="applicantIdNumber"]').getAttribute('data-value')).toBe(
      TEST_PERSON.idNumber,
    );
    await tapKeys(page, 'phone', TEST_PERSON.phone);
    await choose(page, 'receiveWay', '窗口领取');
    await kiosk.shot('22-declare-form');

    await page.getByRole('button', { name: '填好了，下一步' }).click();
    await page.getByRole('heading', { name: '需要准备的材料' }).waitFor();
    await kiosk.shot('23-declare-materials');
    await page.getByRole('button', { name: '我知道了，下一步' }).click();
    await page.getByRole('heading', { name: '请核对填写的内容' }).waitFor();
    await kiosk.shot('24-declare-review');

    printer.clear();
    await page.getByRole('button', { name: '确认提交' }).click();
    const number = await visibleText(page.getByTestId('local-number'));
    expect(number).toMatch(/^ZCKL01\d{12}$/);
    expect(await doneStatus(page)).toContain('回执已打印');
    // Not provisioned: a demo kiosk says the application stays here, not that the network is down.
    const note = await visibleText(page.getByTestId('done-lead'));
    expect(note).toContain('演示模式');
    expect(note).not.toContain('网络');
    expect(await page.locator('[data-upload]').getAttribute('data-upload')).toBe('local');
    await kiosk.shot('25-declare-done');

    const row = kiosk.app.outbox.byLocalNumber(number);
    expect(row).toMatchObject({
      kind: 'declaration',
      state: 'pending',
      hasPayload: true,
      itemId: 'elder-card',
    });
    const elements = await printer.waitForCuts(1);
    const printedText = JSON.stringify(elements);
    expect(printedText).toContain(number);
    expect(printedText).toContain('韩*英');
    expect(printedText).not.toContain(TEST_PERSON.idNumber);
    await renderJobToPng(elements, outputPath('receipts', 'declaration-receipt.png'));

    await seedStorage(page);
    await page.getByRole('button', { name: '完成' }).click();
    await assertWiped(kiosk);
    reader.removeCard();
  }, 120_000);

  it('manual path: name on the pinyin keyboard, ID on the keypad with its check digit verified', async () => {
    const { page } = kiosk;
    await pickItem(page, '老年人优待证办理');
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '没带身份证，手动输入' }).click();
    await page.getByRole('heading', { name: '手动输入身份信息' }).waitFor();
    for (const key of 'hanhongying') await page.locator(`.manual-keyboard [data-key="${key}"]`).click();
    await page.locator('.manual-keyboard [data-candidate]', { hasText: '韩' }).first().click();
    await page.locator('.manual-keyboard [data-candidate]', { hasText: '红' }).first().click();
    await page.locator('.manual-keyboard [data-candidate]', { hasText: '英' }).first().click();
    expect(await page.getByRole('button', { name: /^姓名：/ }).getAttribute('aria-label')).toBe(
      '姓名：韩红英',
    );
    await page.getByRole('button', { name: /^身份证号码：/ }).click();
    for (const key of '370302199001010021')
      await page.locator(`.manual-keyboard [data-key="${key}"]`).click();
    expect(await visibleText(page.locator('.manual-status'))).toContain('校验不通过');
    await kiosk.shot('26-declare-manual-bad-id');
    await page.locator('.manual-keyboard [data-key="backspace"]').click();
    await page.locator('.manual-keyboard [data-key="9"]').click();
    expect(await visibleText(page.locator('.manual-status'))).toContain('校验通过');
    await page.getByRole('button', { name: '下一步' }).click();

    await tapKeys(page, 'phone', TEST_PERSON.phone);
    // 邮寄到家 makes 邮寄地址 required (requiredWhen): the form asks for it.
    await choose(page, 'receiveWay', '邮寄到家');
    await page.getByRole('button', { name: '填好了，下一步' }).click();
    const addressRow = page.locator('[data-field-row="mailAddress"]');
    expect(await visibleText(addressRow.locator('.form-error'))).toContain('请填写邮寄地址');
    expect(await addressRow.locator('.form-required').count()).toBe(1);
    await addressRow.scrollIntoViewIfNeeded();
    await kiosk.shot('26b-declare-mail-address-required');
    await typePinyin(page, 'mailAddress', [
      ['kun', '昆'],
      ['lun', '仑'],
      ['zhen', '镇'],
      ['kun', '昆'],
      ['lun', '仑'],
      ['cun', '村'],
    ]);
    await keys(page, 'mailAddress', '123');
    await typePinyin(page, 'mailAddress', [['hao', '号']]);
    expect(await page.locator('[data-field="mailAddress"]').getAttribute('data-value')).toBe(
      TEST_PERSON.address,
    );
    await page.getByRole('button', { name: '填好了，下一步' }).click();
    await page.getByRole('button', { name: '我知道了，下一步' }).click();

    // Provisioned, but the district server cannot be reached: the declaration waits to be uploaded.
    const enrollment = new EnrollmentStore(new SettingsRepository(kiosk.app.db), kiosk.app.deviceKey);
    enrollment.save({
      serverUrl: 'http://127.0.0.1:9/',
      deviceId: 'kiosk-e2e',
      token: 'token-for-an-unreachable-district-server-0001',
      catalogPublicKey: 'unused',
      hall: { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心', address: null, phone: null },
      enrolledAt: new Date().toISOString(),
    });
    printer.setState('paper-out');
    await page.getByRole('button', { name: '确认提交' }).click();
    const number = await visibleText(page.getByTestId('local-number'));
    enrollment.clear();
    expect(await doneStatus(page)).toContain('回执已交工作人员补打');
    expect(await page.locator('[data-upload]').getAttribute('data-upload')).toBe('offline');
    expect(await visibleText(page.getByTestId('done-lead'))).toContain('网络恢复后将自动上传');
    await page.getByRole('img', { name: /申报编号二维码/ }).waitFor();
    await kiosk.shot('27-declare-done-paper-out');
    expect(kiosk.app.outbox.byLocalNumber(number)?.state).toBe('pending');
    printer.setState('ready');

    await seedStorage(page);
    await page.getByRole('button', { name: '完成' }).click();
    await assertWiped(kiosk);
  }, 120_000);

  it('refuses to go on with a required field empty, naming it', async () => {
    const { page } = kiosk;
    await pickItem(page, '老年人优待证办理');
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '没带身份证，手动输入' }).click();
    for (const key of 'zhang') await page.locator(`.manual-keyboard [data-key="${key}"]`).click();
    await page.locator('.manual-keyboard [data-candidate]', { hasText: '张' }).first().click();
    for (const key of 'san') await page.locator(`.manual-keyboard [data-key="${key}"]`).click();
    await page.locator('.manual-keyboard [data-candidate]', { hasText: '三' }).first().click();
    await page.getByRole('button', { name: /^身份证号码：/ }).click();
    for (const key of '370302199001010029')
      await page.locator(`.manual-keyboard [data-key="${key}"]`).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '填好了，下一步' }).click();
    expect(await visibleText(page.locator('[data-field-row="phone"]'))).toContain('请填写联系电话');
    await kiosk.shot('28-declare-form-errors');
    // 首页 with a form typed into asks first (the form is not dropped silently).
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await page.getByTestId('leave-confirm').getByRole('button', { name: '不保存，离开' }).click();
    await gone(page.locator('.declare-flow'));
  }, 120_000);
});
