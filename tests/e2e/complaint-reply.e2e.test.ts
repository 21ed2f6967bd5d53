/**
 * 查看答复 at the kiosk (built web shell + Chromium) enrolled on a live district server on loopback: a
 * complaint handed in at the kiosk travels with the slip's number; opened from the complaint screen, the
 * lazily loaded 查看答复 finds it by that number (待处理, no reply yet), shows the hall's reply once staff
 * wrote it (through the console's own service), and says plainly that it cannot ask while the district is
 * unreachable. Checked and photographed in portrait and landscape, normal and 大字模式.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintResult } from '../../src-main/contract/citizen.types.js';
import type { Result } from '../../src-main/contract/result.js';
import { ComplaintsService } from '../../src-server/console/complaints.service.js';
import { consoleServices } from '../../src-server/console/console.plugin.js';
import { startLiveDistrict, type LiveDistrict } from './district.js';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const REPLY = '已在上午高峰加开一个窗口，感谢您的意见。';

async function openReply(page: Page): Promise<void> {
  await page.locator('.tile', { hasText: '投诉建议' }).click();
  await page.getByRole('button', { name: '已经提交过？凭回执查看答复' }).click();
  await page.getByRole('heading', { name: '查看投诉建议的答复' }).waitFor();
}

async function ask(page: Page, digits: string, state: string): Promise<string> {
  const box = page.locator('.query-number');
  // The hall code is filled in; the slip's day and sequence are typed on the digit pad.
  while ((await box.innerText()).length > 6)
    await page.locator('.query-keyboard [data-key="backspace"]').click();
  for (const d of digits) await page.locator(`.query-keyboard [data-key="${d}"]`).click();
  await page.getByRole('button', { name: '查询' }).click();
  const answer = page.locator(`[data-reply-state="${state}"]`);
  await answer.waitFor();
  return visibleText(answer);
}

describe('查看答复 at a kiosk of the hall', { timeout: 240_000 }, () => {
  let district: LiveDistrict;
  let kiosk: KioskUnderTest;
  let tracking = '';

  beforeAll(async () => {
    district = await startLiveDistrict();
    await consoleServices(district.harness.store, () => new Date());
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 600 } });
    await district.enroll(kiosk.app);
    await kiosk.page.reload();
    await kiosk.page.waitForSelector('body[data-ready="catalog"]');
    tracking = ok<ComplaintResult>(
      await kiosk.app.dispatch('complaint.submit', {
        category: '办事效率',
        text: '上午排队太久',
        anonymous: true,
      }),
    ).trackingNumber;
    await kiosk.app.sync.syncNow();
    expect(kiosk.app.outbox.byLocalNumber(tracking)?.caseNumber).toEqual(expect.any(String));
  });

  afterAll(async () => {
    await kiosk?.close();
    await district?.close();
  });

  it('finds the complaint by the slip number, then shows the reply; offline says so', async () => {
    const { page } = kiosk;
    const digits = tracking.slice(6);
    await openReply(page);
    expect(await page.locator('.query-number').innerText()).toBe('ZCKL01');
    const pending = await ask(page, digits, 'found');
    expect(pending).toContain('「办事效率」：待处理');
    expect(pending).toContain('还没有答复，工作人员正在处理。');
    await kiosk.shot('complaint-reply-pending');

    const [row] = await district.harness.store.listSubmissions('complaint', 1);
    const complaints = new ComplaintsService(
      (await consoleServices(district.harness.store, () => new Date())).sql,
      () => new Date(),
    );
    await complaints.answer(
      { name: 'zhanzhang', role: 'hall', hallCode: 'ZCKL01' },
      'ZCKL01',
      row?.caseNumber ?? '',
      '已答复',
      REPLY,
    );

    const answered = await ask(page, digits, 'found');
    expect(answered).toContain('「办事效率」：已答复');
    expect(answered).toContain(REPLY);
    await kiosk.shot('complaint-reply-answered');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await kiosk.shot('complaint-reply-answered-landscape');
    await page.setViewportSize({ width: 1080, height: 1920 });

    expect(await ask(page, '202001010001', 'notFound')).toContain('没有找到这个编号的投诉建议');

    await district.stop();
    const offline = await ask(page, digits, 'offline');
    expect(offline).toBe('现在连不上区里的服务器，查不到答复。请稍后再试，或到窗口咨询。');
    await kiosk.shot('complaint-reply-offline');
    await district.start();

    await page.getByRole('button', { name: '写新的投诉建议' }).click();
    await page.getByRole('heading', { name: '您要反映哪方面的问题？' }).waitFor();
  });
});
