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
import { findPersonalData, formatFindings } from '../helpers/personal-data-scan.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { checkScreen, formatProblems } from './screen-checks.js';

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
  /**
   * Checks the screen in both modes (axe, target sizes, font sizes; throws on any problem) and
   * saves a screenshot of each mode under test-output/screenshots/ (NAME.png, NAME.large.png).
   */
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startKioskInBrowser(
  options: {
    config?: Partial<KioskConfigInput>;
    viewport?: { width: number; height: number };
    /** 重启终端 (admin): what the kiosk calls instead of exiting. */
    restart?: () => void;
  } = {},
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
    ...(options.restart ? { restart: options.restart } : {}),
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
    shot: (name) => checkAndShoot(page, name),
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
      assertNoPersonalData(logCopy);
    },
  };
}

/** The test card's personal data: none of it may reach a log line. */
export const TEST_PERSON = {
  name: '韩红英',
  idNumber: '370302199001010029',
  address: '昆仑镇昆仑村123号',
  phone: '13805331234',
} as const;

/** Scans a log file for any personal value the tests use (helpers/personal-data-scan.ts). */
export function assertNoPersonalData(logFile: string): void {
  if (!fs.existsSync(logFile)) return;
  const findings = findPersonalData(fs.readFileSync(logFile, 'utf8'), logFile);
  if (findings.length > 0) throw new Error(formatFindings(findings));
}

const isLarge = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.classList.contains('large-text'));

/** Flips 大字模式 the way a citizen does (its button), or by its class under the idle overlay. */
async function toggleMode(page: Page): Promise<void> {
  const before = await isLarge(page);
  const toggle = page.locator('[data-large-text-toggle]');
  const overlay = await page.locator('.overlay').count();
  if (overlay === 0 && (await toggle.count()) > 0) await toggle.first().click();
  else await page.evaluate(() => document.documentElement.classList.toggle('large-text'));
  await page.waitForFunction(
    (was) => document.documentElement.classList.contains('large-text') !== was,
    before,
  );
}

async function checkAndShoot(page: Page, name: string): Promise<string> {
  const problems: string[] = [];
  let first = '';
  for (let pass = 0; pass < 2; pass++) {
    const mode = (await isLarge(page)) ? 'large' : 'normal';
    problems.push(...formatProblems(name, mode, await checkScreen(page, mode)));
    const file = outputPath('screenshots', mode === 'large' ? `${name}.large.png` : `${name}.png`);
    await page.screenshot({ path: file });
    first ||= file;
    await toggleMode(page);
  }
  recordScreen(name);
  if (problems.length > 0) throw new Error(`screen checks failed:\n${problems.join('\n')}`);
  return first;
}

/** The list of screens checked, for the closing note and for people. */
function recordScreen(name: string): void {
  const file = outputPath('screens-checked.txt');
  fs.appendFileSync(file, `${name}\n`);
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
