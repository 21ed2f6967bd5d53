/**
 * The e2e harness: a kiosk core + web shell in this process on a fresh data folder, and
 * Debian's Chromium (never a downloaded browser) with a fresh profile, driven by playwright-core.
 *
 * Every screen a test visits is checked (screen-checks.ts, both modes) with no code in the test: the
 * page the test gets checks the screen on display before the test's next action on it, unless the test
 * already checked it with `shot()`. A visited screen that could not be checked fails the test at close.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import { createLogger } from '../../src-main/log/logger.js';
import type { KioskConfigInput } from '../../src-main/services/config/config.schema.js';
import { startWebHost, type WebHost } from '../../src-main/shell/web/host.js';
import { findPersonalData, formatFindings } from '../helpers/personal-data-scan.js';
import { outputPath, SCREENS_CHECKED_FILE, tempDir } from '../helpers/temp-dir.js';
import { checkScreen, formatProblems } from './screen-checks.js';
import { guard, trackApiCalls, watchScreens } from './screen-watch.js';

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
  /** The kiosk's page; before each action on it the harness checks a newly visited screen. */
  page: Page;
  context: BrowserContext;
  dataDir: string;
  logFile: string;
  /**
   * Checks the screen in both modes (axe, target sizes, font sizes; throws on any problem) and
   * saves a screenshot of each mode under test-output/screenshots/ (NAME.png, NAME.large.png).
   */
  shot(name: string): Promise<string>;
  /** The `body[data-screen]` values seen so far, and those checked (by `shot` or automatically). */
  screens(): { seen: string[]; checked: string[] };
  close(): Promise<void>;
}

/** How long a screen may take to load its data before its automatic check. */
const SCREEN_LOAD_TIMEOUT_MS = 30_000;

export async function startKioskInBrowser(
  options: {
    config?: Partial<KioskConfigInput>;
    viewport?: { width: number; height: number };
    /** 重启终端 (admin): what the kiosk calls instead of exiting. */
    restart?: () => void;
    /** More Chromium flags for this test only (a fake camera fed from a file). */
    chromiumArgs?: readonly string[];
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
    args: [...CHROMIUM_FLAGS, ...(options.chromiumArgs ?? [])],
    headless: true,
    viewport: options.viewport ?? { width: 1080, height: 1920 },
    locale: 'zh-CN',
    hasTouch: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const seen = new Set<string>();
  const checked = new Set<string>();
  await watchScreens(page, (screen) => seen.add(screen));
  const api = trackApiCalls(page);
  const currentScreen = (): Promise<string> => page.evaluate(() => document.body.dataset['screen'] ?? '');

  /** Checks the screen on display unless it was checked already (or the idle countdown covers it). */
  const checkNewScreen = async (): Promise<void> => {
    if (page.isClosed()) return;
    const screen = await currentScreen();
    if (!screen || checked.has(screen) || (await page.locator('.overlay').count()) > 0) return;
    await settled(page, api, screen);
    if ((await currentScreen()) !== screen) return; // moved on by itself: checked when next seen, or reported
    checked.add(screen);
    await checkAndShoot(page, `auto-${screen}`, screen);
  };

  await page.goto(host.launchUrl());
  await page.waitForSelector('body[data-ready="catalog"]');
  return {
    app,
    host,
    page: guard(page, checkNewScreen),
    context,
    dataDir: data.dir,
    logFile,
    async shot(name) {
      const screen = await currentScreen();
      checked.add(screen);
      return checkAndShoot(page, name, screen);
    },
    screens: () => ({ seen: [...seen], checked: [...checked] }),
    async close() {
      let lastCheck: Error | undefined;
      try {
        await checkNewScreen();
      } catch (error) {
        lastCheck = error instanceof Error ? error : new Error(String(error));
      }
      await context.close();
      await host.close();
      app.close();
      profile.remove();
      // Keep the log for the personal-data scan; drop the rest of the data folder.
      const logCopy = outputPath('logs', `${path.basename(data.dir)}.log`);
      if (fs.existsSync(logFile)) fs.copyFileSync(logFile, logCopy);
      data.remove();
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
      if (lastCheck) throw lastCheck;
      const unchecked = [...seen].filter((screen) => !checked.has(screen));
      if (unchecked.length > 0)
        throw new Error(
          `screens visited but never checked: ${unchecked.join(', ')} — each left before the test's next ` +
            'action; wait on something of the screen (or call shot()) so the harness can check it',
        );
      assertNoPersonalData(logCopy);
    },
  };
}

/** Waits until the screen's data has arrived: no API call in flight, no loading message, fonts ready. */
async function settled(page: Page, api: { idle(): Promise<void> }, screen: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`screen ${screen} still loading after ${SCREEN_LOAD_TIMEOUT_MS} ms`)),
      SCREEN_LOAD_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([
      (async () => {
        await page.waitForFunction(() => !document.querySelector('.loading'), undefined, {
          timeout: SCREEN_LOAD_TIMEOUT_MS,
        });
        await api.idle();
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
      })(),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
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

async function checkAndShoot(page: Page, name: string, screen: string): Promise<string> {
  const problems: string[] = [];
  const modes: string[] = [];
  let first = '';
  for (let pass = 0; pass < 2; pass++) {
    const mode = (await isLarge(page)) ? 'large' : 'normal';
    modes.push(mode);
    problems.push(...formatProblems(name, mode, await checkScreen(page, mode)));
    const file = outputPath('screenshots', mode === 'large' ? `${name}.large.png` : `${name}.png`);
    await page.screenshot({ path: file });
    first ||= file;
    await toggleMode(page);
  }
  if (problems.length > 0) throw new Error(`screen checks failed:\n${problems.join('\n')}`);
  recordScreen(name, screen, modes);
  return first;
}

/**
 * The list of screens that passed the checks in this run, one line per mode, for the closing note and
 * for people. tests/global-setup.ts empties it when a run starts.
 */
function recordScreen(name: string, screen: string, modes: string[]): void {
  const lines = modes.map((mode) => `${name}\t${screen || '-'}\t${mode}\n`).join('');
  fs.appendFileSync(outputPath(SCREENS_CHECKED_FILE), lines);
}

/**
 * Watches 语音播报 in the kiosk's core: each call of its SpeechService's speak and stop (which still run:
 * the wrappers only note the call) and each `speech.state` event, in one log whose order is exact
 * (all of it happens synchronously in this process). speak() itself calls stop() first.
 */
export type SpeechEvent =
  { kind: 'speak'; text: string } | { kind: 'stop' } | { kind: 'state'; speaking: boolean };

export interface SpeechWatch {
  log: SpeechEvent[];
  /** Resolves with the index of the first logged event (so far or later) for which `match` is true. */
  until(match: (event: SpeechEvent, index: number) => boolean): Promise<number>;
  /** Resolves with the first text read aloud (so far or later) that matches. */
  said(pattern: RegExp): Promise<string>;
  stop(): void;
}

export function watchSpeech(app: KioskApp): SpeechWatch {
  const log: SpeechEvent[] = [];
  const waiters = new Set<() => void>();
  const push = (event: SpeechEvent): void => {
    log.push(event);
    for (const w of [...waiters]) w();
  };
  const speech = app.speech;
  const speak = speech.speak.bind(speech);
  const stop = speech.stop.bind(speech);
  speech.speak = (text: string) => {
    push({ kind: 'speak', text });
    return speak(text);
  };
  speech.stop = () => {
    push({ kind: 'stop' });
    return stop();
  };
  const off = app.bus.on('speech.state', ({ speaking }) => push({ kind: 'state', speaking }));
  const until = (match: (event: SpeechEvent, index: number) => boolean): Promise<number> =>
    new Promise((resolve) => {
      const check = (): void => {
        const found = log.findIndex(match);
        if (found < 0) return;
        waiters.delete(check);
        resolve(found);
      };
      waiters.add(check);
      check();
    });
  return {
    log,
    until,
    said: async (pattern) => {
      const at = await until((e) => e.kind === 'speak' && pattern.test(e.text));
      const event = log[at];
      return event?.kind === 'speak' ? event.text : '';
    },
    stop() {
      // Back to the class's own methods.
      delete (speech as Partial<Pick<typeof speech, 'speak' | 'stop'>>).speak;
      delete (speech as Partial<Pick<typeof speech, 'speak' | 'stop'>>).stop;
      off();
    },
  };
}

/** Waits until the locator is visible (playwright's auto-waiting), then returns its text. */
export async function visibleText(locator: Locator): Promise<string> {
  await locator.first().waitFor({ state: 'visible' });
  return locator.first().innerText();
}

/**
 * The done step's status once the receipt's fate is on it (the upload note can be there before it:
 * the receipt's line waits for the printer's status).
 */
export async function doneStatus(page: Page): Promise<string> {
  await page.locator('.done-status .ok-message, .done-status .error-message-inline').first().waitFor();
  return page.locator('.done-status').first().innerText();
}

/** Waits until nothing matches the locator. */
export async function gone(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'detached' });
}
