/**
 * The web shell's watchdog with Debian's Chromium, for real: the kiosk process (dist/…/start.js, as
 * `npm start` and the systemd unit run it) launches a headless Chromium under its supervisor. The test
 * kills the page's renderer processes with SIGKILL (a crash), then stops them with SIGSTOP (a hang),
 * then kills the browser itself; each time the kiosk must come back on the home screen by itself,
 * seen by the page's own heartbeat and through the DevTools protocol. Once with the browser a headless
 * start picks by default (Debian's chromium-headless-shell when installed) and once with /usr/bin/chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { alive, commandLine, descendants } from '../helpers/proc.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { findHeadlessBrowser } from '../../src-main/shell/web/browser.js';
import { CHROMIUM } from './harness.js';

const READY = /page ready: launch=(\d+) screen=(\S+) pid=(\d+)/;

interface Ready {
  launch: number;
  screen: string;
  pid: number;
}

function parseReady(line: string): Ready {
  const m = READY.exec(line)!;
  return { launch: Number(m[1]), screen: m[2]!, pid: Number(m[3]) };
}

/** The page's renderer processes of one Chromium (not its own WebUI renderer). */
function pageRenderers(browserPid: number): number[] {
  return descendants(browserPid).filter((pid) => {
    // Chromium rewrites its children's argv into one string: match words, not array items.
    const args = ` ${commandLine(pid).join(' ')} `;
    return args.includes(' --type=renderer ') && !args.includes(' --top-chrome-webui ');
  });
}

/** The default pick (no KIOSK_CHROMIUM), and Chromium itself when the default is another binary. */
const BROWSERS: Array<{ name: string; slug: string; env: Record<string, string> }> = [
  { name: `default (${findHeadlessBrowser({}) ?? 'none'})`, slug: 'default', env: {} },
  ...(findHeadlessBrowser({}) === CHROMIUM
    ? []
    : [{ name: CHROMIUM, slug: 'chromium', env: { KIOSK_CHROMIUM: CHROMIUM } }]),
];

describe.each(BROWSERS)('watchdog: $name supervised by the kiosk process', ({ slug, env }) => {
  let kiosk: KioskProcess;
  let data: { dir: string; remove: () => void };
  let profile: { dir: string; remove: () => void };
  const browserPids: number[] = [];

  /** The first "page ready" line of a launch after `launch`. */
  async function readyAfter(launch: number): Promise<Ready> {
    const line = await kiosk.waitForLine((l) => READY.test(l) && parseReady(l).launch > launch);
    const ready = parseReady(line);
    browserPids.push(ready.pid);
    return ready;
  }

  /** Connects to the running Chromium over CDP (port from its profile) and finds the kiosk page. */
  async function connect(): Promise<{ browser: Browser; page: Page }> {
    const port = fs.readFileSync(path.join(profile.dir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const page = browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith('http://127.0.0.1:'));
    if (!page) throw new Error('kiosk page not found over CDP');
    return { browser, page };
  }

  beforeAll(() => {
    if (!fs.existsSync('dist/main/src-main/start.js') || !fs.existsSync('dist/renderer/index.html'))
      throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
    data = tempDir('watchdog-data');
    profile = tempDir('watchdog-profile');
    kiosk = startKioskProcess({
      dataDir: data.dir,
      from: 'dist',
      env: {
        KIOSK_NO_BROWSER: '0',
        KIOSK_BROWSER: 'headless',
        ...env,
        KIOSK_BROWSER_PROFILE: profile.dir,
        KIOSK_HEARTBEAT_MS: '500',
        KIOSK_HEARTBEAT_STALE_MS: '5000',
      },
    });
  });

  afterAll(async () => {
    await kiosk?.stop();
    const log = path.join(data.dir, 'logs', 'kiosk.log');
    if (fs.existsSync(log)) fs.copyFileSync(log, outputPath('logs', `watchdog-kiosk-${slug}.log`));
    for (const pid of browserPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
    data?.remove();
    profile?.remove();
  });

  it('comes back on the home screen after the renderer is killed, hangs, or the browser dies', async () => {
    const first = await readyAfter(0);
    expect(first.screen).toBe('home');
    // The one-time code reached the browser through a private page, never its command line: any user
    // of the machine can read /proc/<pid>/cmdline, and would take the session with the code.
    for (const pid of [first.pid, ...descendants(first.pid)]) {
      const args = commandLine(pid).join(' ');
      expect(args, `browser process ${pid}`).not.toContain('launch=');
    }
    expect(kiosk.lines.filter((l) => l.includes('launch code refused'))).toEqual([]);

    // Leave the home screen, so "home again" means a fresh page, not the old one surviving.
    const before = await connect();
    await before.page.locator('body[data-screen="home"]').waitFor();
    await before.page.locator('.tile', { hasText: '办事指南' }).first().click();
    await before.page.locator('body[data-screen="categories"]').waitFor();
    await before.browser.close(); // disconnects; the kiosk's Chromium keeps running

    // 1. Crash: SIGKILL the page's renderer processes.
    const renderers = pageRenderers(first.pid);
    expect(renderers.length).toBeGreaterThan(0);
    for (const pid of renderers) process.kill(pid, 'SIGKILL');
    const afterCrash = await readyAfter(first.launch);
    expect(afterCrash.screen).toBe('home');
    expect(afterCrash.pid).not.toBe(first.pid);
    expect(alive(first.pid)).toBe(false);
    const seen = await connect();
    await seen.page.locator('body[data-ready="catalog"][data-screen="home"]').waitFor();
    await seen.page.screenshot({ path: outputPath('screenshots', `watchdog-home-after-crash-${slug}.png`) });
    await seen.browser.close();

    // 2. Hang: SIGSTOP them (a stuck renderer); the stopped processes must not outlive the restart.
    const stuck = pageRenderers(afterCrash.pid);
    expect(stuck.length).toBeGreaterThan(0);
    for (const pid of stuck) process.kill(pid, 'SIGSTOP');
    const afterHang = await readyAfter(afterCrash.launch);
    expect(afterHang.screen).toBe('home');
    for (const pid of stuck) expect(alive(pid)).toBe(false);

    // 3. The browser itself dies: launched again.
    process.kill(afterHang.pid, 'SIGKILL');
    const afterExit = await readyAfter(afterHang.launch);
    expect(afterExit.screen).toBe('home');

    expect(kiosk.lines.filter((l) => l.includes('page stopped beating'))).toHaveLength(2);
    const log = fs.readFileSync(path.join(data.dir, 'logs', 'kiosk.log'), 'utf8');
    expect(log.match(/page heartbeat stopped/g)).toHaveLength(2);
    expect(log).toContain('kiosk browser exited; launching it again');

    // A clean stop leaves no Chromium behind.
    const last = afterExit.pid;
    const family = [last, ...descendants(last)];
    expect(await kiosk.stop()).toBe(0);
    for (const pid of family) expect(alive(pid)).toBe(false);
  }, 180_000);
});
