/**
 * A citizen browses: home → 办事指南 → a category → an item → the guide shows every element;
 * then walks away: the idle countdown appears, reads itself out, and the kiosk returns home by itself,
 * wiping the web storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gone, startKioskInBrowser, visibleText, watchSpeech, type KioskUnderTest } from './harness.js';

/**
 * The idle part: a short timeout, and a countdown long enough for the checks of both modes to finish
 * on a loaded machine before the kiosk returns home by itself.
 */
const IDLE_TIMEOUT_SEC = 4;
const COUNTDOWN_SEC = 20;

const SEED_ELEMENTS = [
  '事项名称',
  '事项类型',
  '设定依据',
  '实施主体',
  '受理条件',
  '法定办结时限',
  '承诺办结时限',
  '结果名称',
  '收费标准',
  '收费依据',
  '所需材料',
  '办理流程',
  '审查标准',
  '预约办理',
  '咨询方式',
  '监督投诉方式',
];

describe('browse a guide and walk away', () => {
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    // Browsing first, with no idle timer racing the screen checks; the idle tests shorten it.
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 600, countdownSec: COUNTDOWN_SEC } });
  });

  afterAll(async () => {
    await kiosk?.close();
  });

  it('goes from home to a full guide', async () => {
    const { page } = kiosk;
    expect(await visibleText(page.locator('.hall-name'))).toBe('淄川区昆仑镇便民服务中心');
    for (const tile of ['办事指南', '自助申报', '进度查询', '预约办理', '评价', '投诉建议'])
      expect(await visibleText(page.locator('.tile', { hasText: tile }))).toContain(tile);
    expect(await visibleText(page.getByRole('button', { name: /呼叫工作人员/ }))).toContain('呼叫工作人员');
    expect(await visibleText(page.getByRole('button', { name: /大字模式/ }))).toContain('大字模式');
    await kiosk.shot('01-home');

    await page
      .getByRole('button', { name: /办事指南/ })
      .first()
      .click();
    await page.waitForSelector('body[data-screen="categories"] .category');
    await kiosk.shot('02-categories');

    await page
      .getByRole('button', { name: /社会救助/ })
      .first()
      .click();
    await page.waitForSelector('body[data-screen="items"] .item-row');
    await kiosk.shot('03-items');

    await page.getByRole('button', { name: /最低生活保障审核确认/ }).click();
    await page.waitForSelector('body[data-screen="guide"] .guide-title');
    expect(await visibleText(page.locator('.guide-title'))).toBe('最低生活保障审核确认');
    const text = await page.locator('.guide').innerText();
    for (const label of SEED_ELEMENTS) expect(text, `guide shows ${label}`).toContain(label);
    for (const label of ['事项编码', '服务对象', '办件类型', '到办事现场次数', '办理地点', '办理时间'])
      expect(text).toContain(label);
    await page.getByRole('img', { name: '网上办事指南二维码' }).waitFor({ state: 'visible' });
    expect(text).toContain('无需提供（部门间数据共享获取）');
    await kiosk.shot('04-guide');
    await page.getByRole('button', { name: '所需材料' }).click();
    await kiosk.shot('05-guide-materials');
  });

  it('shows the countdown when idle, reads it out, then returns home with the web storage wiped', async () => {
    const { page } = kiosk;
    // Something of the citizen's in the window's storage, for the wipe to remove.
    await page.evaluate(() => {
      window.localStorage.setItem('kiosk-e2e-probe', '韩红英');
      window.sessionStorage.setItem('kiosk-e2e-probe', '370302199001010029');
    });
    expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(2);

    const speech = watchSpeech(kiosk.app);
    const ended = new Promise<string>((resolve) => {
      const off = kiosk.app.bus.on('session.ended', ({ reason }) => {
        off();
        resolve(reason);
      });
    });
    kiosk.app.config.update({ idleTimeoutSec: IDLE_TIMEOUT_SEC });
    // Re-arm the idle timer with the short timeout now, as a touch does (the screen reports touches at
    // most once a second, so a tap here could be swallowed).
    kiosk.app.session.activity();
    await page.getByRole('alertdialog').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await visibleText(page.getByRole('heading', { name: '您还在吗？' }))).toBe('您还在吗？');
    expect(await visibleText(page.getByRole('button', { name: '继续使用' }))).toBe('继续使用');

    // The countdown reads itself out through the kiosk's speech engine.
    const spoken = await speech.said(/您还在吗/);
    expect(spoken).toContain(`${COUNTDOWN_SEC}秒后将自动返回首页`);
    expect(spoken).toContain('继续使用');
    const asked = speech.log.findIndex((e) => e.kind === 'speak' && e.text === spoken);
    await speech.until((e, i) => i > asked && e.kind === 'state' && e.speaking); // the engine started
    speech.stop();

    await kiosk.shot('06-idle-countdown');
    expect(await ended).toBe('idle');
    await page.waitForSelector('body[data-screen="home"]');
    await gone(page.getByRole('alertdialog'));
    expect(await page.locator('.guide').count()).toBe(0);
    expect(await page.locator('.hall-name').count()).toBe(1);
    expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(0);
    await kiosk.shot('07-home-after-idle');
  }, 120_000);

  it('keeps the session when the citizen taps 继续使用', async () => {
    const { page } = kiosk;
    await page
      .getByRole('button', { name: /办事指南/ })
      .first()
      .click();
    await page.waitForSelector('body[data-screen="categories"]');
    await page.getByRole('alertdialog').waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByRole('button', { name: '继续使用' }).click();
    await gone(page.getByRole('alertdialog'));
    expect(await page.locator('body').getAttribute('data-screen')).toBe('categories');
    expect(kiosk.app.session.active()).toBe(true);
  }, 120_000);
});
