/**
 * 手写 end to end: synthetic finger strokes through Chromium's touch input write 低保 into the search
 * box and 张建国 into a declaration form's name field; the choice of 手写 carries from the search to the
 * form within the session and is gone after 退出. The pad is checked and shot in both modes, portrait
 * and landscape, and the kiosk's log holds nothing that was written.
 */
import fs from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handwrite, pickHandwritten, writeCharacter } from './handwriting-input.js';
import { HOUSEHOLD } from '../helpers/dibao-declaration.js';
import { outputPath } from '../helpers/temp-dir.js';
import { openField, pickItem } from './form-input.js';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

describe('handwriting input', () => {
  let kiosk: KioskUnderTest;
  let cdp: CDPSession;

  beforeAll(async () => {
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 600 } });
    const raw = kiosk.context.pages()[0];
    if (!raw) throw new Error('no page');
    cdp = await kiosk.context.newCDPSession(raw);
  }, 120_000);

  afterAll(async () => {
    await kiosk?.close();
  }, 60_000);

  it('searches 低保 written by hand', { timeout: 240_000 }, async () => {
    const { page } = kiosk;
    await page
      .getByRole('button', { name: /办事指南/ })
      .first()
      .click();
    await page.getByRole('button', { name: /搜索事项/ }).click();
    await page.waitForSelector('body[data-screen="search"]');
    const keyboard = page.locator('.search-keyboard');
    expect(await keyboard.locator('[data-input-mode]').getAttribute('data-input-mode')).toBe('letters');
    await keyboard.locator('[data-mode-key="handwriting"]').click();
    await keyboard.locator('.kb-handwriting[data-model="ready"]').waitFor();

    await writeCharacter(cdp, keyboard, '低');
    await pickHandwritten(keyboard, '低');
    await writeCharacter(cdp, keyboard, '保');
    await kiosk.shot('70-handwriting-search');
    await pickHandwritten(keyboard, '保');
    expect(await visibleText(page.locator('.search-query'))).toBe('低保');
    await page.waitForFunction(() =>
      document
        .querySelector('.item-list[aria-label="搜索结果"]')
        ?.textContent?.includes('最低生活保障审核确认'),
    );
  });

  it('writes 张建国 by hand into a declaration form', { timeout: 300_000 }, async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: '首页' }).click();
    await page.waitForSelector('body[data-screen="home"]');
    await pickItem(page, '最低生活保障审核确认');
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    await page.locator('[data-field="name"]').waitFor({ timeout: 15_000 });

    await page.locator('[data-group-add="members"]').click();
    const input = page.locator('[data-input-for="members.0.memberName"]');
    await input.waitFor();
    // 手写 was chosen in the search box: the session remembers it.
    expect(await input.locator('[data-input-mode]').getAttribute('data-input-mode')).toBe('handwriting');
    await input.locator('.kb-handwriting[data-model="ready"]').waitFor();

    await handwrite(page, cdp, input, '张建');
    await writeCharacter(cdp, input, '国');
    await kiosk.shot('71-handwriting-form');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await input.locator('[data-hw-pad]').scrollIntoViewIfNeeded();
    await kiosk.shot('72-handwriting-form-landscape');
    await page.setViewportSize({ width: 1080, height: 1920 });
    // The harness's large-mode shot shows the top of the page (大字模式 scrolls to the top): one more of
    // the pad itself in 大字模式, portrait and landscape.
    await page.locator('[data-large-text-toggle]').click();
    await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
    for (const [name, viewport] of [
      ['73-handwriting-pad-large', { width: 1080, height: 1920 }],
      ['74-handwriting-pad-large-landscape', { width: 1920, height: 1080 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await input.locator('[data-hw-pad]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: outputPath('screenshots', `${name}.png`) });
    }
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.locator('[data-large-text-toggle]').click();
    await page.waitForFunction(() => !document.documentElement.classList.contains('large-text'));
    await pickHandwritten(input, '国');
    expect(await page.locator('[data-field="members.0.memberName"]').getAttribute('data-value')).toBe(
      '张建国',
    );

    // 撤销一笔 and 重写 work on the strokes only; the field keeps what was picked.
    await writeCharacter(cdp, input, '一');
    await input.locator('[data-key="undo-stroke"]').click();
    expect(await input.locator('[data-hw-pad]').getAttribute('data-strokes')).toBe('0');
    await writeCharacter(cdp, input, '二');
    await input.locator('[data-key="rewrite"]').click();
    expect(await input.locator('[data-hw-pad]').getAttribute('data-strokes')).toBe('0');
    expect(await page.locator('[data-field="members.0.memberName"]').getAttribute('data-value')).toBe(
      '张建国',
    );

    // The ID number opens the digit pad with X and closes by itself once all 18 are in and valid.
    const id = HOUSEHOLD[0].memberIdNumber;
    await openField(page, 'members.0.memberIdNumber');
    const pad = page.locator('[data-input-for="members.0.memberIdNumber"]');
    expect(await pad.locator('.kb-numeric [data-key="X"]').count()).toBe(1);
    expect(await pad.locator('[data-mode-key]').count()).toBe(0);
    for (const key of id) await pad.locator(`[data-key="${key}"]`).click();
    await pad.waitFor({ state: 'detached' });
    expect(await page.locator('[data-field="members.0.memberIdNumber"]').getAttribute('data-value')).toBe(id);
  });

  it(
    'forgets the choice of 手写 when the session ends, and logs nothing written',
    { timeout: 120_000 },
    async () => {
      const { page } = kiosk;
      await page.getByRole('button', { name: '退出' }).click();
      await page.waitForSelector('body[data-screen="home"]');
      await page
        .getByRole('button', { name: /办事指南/ })
        .first()
        .click();
      await page.getByRole('button', { name: /搜索事项/ }).click();
      await page.waitForSelector('body[data-screen="search"]');
      expect(await page.locator('.search-keyboard [data-input-mode]').getAttribute('data-input-mode')).toBe(
        'letters',
      );
      const html = await page.content();
      expect(html).not.toContain('张建国');
      const log = fs.existsSync(kiosk.logFile) ? fs.readFileSync(kiosk.logFile, 'utf8') : '';
      expect(log).not.toContain('张建国');
    },
  );
});
