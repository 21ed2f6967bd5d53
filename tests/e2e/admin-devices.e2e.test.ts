/**
 * Admin screens that drive real parts: 设备 and 补打 with the emulated ID-card reader and receipt printer
 * over socat PTYs, and 网络与同步 with dead letters retried and discarded against a live district server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EscPosEmulator } from '../emulators/escpos-emulator.js';
import { renderJobToPng } from '../emulators/escpos-emulator.js';
import type { IdCardEmulator } from '../emulators/idcard-emulator.js';
import { RESIDENT_CARD } from '../emulators/idcard-emulator.js';
import { startDeviceRig, type DeviceRig } from '../emulators/device-rig.js';
import { validValues } from '../helpers/declaration-values.js';
import { outputPath } from '../helpers/temp-dir.js';
import { enterAdmin, exitAdmin, openTab } from './admin-helpers.js';
import { HALL_PIN, startLiveDistrict, type LiveDistrict } from './district.js';
import { startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';
import { malformed } from '../helpers/outbox-payloads.js';

describe('设备 and 补打 with the emulated reader and printer', () => {
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
        idleTimeoutSec: 900,
      },
    });
  });

  afterAll(async () => {
    await kiosk?.close();
    await devices?.close();
  });

  it('设备: live status, a test receipt on the printer, a test read shown masked', async () => {
    const { page } = kiosk;
    await enterAdmin(page);
    await openTab(page, 'devices');
    await page.locator('[data-device="printer"]', { hasText: '就绪' }).waitFor({ timeout: 15_000 });
    // The configured PTYs are offered even though the OS does not list them.
    await page
      .locator('[data-port-picker="printer"] .choice-row button', { hasText: devices.printerPort })
      .waitFor();

    printer.clear();
    await page.getByRole('button', { name: '打印测试' }).click();
    expect(await visibleText(page.locator('[data-test-result="print"] .ok-message'))).toContain(
      '测试凭条已打印',
    );
    const job = await printer.waitForCuts(1);
    expect(JSON.stringify(job)).toContain('打印测试');
    await renderJobToPng(job, outputPath('receipts', 'admin-test-receipt.png'));

    await page.getByRole('button', { name: '读卡测试' }).click();
    await page.locator('[data-test-result="read"] .error-message-inline').waitFor({ timeout: 15_000 });
    reader.insertCard(RESIDENT_CARD);
    await page.locator('[data-device="reader"]', { hasText: '有卡' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '读卡测试' }).click();
    const read = await visibleText(page.locator('[data-test-result="read"] .ok-message'));
    expect(read).toBe('✓ 读卡成功：居民身份证，韩*英，3703**********0029');
    expect(await page.content()).not.toContain(TEST_PERSON.name);
    await kiosk.shot('85-admin-devices');
    reader.removeCard();
    await exitAdmin(page);
  });

  it('补打: a receipt the printer could not print (paper out) is reprinted from the queue, masked', async () => {
    const { page, app } = kiosk;
    printer.setState('paper-out');
    await app.dispatch('session.activity', {});
    const declared = await app.dispatch('declaration.submit', {
      itemId: 'pension-enroll',
      consent: true,
      identityMethod: 'manual',
      values: validValues(app.catalog),
    });
    if (!declared.ok) throw new Error(JSON.stringify(declared.error));
    const number = (declared.value as { localNumber: string }).localNumber;
    await app.dispatch('session.end', { reason: 'done' });

    await enterAdmin(page);
    await openTab(page, 'reprint');
    const entry = page.locator(`[data-reprint="${number}"]`);
    const preview = await visibleText(entry.locator('.receipt-preview'));
    expect(preview).toContain('韩*英');
    expect(preview).toContain(number);
    expect(preview).not.toContain(TEST_PERSON.name);
    expect(preview).not.toContain(TEST_PERSON.idNumber);
    // Still out of paper: the admin is told, the receipt stays.
    await entry.getByRole('button', { name: '补打' }).click();
    await page.locator('.admin-save-status .error-message-inline').waitFor();
    await kiosk.shot('86-admin-reprint');

    printer.setState('ready');
    printer.clear();
    await entry.getByRole('button', { name: '补打' }).click();
    expect(await visibleText(page.locator('.admin-save-status .ok-message'))).toBe(`✓ 已补打 ${number}`);
    const job = await printer.waitForCuts(1);
    expect(JSON.stringify(job)).toContain(number);
    await renderJobToPng(job, outputPath('receipts', 'admin-reprint.png'));
    await entry.waitFor({ state: 'detached' });
    await page.getByText('没有等待补打的凭条。').waitFor();
    await kiosk.shot('87-admin-reprint-done');
    await exitAdmin(page);
  });
});

describe('网络与同步 against a live district server', () => {
  let district: LiveDistrict;
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    district = await startLiveDistrict({ publish: true });
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 900 } });
    await district.enroll(kiosk.app);
  });
  afterAll(async () => {
    await kiosk?.close();
    await district?.close();
  });

  it('dead letters with the server reason: one retried and delivered, one discarded after a confirmation', async () => {
    const { page, app } = kiosk;
    const refused = app.outbox.enqueue(
      malformed(
        'complaint',
        { category: '不存在的类别', text: `${TEST_PERSON.name} ${TEST_PERSON.phone}`, anonymous: true },
        { category: '不存在的类别' },
      ),
    );
    const stuck = app.outbox.enqueue({
      kind: 'complaint',
      payload: { category: '意见建议', text: '大厅增加座椅', anonymous: true },
      summary: { category: '意见建议' },
    });
    app.outbox.markDead(stuck.id, '服务器暂不接收（测试）');
    await app.sync.syncNow();
    expect(app.outbox.get(refused.id)?.state).toBe('dead');

    await enterAdmin(page, HALL_PIN);
    await openTab(page, 'sync');
    await page.locator('[data-sync-online="true"]').waitFor();
    const refusedRow = page.locator(`[data-dead-letter="${refused.localNumber}"]`);
    const stuckRow = page.locator(`[data-dead-letter="${stuck.localNumber}"]`);
    expect(await visibleText(refusedRow)).toContain('服务器原因：');
    expect(await visibleText(stuckRow)).toContain('服务器暂不接收（测试）');
    expect(await page.content()).not.toContain(TEST_PERSON.name);
    await kiosk.shot('88-admin-sync');

    await stuckRow.getByRole('button', { name: '重新发送' }).click();
    await page.getByRole('button', { name: '确定重新发送' }).click();
    expect(await visibleText(page.locator('.admin-save-status .ok-message'))).toBe(
      `✓ 已重新发送 ${stuck.localNumber}`,
    );
    await stuckRow.waitFor({ state: 'detached' });
    expect(app.outbox.get(stuck.id)).toMatchObject({ state: 'sent', hasPayload: false });

    await refusedRow.getByRole('button', { name: '放弃' }).click();
    expect(await visibleText(page.locator('.admin-confirm'))).toContain('无法恢复');
    await kiosk.shot('89-admin-sync-discard-confirm');
    await page.getByRole('button', { name: '确定放弃' }).click();
    await refusedRow.waitFor({ state: 'detached' });
    expect(await visibleText(page.locator('[data-outbox-counts]'))).toContain('未被接收 0，已放弃 1');
    expect(app.outbox.payload(refused.id)).toBeUndefined();
    expect(app.sync.status().outbox.dead).toBe(0);
    await page.getByRole('button', { name: '立即同步' }).click();
    await page.locator('.admin-save-status .ok-message', { hasText: '已同步一轮' }).waitFor();
    await kiosk.shot('90-admin-sync-done');
    await exitAdmin(page);
  });
});
