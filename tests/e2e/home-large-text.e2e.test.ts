/** The home screen in both modes: 大字模式 shows fewer and larger tiles with the same content. */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

interface TileFacts {
  title: string;
  subtitle: string;
  width: number;
  height: number;
}

async function tileFacts(tiles: Locator): Promise<TileFacts[]> {
  return tiles.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        title: el.querySelector('.tile-title')?.textContent ?? '',
        subtitle: el.querySelector('.tile-sub')?.textContent ?? '',
        width: r.width,
        height: r.height,
      };
    }),
  );
}

const px = (page: Page, selector: string): Promise<number[]> =>
  page.locator(selector).evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));

describe('home in both modes', () => {
  let kiosk: KioskUnderTest;

  beforeAll(async () => {
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 600 } });
  });

  afterAll(async () => {
    await kiosk?.close();
  });

  it('大字模式 shows the four main services as big tiles and the rest under 更多服务, subtitles kept', async () => {
    const { page } = kiosk;
    await page.waitForSelector('body[data-screen="home"] .tile');
    const standard = await tileFacts(page.locator('.tiles .tile'));
    expect(standard.map((t) => t.title)).toEqual([
      '办事指南',
      '自助申报',
      '进度查询',
      '预约办理',
      '评价',
      '投诉建议',
    ]);
    for (const t of standard) expect(t.subtitle, t.title).not.toBe('');

    await page.getByRole('button', { name: '大字模式（长辈版）' }).click();
    await page.waitForSelector('.tiles-primary');
    const primary = await tileFacts(page.locator('.tiles-primary .tile'));
    const more = await tileFacts(page.locator('.tiles-more .tile'));
    expect(primary.map((t) => t.title)).toEqual(['办事指南', '自助申报', '进度查询', '预约办理']);
    expect(await visibleText(page.getByRole('heading', { name: '更多服务' }))).toBe('更多服务');
    expect(more.map((t) => t.title)).toEqual(['评价', '投诉建议']);

    // The same content: every tile, with the same subtitle.
    const byTitle = (list: TileFacts[]): Array<[string, string]> =>
      list.map((t): [string, string] => [t.title, t.subtitle]).sort();
    expect(byTitle([...primary, ...more])).toEqual(byTitle(standard));

    // Fewer tiles in the main grid, each larger than a standard tile.
    const area = (t: TileFacts): number => t.width * t.height;
    const largestStandard = Math.max(...standard.map(area));
    expect(primary.length).toBeLessThan(standard.length);
    for (const t of primary) expect(area(t), t.title).toBeGreaterThan(largestStandard);
    for (const t of more) expect(t.height, t.title).toBeGreaterThanOrEqual(160);
    for (const size of await px(page, '.tiles-primary .tile-title')) expect(size).toBeGreaterThanOrEqual(48);
    for (const size of await px(page, '.tile-sub')) expect(size).toBeGreaterThanOrEqual(24);
    // Everything on one screen, nothing to scroll to.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);

    await kiosk.shot('40-home-large');
    await page.getByRole('button', { name: /办事指南/ }).click();
    await page.waitForSelector('body[data-screen="categories"] .category');
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
    await page.getByRole('button', { name: '标准字体' }).click();
    await page.getByRole('button', { name: '首页' }).click();
    await page.waitForSelector('body[data-screen="home"] .tiles .tile');
    // Every screen this file visited went through the screen checks.
    const { seen, checked } = kiosk.screens();
    expect(seen.sort()).toEqual(['categories', 'home']);
    expect(checked.sort()).toEqual(['categories', 'home']);
  }, 120_000);
});
