/**
 * The e2e harness: a kiosk core + web shell in this process on a fresh data folder, and
 * Debian's Chromium (never a downloaded browser) with a fresh profile, driven by playwright-core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import { createLogger } from '../../src-main/log/logger.js';
import type { KioskConfigInput } from '../../src-main/services/config/config.schema.js';
import { startWebHost, type WebHost } from '../../src-main/shell/web/host.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const RENDERER = path.resolve('dist/renderer');

export interface KioskUnderTest {
  app: KioskApp;
  host: WebHost;
  page: Page;
  context: BrowserContext;
  dataDir: string;
  logFile: string;
  /** Saves a full-page screenshot under test-output/screenshots/. */
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startKioskInBrowser(
  options: { config?: Partial<KioskConfigInput>; viewport?: { width: number; height: number } } = {},
): Promise<KioskUnderTest> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html')))
    throw new Error('dist/renderer is missing: run `npm run build` before the e2e tests');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const data = tempDir('e2e-data');
  const profile = tempDir('e2e-profile');
  const logFile = path.join(data.dir, 'logs', 'kiosk.log');
  const app = createKioskApp({
    dataDir: data.dir,
    ...(options.config ? { config: options.config } : {}),
    log: createLogger({ file: logFile, level: 'debug' }),
  });
  const host = await startWebHost({
    dispatch: app.dispatch,
    bus: app.bus,
    log: app.log,
    rendererDir: RENDERER,
  });
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    viewport: options.viewport ?? { width: 1080, height: 1920 },
    locale: 'zh-CN',
    hasTouch: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(host.appUrl);
  await page.waitForSelector('body[data-ready="catalog"]');
  return {
    app,
    host,
    page,
    context,
    dataDir: data.dir,
    logFile,
    async shot(name) {
      const file = outputPath('screenshots', `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      await context.close();
      await host.close();
      app.close();
      profile.remove();
      // Keep the log for the personal-data scan; drop the rest of the data folder.
      const logCopy = outputPath('logs', `${path.basename(data.dir)}.log`);
      if (fs.existsSync(logFile)) fs.copyFileSync(logFile, logCopy);
      data.remove();
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    },
  };
}

/** Waits until the locator is visible (playwright's auto-waiting), then returns its text. */
export async function visibleText(locator: Locator): Promise<string> {
  await locator.first().waitFor({ state: 'visible' });
  return locator.first().innerText();
}

/** Waits until nothing matches the locator. */
export async function gone(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'detached' });
}
