/**
 * Search as villagers ask, end to end: from home's search entry, a whole question typed character by
 * character on the on-screen pinyin keyboard — with the commonest slip of elderly users, 劳 picked for
 * 老 — finds the right guide first, shows why, and opens it; a query nothing answers gets the help view
 * (examples, closest categories, most asked items, 呼叫工作人员); home's entry in landscape too.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

async function typeKeys(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.locator(`.search-keyboard [data-key="${key}"]`).first().click();
}

/** Types a syllable on the pinyin keyboard and picks the candidate that is exactly `text`. */
async function pick(page: Page, pinyin: string, text: string): Promise<void> {
  await typeKeys(page, pinyin);
  await page
    .locator('.search-keyboard [data-candidate]')
    .filter({ hasText: new RegExp(`^${text}$`, 'u') })
    .first()
    .click();
}

const MODE = '.search-keyboard [data-input-mode]';

/** One tap on 拼音 in the keyboard's mode bar (输入方式) switches the search box to the pinyin keyboard. */
async function choosePinyin(page: Page): Promise<void> {
  const keyboard = page.locator('.search-keyboard');
  await keyboard.getByRole('group', { name: '输入方式' }).getByRole('button', { name: '拼音' }).click();
  await keyboard.locator('[data-input-mode="pinyin"]').waitFor();
  expect(await keyboard.locator('[data-mode-key="pinyin"]').getAttribute('aria-pressed')).toBe('true');
}

const RESULTS = '.item-list[aria-label="搜索结果"]';

describe('search by a natural question on the pinyin keyboard', () => {
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    kiosk = await startKioskInBrowser();
  });

  afterAll(async () => {
    await kiosk?.close();
  });

  it('opens the right guide for 养劳金怎么领 typed from home', async () => {
    const { page } = kiosk;
    await page.waitForSelector('[data-testid="home-search"]');
    await kiosk.shot('30-home-search-entry');
    await page.locator('[data-testid="home-search"]').click();
    await page.waitForSelector('body[data-screen="search"]');
    // The search box opens on 字母 (拼音首字母).
    expect(await page.locator(MODE).getAttribute('data-input-mode')).toBe('letters');
    await choosePinyin(page);
    for (const [pinyin, text] of [
      ['yang', '养'],
      ['lao', '劳'],
      ['jin', '金'],
      ['zen', '怎'],
      ['me', '么'],
      ['ling', '领'],
    ] as const)
      await pick(page, pinyin, text);
    expect(await visibleText(page.locator('.search-query'))).toBe('养劳金怎么领');
    await page.waitForFunction(
      (sel) =>
        document.querySelector(`${sel} .item-row`)?.textContent?.includes('城乡居民基本养老保险待遇领取'),
      RESULTS,
    );
    const first = page.locator(`${RESULTS} .item-row`).first();
    expect(await visibleText(first.locator('.hit-why'))).toContain('读音相同');
    await kiosk.shot('31-search-natural-question');
    await first.click();
    // The guide screen shows 正在加载 until its item is read: wait for its title.
    await page.waitForSelector('body[data-screen="guide"] .guide-title');
    expect(await visibleText(page.locator('main'))).toContain('城乡居民基本养老保险待遇领取');
    await kiosk.shot('32-search-opened-guide');
  }, 180_000);

  it('answers a query nothing matches with examples, categories, common items and a helper', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: /返回/ }).first().click();
    await page.waitForSelector('body[data-screen="search"]');
    // 返回 finds the question as typed and its results, on the keyboard this session chose last: 拼音.
    expect(await visibleText(page.locator('.search-query'))).toBe('养劳金怎么领');
    await page.waitForSelector(`${RESULTS} .item-row`);
    expect(await page.locator(MODE).getAttribute('data-input-mode')).toBe('pinyin');
    await page.getByRole('button', { name: '清空' }).click();
    expect(await page.locator('.search-query .placeholder').count()).toBe(1);
    await choosePinyin(page);
    for (const [pinyin, text] of [
      ['gou', '狗'],
      ['gou', '狗'],
    ] as const)
      await pick(page, pinyin, text);
    await page.waitForSelector('.no-results .example-query');
    const view = await visibleText(page.locator('.no-results'));
    expect(view).toContain('换个说法试试');
    expect(view).not.toMatch(/^没有找到/u);
    // The closest categories and the common items arrive with their own answers: wait for them.
    await page.waitForSelector('.near-categories .category');
    await page.waitForSelector('.item-list[aria-label="常办事项"] li:nth-child(3) .item-row');
    expect(await page.locator('.no-results .btn-help').count()).toBe(1);
    await kiosk.shot('33-search-no-result');
    // An example is a query that finds something: tapping it searches it.
    await page.locator('.no-results .example-query').first().click();
    await page.waitForSelector(`${RESULTS} .item-row`);
  }, 180_000);
});

describe('home search entry in landscape', () => {
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    kiosk = await startKioskInBrowser({ viewport: { width: 1920, height: 1080 } });
  });

  afterAll(async () => {
    await kiosk?.close();
  });

  it('shows the search entry and the search screen', async () => {
    const { page } = kiosk;
    await page.waitForSelector('[data-testid="home-search"]');
    await kiosk.shot('34-home-search-entry-landscape');
    await page.locator('[data-testid="home-search"]').click();
    await page.waitForSelector('body[data-screen="search"]');
    await typeKeys(page, 'dibao');
    await page.waitForSelector(`${RESULTS} .item-row`);
    await kiosk.shot('35-search-landscape');
    // On the pinyin keyboard (the tallest, with its candidates) the results stand beside it, on screen
    // without scrolling, in both modes.
    await page.getByRole('button', { name: '清空' }).click();
    await choosePinyin(page);
    await pick(page, 'yang', '养');
    await pick(page, 'lao', '老');
    // The results of 养老 itself, not those of 养 still on screen while the typing settles.
    await page.waitForSelector(`${RESULTS}[data-query="养老"] .item-row`);
    for (const large of [false, true]) {
      if (large) await page.getByRole('button', { name: '大字模式' }).click();
      const first = await page.locator(`${RESULTS} .item-row`).first().boundingBox();
      expect(first, large ? '大字模式' : 'normal').not.toBeNull();
      expect(first!.y + first!.height, large ? '大字模式' : 'normal').toBeLessThanOrEqual(1080);
    }
  }, 180_000);
});
