/**
 * The district console in Debian's Chromium (desktop 1366 × 768) for e2e tests: a fresh profile, sign-in,
 * and `check(name)` — axe-core at WCAG 2.2 AA with zero violations, then a screenshot under
 * test-output/screenshots/console-NAME.png. Page errors fail the test at close.
 */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { outputPath } from '../helpers/temp-dir.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './harness.js';
import { axeViolations } from './screen-checks.js';

export const CONSOLE_VIEWPORT = { width: 1366, height: 768 };

export interface ConsoleBrowser {
  page: Page;
  signIn(name: string, password: string): Promise<void>;
  /** axe WCAG 2.2 AA (throws on any violation) and a screenshot; returns the screenshot's path. */
  check(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openConsole(baseUrl: string): Promise<ConsoleBrowser> {
  if (!fs.existsSync('dist/console/index.html'))
    throw new Error('dist/console is missing: run `npm run build` before the e2e tests');
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--autoplay-policy=no-user-gesture-required'],
    headless: true,
  });
  const context = await browser.newContext({ viewport: CONSOLE_VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('/console/', baseUrl).toString());
  await page.waitForSelector('body[data-screen="login"]');
  return {
    page,
    async signIn(name, password) {
      await page.getByLabel('用户名').fill(name);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForSelector('body[data-screen]:not([data-screen="login"]):not([data-screen="loading"])');
    },
    async check(name) {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const violations = await axeViolations(page);
      const file = outputPath('screenshots', `console-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      if (violations.length > 0) throw new Error(`axe on console ${name}:\n${violations.join('\n')}`);
      return file;
    },
    async close() {
      await browser.close();
      if (errors.length > 0) throw new Error(`console page errors: ${errors.join('; ')}`);
    },
  };
}
