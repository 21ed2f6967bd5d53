/**
 * Guide lookup end to end: search by initials, pinyin and 汉字 on the on-screen keyboards, the
 * empty state, and 打印指南 through a real CUPS queue (and the fallback when the queue is not there).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cupsPdfOutDir, startCups, TEXT_PRESERVING, until, type Cups } from '../helpers/cups.js';
import { outputPath } from '../helpers/temp-dir.js';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

async function typeKeys(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.locator(`.search-keyboard [data-key="${key}"]`).first().click();
}

async function clear(page: Page): Promise<void> {
  await page.locator('.search-keyboard [data-key="clear"]').first().click();
}

describe('search and print a guide', () => {
  let kiosk: KioskUnderTest;
  let cups: Cups;

  beforeAll(async () => {
    cups = await startCups();
    kiosk = await startKioskInBrowser({
      config: { a4Queue: cups.queue, a4Server: cups.server ?? '', a4Options: TEXT_PRESERVING },
    });
  });

  afterAll(async () => {
    await kiosk?.close();
    await cups?.stop();
  });

  it('finds items by initials, pinyin and 汉字, with the match marked', async () => {
    const { page } = kiosk;
    await page
      .getByRole('button', { name: /办事指南/ })
      .first()
      .click();
    await page.getByRole('button', { name: /搜索事项/ }).click();
    await page.waitForSelector('body[data-screen="search"]');
    await kiosk.shot('10-search-empty');

    await typeKeys(page, 'ylbx');
    // The list answers each key as it is typed: wait for the answer to the whole input, not to "yl".
    await page.waitForFunction(() => {
      const first = document.querySelector('.item-list[aria-label="搜索结果"] .item-row');
      return first?.querySelector('mark') !== null && first?.textContent?.includes('养老保险');
    });
    const initials = await visibleText(page.locator('.item-list[aria-label="搜索结果"] .item-row').first());
    expect(initials).toContain('养老保险');
    await kiosk.shot('11-search-initials');

    await clear(page);
    await typeKeys(page, 'dibao');
    await page.waitForFunction(() =>
      document
        .querySelector('.item-list[aria-label="搜索结果"]')
        ?.textContent?.includes('最低生活保障审核确认'),
    );
    await kiosk.shot('12-search-pinyin');

    await clear(page);
    await page.locator('.search-keyboard [data-mode-key="pinyin"]').click();
    await typeKeys(page, 'yanglao');
    await page.locator('.search-keyboard [data-candidate]', { hasText: '养老' }).first().click();
    expect(await visibleText(page.locator('.search-query'))).toBe('养老');
    await page.waitForFunction(() =>
      document
        .querySelector('.item-list[aria-label="搜索结果"]')
        ?.textContent?.includes('城乡居民基本养老保险'),
    );
    const marked = await page.locator('.item-list[aria-label="搜索结果"] mark').first().innerText();
    expect(marked).toBe('养老');
    await kiosk.shot('13-search-hanzi');
  }, 120_000);

  it('offers popular items and a helper when nothing matches', async () => {
    const { page } = kiosk;
    await page.locator('.search-keyboard [data-mode-key="letters"]').click();
    await clear(page);
    await typeKeys(page, 'qqqqzz');
    await page.waitForSelector('.search-empty .btn-help');
    expect(await visibleText(page.locator('.empty-title'))).toContain('换个说法试试');
    expect(await page.locator('.item-list[aria-label="常办事项"] .item-row').count()).toBeGreaterThanOrEqual(
      3,
    );
    await kiosk.shot('14-search-nothing');
  }, 120_000);

  it('prints the guide to the A4 queue, and offers the QR code when there is no printer', async () => {
    const { page } = kiosk;
    await clear(page);
    await typeKeys(page, 'dibao');
    await page
      .locator('.item-list[aria-label="搜索结果"] .item-row', { hasText: '最低生活保障审核确认' })
      .click();
    await page.waitForSelector('body[data-screen="guide"]');

    const { dir } = cupsPdfOutDir(cups.queue);
    // cups-pdf names a file after the job title and number, which a fresh private cupsd repeats: a file
    // left by an earlier run is overwritten, so a new job is a new name or a newer file.
    const mtime = (f: string): number => fs.statSync(path.join(dir, f)).mtimeMs;
    const before = new Map((fs.existsSync(dir) ? fs.readdirSync(dir) : []).map((f) => [f, mtime(f)]));
    await page.getByRole('button', { name: '打印指南' }).click();
    expect(await visibleText(page.locator('.ok-message'))).toContain('已发送到打印机');
    await kiosk.shot('15-guide-printed');
    const printed = await until('the printed guide', 150_000, () => {
      if (!fs.existsSync(dir)) return undefined;
      const name = fs
        .readdirSync(dir)
        .find((f) => f.includes('guide') && (!before.has(f) || mtime(f) !== before.get(f)));
      if (!name) return undefined;
      const file = path.join(dir, name);
      return /%%EOF\s*$/.test(fs.readFileSync(file).subarray(-64).toString('latin1')) ? file : undefined;
    });
    fs.copyFileSync(printed, outputPath('a4', 'e2e-printed-guide.pdf'));
    const text = execFileSync('pdftotext', [printed, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('最低生活保障审核确认');
    expect(text).toContain('所需材料');
    fs.rmSync(printed);

    // A print queue that is not there (a demo kiosk with none at all says so instead: honest-messages).
    kiosk.app.config.update({ a4Queue: 'KIOSK_NO_SUCH_QUEUE' });
    await page.getByRole('button', { name: '打印指南' }).click();
    expect(await visibleText(page.locator('.error-message-inline'))).toContain('请用手机扫描');
    await page.getByRole('img', { name: /请用手机扫描保存/ }).waitFor({ state: 'visible' });
    await kiosk.shot('16-guide-print-failed');
  }, 240_000);
});
