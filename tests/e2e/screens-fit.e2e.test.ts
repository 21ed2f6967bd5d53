/**
 * Every screen fits, in landscape 1920 × 1080 (portrait is every other e2e test's default): the home
 * screen with 大字模式 and 呼叫工作人员 on screen without scrolling, the guide whose section bar sits
 * under the two-row top bar of 大字模式, the declaration's 准备材料 and 核对提交 with their 下一步 and
 * 确认提交 on screen, its done step whose 完成 and 评价本次服务 stay on screen above the receipt preview,
 * a 差评's reasons beside its levels, and the steps that type (投诉建议, 手动输入身份信息, 进度查询): the
 * keyboard or keypad, what it types into and 下一步 on screen together. The harness checks each screen in
 * both modes, viewport rule included; the test also reads the geometry itself.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskInBrowser, TEST_PERSON, visibleText, type KioskUnderTest } from './harness.js';

const LANDSCAPE = { width: 1920, height: 1080 };

async function setLarge(page: Page, on: boolean): Promise<void> {
  await page.evaluate((v) => document.documentElement.classList.toggle('large-text', v), on);
}

/** Whether every element matching `selector` lies wholly inside the landscape viewport. */
const allOnScreen = (page: Page, selector: string): Promise<boolean> =>
  page
    .locator(selector)
    .evaluateAll(
      (els, h) => els.length > 0 && els.every((el) => el.getBoundingClientRect().bottom <= h),
      LANDSCAPE.height,
    );

/** Runs `check` in the normal mode, then in 大字模式 (named for its messages), and leaves the normal mode on. */
async function inBothModes(page: Page, check: (where: string) => Promise<void>): Promise<void> {
  for (const large of [false, true]) {
    await setLarge(page, large);
    await check(large ? '大字模式' : 'normal');
  }
  await setLarge(page, false);
}

/** 首页, through 不保存，离开 when the step asks first. */
async function goHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: '首页', exact: true }).click();
  const leave = page.getByRole('button', { name: '不保存，离开' });
  await Promise.race([page.waitForSelector('body[data-screen="home"]'), leave.waitFor()]);
  if (await leave.isVisible()) await leave.click();
  await page.waitForSelector('body[data-screen="home"]');
}

/** The bottom edge of the element, in viewport pixels. */
const bottomOf = (page: Page, selector: string): Promise<number> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom);

describe('every screen fits in landscape', { timeout: 240_000 }, () => {
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    kiosk = await startKioskInBrowser({ viewport: LANDSCAPE, config: { idleTimeoutSec: 900 } });
  });

  afterAll(async () => {
    await kiosk?.close();
  });

  it('home: 大字模式 and 呼叫工作人员 on screen in both modes, no scrolling', async () => {
    const { page } = kiosk;
    for (const large of [false, true]) {
      await setLarge(page, large);
      const footer = await bottomOf(page, '.home-footer');
      expect(footer).toBeLessThanOrEqual(LANDSCAPE.height);
      const scroll = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
      expect(scroll).toBeLessThanOrEqual(LANDSCAPE.height);
    }
    await setLarge(page, false);
    await kiosk.shot('80-fit-home-landscape');
    // Every tile's icon keeps its shape, with the mode switched as a citizen does (the 大字模式 home has
    // other tiles): squeezed by the tile's height, an icon read as a dot.
    for (const large of [false, true]) {
      if (large) await page.getByRole('button', { name: '大字模式' }).click();
      await page
        .locator(large ? '.home-services' : '.home .tiles')
        .first()
        .waitFor();
      const icons = await page
        .locator('.home .tile > svg')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]));
      expect(icons.length).toBeGreaterThan(0);
      for (const [w, h] of icons)
        expect(
          h! >= 48 && Math.abs(w! - h!) < 1,
          `${large ? '大字模式' : 'normal'} ${JSON.stringify(icons)}`,
        ).toBe(true);
    }
    await page.getByRole('button', { name: '标准字体' }).click();
  });

  it('guide in 大字模式: the section bar sits below the top bar, also after scrolling', async () => {
    const { page } = kiosk;
    await page
      .getByRole('button', { name: /办事指南/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /社会救助/ })
      .first()
      .click();
    await page.getByRole('button', { name: /最低生活保障审核确认/ }).click();
    await page.locator('.guide-title').waitFor();
    await kiosk.shot('81-fit-guide-landscape');
    await setLarge(page, true);
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction(() => window.scrollY > 0);
    const bar = await bottomOf(page, '.topbar');
    const nav = await page.locator('.section-nav').evaluate((el) => el.getBoundingClientRect().top);
    expect(nav).toBeGreaterThanOrEqual(bar - 1);
    await setLarge(page, false);
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });

  it('the done step: 完成 and 评价本次服务 on screen above the receipt preview; a 差评 whole on screen', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '自助申报' }).click();
    await page.locator('.item-row', { hasText: '老年人优待证办理' }).first().click();
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    await page.locator('[data-field="applicantName"]').waitFor();
    await page.locator('[data-field="phone"]').click();
    for (const key of TEST_PERSON.phone)
      await page.locator(`[data-input-for="phone"] [data-key="${key}"]`).first().click();
    await page.locator('[data-field="receiveWay"]').click();
    await page.locator('[data-input-for="receiveWay"] button', { hasText: '窗口领取' }).first().click();
    await page.getByRole('button', { name: '填好了，下一步' }).click();
    // 准备材料: the materials in two columns, 我知道了，下一步 on screen under them, in both modes.
    await page.getByRole('button', { name: '我知道了，下一步' }).waitFor();
    await inBothModes(page, async (where) => {
      expect(await allOnScreen(page, '.materials-step > .step-actions button'), `${where}: 下一步`).toBe(
        true,
      );
    });
    await page.getByRole('button', { name: '我知道了，下一步' }).click();
    // 核对提交: the answers in two columns, 返回修改 and 确认提交 on screen under them, in both modes.
    await page.getByRole('button', { name: '确认提交' }).waitFor();
    await inBothModes(page, async (where) => {
      expect(await allOnScreen(page, '.review > .step-actions button'), `${where}: 确认提交`).toBe(true);
    });
    await kiosk.shot('82a-fit-declare-review-landscape');
    await page.getByRole('button', { name: '确认提交' }).click();
    await visibleText(page.getByTestId('simulated-receipt'));
    for (const large of [false, true]) {
      await setLarge(page, large);
      for (const name of ['完成', '评价本次服务']) {
        const box = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(box && box.y + box.height <= LANDSCAPE.height, `${name} on screen`).toBe(true);
      }
    }
    await setLarge(page, false);
    await kiosk.shot('82-fit-declare-done-landscape');
    await kiosk.app.dispatch('devices.simulateCard', { present: false });

    // A 差评 from there: the reasons beside the levels, 提交评价 under them, all on screen.
    await page.getByRole('button', { name: '评价本次服务' }).click();
    await page.locator('[data-level="1"]').click();
    await page.locator('.rating-reasons').waitFor();
    await inBothModes(page, async (where) => {
      expect(
        await allOnScreen(page, '.rating-level, .rating-reason, .rating-comment'),
        `${where}: choices`,
      ).toBe(true);
      expect(await allOnScreen(page, '.rating-form > .step-actions button'), `${where}: 提交评价`).toBe(true);
    });
    await kiosk.shot('82b-fit-rating-poor-landscape');
    await goHome(page);
  });

  it('手动输入身份信息: both fields and 下一步 beside the keyboard, in both modes', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '自助申报' }).click();
    await page.locator('.item-row', { hasText: '老年人优待证办理' }).first().click();
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '没带身份证，手动输入' }).click();
    await page.getByRole('heading', { name: '手动输入身份信息' }).waitFor();
    // The name's pinyin keyboard (no digit row: a name has none) starts level with the step's title, so
    // every key of it is on screen in 大字模式 too, with the fields and 下一步.
    await inBothModes(page, async (where) => {
      expect(await allOnScreen(page, '.manual-keyboard [data-key]'), `${where}: every key`).toBe(true);
      expect(
        await allOnScreen(page, '.manual-fields .value-box, .manual > .step-actions button'),
        where,
      ).toBe(true);
    });
    await page.getByRole('button', { name: /^身份证号码：/ }).click();
    await inBothModes(page, async (where) => {
      expect(await allOnScreen(page, '.manual-keyboard [data-key]'), `${where}: keypad`).toBe(true);
    });
    await kiosk.shot('86-fit-manual-identity-landscape');
    await goHome(page);
  });

  it('投诉建议: the keyboard, the text, its phrases and 下一步 on screen together, in both modes', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '投诉建议' }).click();
    await page.locator('[data-category="办事效率"]').click();
    await page.locator('.cmp-phrase[data-phrase="排队等了很久"]').click();
    await inBothModes(page, async (where) => {
      expect(await allOnScreen(page, '.kb-pinyin [data-key]'), `${where}: every key`).toBe(true);
      expect(await allOnScreen(page, '.cmp-phrase'), `${where}: every phrase`).toBe(true);
      expect(
        await allOnScreen(page, '.cmp-text-box, .cmp-text-status button'),
        `${where}: text, 下一步`,
      ).toBe(true);
    });
    await kiosk.shot('83-fit-complaint-text-landscape');
    await page.getByRole('button', { name: '写好了，下一步' }).click();
    await page.getByRole('heading', { name: '需要我们答复您吗？' }).waitFor();
    await inBothModes(page, async (where) => {
      expect(await allOnScreen(page, '.kb-numeric [data-key]'), `${where}: every key`).toBe(true);
      expect(
        await allOnScreen(page, '.phone-box, .cmp-contact .step-actions button'),
        `${where}: 下一步`,
      ).toBe(true);
    });
    await kiosk.shot('84-fit-complaint-contact-landscape');
    await goHome(page);
  });

  it('query screens: the keyboard beside the number, 查询 on screen, in both modes', async () => {
    const { page } = kiosk;
    await page.locator('.tile', { hasText: '进度查询' }).click();
    await page.getByRole('button', { name: /输入申报编号查询/ }).click();
    await page.locator('.query-keyboard').waitFor();
    await inBothModes(page, async (where) => {
      expect(await allOnScreen(page, '.query-keyboard [data-key]'), `${where}: every key`).toBe(true);
      expect(
        await allOnScreen(page, '.query-fields, .number-query .step-actions button'),
        `${where}: 查询`,
      ).toBe(true);
    });
    await kiosk.shot('85-fit-progress-number-landscape');
    await page.getByRole('button', { name: '首页', exact: true }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });
});
