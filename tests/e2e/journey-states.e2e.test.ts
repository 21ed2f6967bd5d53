/**
 * Every citizen flow walked in Chromium on a hall kiosk in each state the promise vocabulary knows — online
 * with the hall open, offline (enrolled, the district server gone), online with the hall closed — one kiosk
 * per state, enrolled on a live district server on loopback, with the emulated reader and receipt printer
 * over real PTYs (no demo words anywhere). On every screen the whole page's text is read: none may say what
 * the state rules out (已提交到区县 while offline, 工作人员马上到 with the hall closed). The demo state is
 * walked by honest-messages.e2e.test.ts. The guide's 打印空白表 goes to a real CUPS: out of paper on one
 * kiosk, a cups-pdf printer on another.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formNotPrinted, formPrintNote } from '../../src-main/contract/kiosk-promises.js';
import { startDeviceRig, type DeviceRig } from '../emulators/device-rig.js';
import { RESIDENT_CARD } from '../emulators/idcard-emulator.js';
import { startCups, startCupsWithBackend, TEXT_PRESERVING, until, type Cups } from '../helpers/cups.js';
import { startLiveDistrict, type LiveDistrict } from './district.js';
import { doneStatus, startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';

type State = 'online' | 'offline' | 'closed';

/** Words of the demo: a hall kiosk with real devices never says them. */
const DEMO = [/演示/, /模拟/];
/** Someone on the way: only after staff took the call (the panel may quote the words it will then show). */
const ON_THE_WAY = /(?<!“)工作人员马上到|马上就到/;
/** What each state rules out, on any screen. */
const RULED_OUT: Record<State, readonly RegExp[]> = {
  online: [...DEMO, /网络恢复/, /网络未连接/, /网络不通/, /下班时间/, ON_THE_WAY],
  offline: [
    ...DEMO,
    /已提交到区/,
    /已上传/,
    /已转给/,
    /已通知工作人员/,
    ON_THE_WAY,
    /^我们将在/m,
    /^您反映的问题将转给/m,
  ],
  closed: [...DEMO, /网络恢复/, /网络未连接/, ON_THE_WAY, /已通知工作人员/],
};

const ALL_DAY = Array.from({ length: 7 }, () => [{ from: '00:00', to: '23:59' }]);
const NEVER = Array.from({ length: 7 }, () => []);

/** A printer that takes the job and then waits for paper, as a real one does. */
const PAPER_OUT_BACKEND = `#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct paperout "Unknown" "Printer out of paper (test)"'; exit 0; fi
echo "STATE: +media-empty-error" >&2
while :; do sleep 1; done
`;

async function consistent(page: Page, state: State, where: string): Promise<string> {
  const text = await page.locator('body').innerText();
  for (const pattern of RULED_OUT[state])
    expect(text, `${state} / ${where}: ${pattern}`).not.toMatch(pattern);
  return text;
}

async function home(page: Page): Promise<void> {
  await page.getByRole('button', { name: '首页', exact: true }).click();
  await page.waitForSelector('body[data-screen="home"]');
}

interface Walk {
  kiosk: KioskUnderTest;
  devices: DeviceRig;
  state: State;
}

/** 自助申报 with the card on the emulated reader, then 评价 with a 差评 from the done step. */
async function declareAndRate(w: Walk): Promise<{ number: string; done: string; thanks: string }> {
  const { page } = w.kiosk;
  await page.locator('.tile', { hasText: '自助申报' }).click();
  await page.locator('.item-row', { hasText: '老年人优待证办理' }).first().click();
  await page.locator(`.consent[data-link="${w.state === 'offline' ? 'offline' : 'online'}"]`).waitFor();
  const consent = await consistent(page, w.state, 'consent');
  expect(consent).toContain('加密后上传至淄川区政务服务平台');
  await page.getByRole('button', { name: '同意并继续' }).click();
  await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
  // The step watches the reader: a card put on it is read without a tap.
  w.devices.reader.insertCard(RESIDENT_CARD);
  await page.locator('[data-field="applicantName"]').waitFor({ timeout: 30_000 });
  await page.locator('[data-field="phone"]').click();
  for (const key of TEST_PERSON.phone)
    await page.locator(`[data-input-for="phone"] [data-key="${key}"]`).first().click();
  await page.locator('[data-field="receiveWay"]').click();
  await page.locator('[data-input-for="receiveWay"] button', { hasText: '窗口领取' }).first().click();
  await page.getByRole('button', { name: '填好了，下一步' }).click();
  await page.getByRole('button', { name: '我知道了，下一步' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  const number = await visibleText(page.getByTestId('local-number'));
  expect(await doneStatus(page)).toContain('回执已打印，请从出纸口取走');
  const done = await consistent(page, w.state, 'declare done');
  await w.kiosk.shot(`80-states-${w.state}-declare-done`);
  w.devices.reader.removeCard();

  await page.getByRole('button', { name: '评价本次服务' }).click();
  await page.locator('[data-level="1"]').click();
  await page.locator('.rating-reasons button').first().click();
  await page.getByRole('button', { name: '提交评价' }).click();
  await page.getByTestId('rating-thanks').waitFor();
  const thanks = await consistent(page, w.state, 'rating thanks');
  await w.kiosk.shot(`81-states-${w.state}-rating`);
  await home(page);
  return { number, done, thanks };
}

/** 进度查询 of the case just handed in, by its number and the card's last four digits. */
async function progress(w: Walk, number: string): Promise<string> {
  const { page } = w.kiosk;
  await page.locator('.tile', { hasText: '进度查询' }).click();
  await page.getByRole('button', { name: /输入申报编号查询/ }).click();
  await page.locator('[data-query-field="number"]').click();
  await page.locator('.query-keyboard [data-key="clear"]').click();
  for (const key of number.toLowerCase()) await page.locator(`.query-keyboard [data-key="${key}"]`).click();
  await page.locator('[data-query-field="digits"]').click();
  for (const key of TEST_PERSON.idNumber.slice(-4))
    await page.locator(`.query-keyboard [data-key="${key}"]`).click();
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await page.locator('.case-card').first().waitFor({ timeout: 30_000 });
  const text = await consistent(page, w.state, 'progress');
  await w.kiosk.shot(`82-states-${w.state}-progress`);
  await home(page);
  return text;
}

/** 投诉建议 with a phone for the reply: the done step's promise. */
async function complain(w: Walk): Promise<string> {
  const { page } = w.kiosk;
  await page.locator('.tile', { hasText: '投诉建议' }).click();
  await page.locator('[data-category="办事效率"]').click();
  for (const key of 'paidui') await page.locator(`.kb-pinyin [data-key="${key}"]`).first().click();
  await page
    .locator('.kb-pinyin [data-candidate]')
    .filter({ hasText: /^排队$/ })
    .first()
    .click();
  await page.getByRole('button', { name: '写好了，下一步' }).click();
  for (const key of TEST_PERSON.phone) await page.locator(`.phone-entry [data-key="${key}"]`).first().click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  const next = await visibleText(page.getByTestId('complaint-next'));
  await consistent(page, w.state, 'complaint done');
  await w.kiosk.shot(`83-states-${w.state}-complaint`);
  await page.getByRole('button', { name: '完成' }).click();
  await page.waitForSelector('body[data-screen="home"]');
  return next;
}

/** 预约办理's first screen: the items to book, or why booking cannot happen here. */
async function appointment(w: Walk): Promise<string> {
  const { page } = w.kiosk;
  await page.locator('.tile', { hasText: '预约办理' }).click();
  const unavailable = page.locator('.appt-offline');
  const choose = page.getByRole('button', { name: /我要预约/ });
  await Promise.race([unavailable.waitFor(), choose.waitFor()]);
  if ((await unavailable.count()) === 0) {
    await consistent(page, w.state, 'appointment choice');
    await choose.click();
  }
  await Promise.race([unavailable.waitFor(), page.locator('.item-row').first().waitFor()]);
  const answer =
    (await unavailable.count()) > 0 ? ((await unavailable.getAttribute('data-reason')) ?? '') : 'bookable';
  await consistent(page, w.state, 'appointment');
  await w.kiosk.shot(`84-states-${w.state}-appointment`);
  await home(page);
  return answer;
}

/** 呼叫工作人员: what the panel promises; the call is then cancelled. */
async function help(w: Walk): Promise<{ seen: string | null; title: string }> {
  const { page } = w.kiosk;
  await page.locator('[data-help-button]').first().click();
  const panel = page.getByTestId('help-panel');
  await panel.waitFor();
  const result = {
    seen: await panel.getAttribute('data-seen'),
    title: await visibleText(panel.locator('h2')),
  };
  await consistent(page, w.state, 'help');
  await w.kiosk.shot(`85-states-${w.state}-help`);
  await panel.getByRole('button', { name: '取消呼叫' }).click();
  await panel.waitFor({ state: 'detached' });
  return result;
}

/** The guide of 最低生活保障审核确认 and its 打印空白表: the outcome said in place. */
async function blankForm(w: Walk): Promise<string> {
  const { page } = w.kiosk;
  await page
    .getByRole('button', { name: /办事指南/ })
    .first()
    .click();
  await page.getByRole('button', { name: /搜索事项/ }).click();
  await page.waitForSelector('body[data-screen="search"]');
  // Letters, whatever input mode the citizen chose earlier in the session.
  await page.locator('.search-keyboard [data-mode-key="letters"]').click();
  for (const key of 'dibao') await page.locator(`.search-keyboard [data-key="${key}"]`).first().click();
  await page
    .locator('.item-list[aria-label="搜索结果"] .item-row', { hasText: '最低生活保障审核确认' })
    .click();
  await page.waitForSelector('body[data-screen="guide"]');
  const box = page.getByTestId('blank-form');
  await box.waitFor();
  await box.getByRole('button', { name: '打印空白表' }).click();
  const status = box.locator('.blank-form-status p');
  await status.waitFor({ timeout: 60_000 });
  const said = await visibleText(status);
  await consistent(page, w.state, 'blank form');
  await w.kiosk.shot(`86-states-${w.state}-blank-form`);
  await home(page);
  return said;
}

async function startHallKiosk(
  district: LiveDistrict,
  config: Record<string, unknown>,
): Promise<{ kiosk: KioskUnderTest; devices: DeviceRig }> {
  const devices = await startDeviceRig();
  const kiosk = await startKioskInBrowser({
    config: { idleTimeoutSec: 900, holidays: [], ...devices.config, ...config },
  });
  await district.enroll(kiosk.app);
  await kiosk.page.reload();
  await kiosk.page.waitForSelector('body[data-ready="catalog"]');
  return { kiosk, devices };
}

const TIMEOUT = 420_000;

describe('online, hall open: the printer out of paper', { timeout: TIMEOUT }, () => {
  let district: LiveDistrict;
  let cups: Cups;
  let w: Walk;
  beforeAll(async () => {
    district = await startLiveDistrict();
    cups = await startCupsWithBackend({ name: 'paperout', script: PAPER_OUT_BACKEND });
    const { kiosk, devices } = await startHallKiosk(district, {
      openingHours: ALL_DAY,
      a4Queue: cups.queue,
      a4Server: cups.server ?? '',
    });
    w = { kiosk, devices, state: 'online' };
  }, 120_000);
  afterAll(async () => {
    await w?.kiosk.close();
    await w?.devices.close();
    await cups?.stop();
    await district?.close();
  });

  it('every flow says it went to the district; help reaches staff; the blank form did not come out', async () => {
    const { number, done, thanks } = await declareAndRate(w);
    expect(done).not.toMatch(/保存在本机/);
    expect(thanks).toContain('您反映的问题将转给大厅负责人');
    // Uploaded: the district knows the case.
    await expect.poll(() => w.kiosk.app.outbox.counts().pending, { timeout: 60_000 }).toBe(0);
    const query = await progress(w, number);
    expect(query).not.toMatch(/网络恢复后将自动上传/);
    expect(await complain(w)).toBe('我们将在 5 个工作日内电话答复您。');
    expect(await appointment(w)).toBe('bookable');
    expect(await help(w)).toEqual({ seen: 'true', title: '已通知工作人员' });
    expect(await blankForm(w)).toBe(formNotPrinted('paper-out', '空白申请表'));
  });
});

describe('offline: enrolled, the district server gone', { timeout: TIMEOUT }, () => {
  let district: LiveDistrict;
  let w: Walk;
  beforeAll(async () => {
    district = await startLiveDistrict();
    const { kiosk, devices } = await startHallKiosk(district, { openingHours: ALL_DAY });
    w = { kiosk, devices, state: 'offline' };
    await district.stop();
    await kiosk.app.sync.syncNow().catch(() => undefined);
    await until('the kiosk to see the district gone', 60_000, () =>
      kiosk.app.sync.isOnline() ? undefined : true,
    );
  }, 120_000);
  afterAll(async () => {
    await w?.kiosk.close();
    await w?.devices.close();
    await district?.close();
  });

  it('every flow says it waits on this kiosk for the network; nothing claims the district or staff have it', async () => {
    const { number, done, thanks } = await declareAndRate(w);
    expect(done).toContain('网络恢复后将自动上传');
    expect(thanks).toContain('网络恢复、评价上传后');
    const query = await progress(w, number);
    expect(query).toContain('网络恢复后将自动上传');
    expect(await complain(w)).toBe('网络恢复、投诉上传后，我们将在 5 个工作日内电话答复您。');
    expect(await appointment(w)).toBe('offline');
    expect(await help(w)).toEqual({ seen: 'false', title: '呼叫已记录在本机' });
  });
});

describe('online, hall closed: a cups-pdf printer', { timeout: TIMEOUT }, () => {
  let district: LiveDistrict;
  let cups: Cups;
  let w: Walk;
  beforeAll(async () => {
    district = await startLiveDistrict();
    cups = await startCups();
    const { kiosk, devices } = await startHallKiosk(district, {
      openingHours: NEVER,
      extendedHours: NEVER,
      a4Queue: cups.queue,
      a4Server: cups.server ?? '',
      a4Options: TEXT_PRESERVING,
    });
    w = { kiosk, devices, state: 'closed' };
  }, 120_000);
  afterAll(async () => {
    await w?.kiosk.close();
    await w?.devices.close();
    await cups?.stop();
    await district?.close();
  });

  it('help says no one can come now; the rest goes to the district; the blank form is printed', async () => {
    expect(await help(w)).toEqual({ seen: 'false', title: '现在是下班时间' });
    const { done, thanks } = await declareAndRate(w);
    expect(done).not.toMatch(/保存在本机/);
    expect(thanks).toContain('您反映的问题将转给大厅负责人');
    expect(await complain(w)).toBe('我们将在 5 个工作日内电话答复您。');
    expect(await blankForm(w)).toBe(formPrintNote('printed', '空白申请表'));
  });
});
