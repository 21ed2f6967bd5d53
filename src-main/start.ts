/**
 * `npm start` (and the systemd unit of build/linux/): Electron when its binary is present, else the
 * loopback web shell, with Debian's Chromium in kiosk mode under a supervisor when a display exists
 * (or headless, for tests: KIOSK_BROWSER=headless), else printing the URL.
 */
// First import: its evaluation is the start of the script (the cold-start bench's `script` mark).
import { startupMark } from './core/startup-marks.js';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { appRoot, defaultDataDir, rendererDir } from './paths.js';
import { heartbeatTimingsFromEnv } from './services/watchdog/page-heartbeat.js';
import {
  findChromium,
  findHeadlessBrowser,
  hasDisplay,
  headlessBrowserArgs,
  kioskBrowserArgs,
  launchBrowser,
} from './shell/web/browser.js';
import {
  BrowserSupervisor,
  type BrowserChild,
  type SupervisorEvent,
} from './shell/web/browser-supervisor.js';
import { DeviceKeyUnavailableError, fileDeviceKey } from './store/device-key.js';
import { startWebHost } from './shell/web/host.js';
import { lateCore } from './shell/web/late-core.js';
import { writeLaunchPage } from './shell/web/launch-page.js';
import { PRINTED_LAUNCH_TTL_MS } from './shell/web/launch-session.js';

/** The Electron binary if it was downloaded. Never `require('electron')`: that tries to download it. */
function electronBinary(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('electron/package.json'));
    const rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const bin = path.join(dir, 'dist', rel);
    return rel && fs.existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

async function startWebShell(): Promise<void> {
  startupMark('shellModules');
  const dataDir = defaultDataDir();
  // The web shell keeps the device key in a 0600 file; a key the Electron shell wrapped cannot be
  // opened here, and making a new one would leave the sealed outbox unreadable: refuse to start.
  const deviceKey = fileDeviceKey(dataDir);
  try {
    deviceKey();
  } catch (error) {
    if (!(error instanceof DeviceKeyUnavailableError)) throw error;
    console.error(`数据目录 / data folder: ${dataDir}\n${error.message}`);
    process.exit(1);
  }
  // Port first, then the browser, then the core: Chromium's own start overlaps loading the core and
  // opening the database; the page's API calls wait for the core (late-core.ts).
  const late = lateCore();
  // Until the core is up a stop just exits (the browser's process group goes with this process).
  let stop = (): void => process.exit(0);
  process.on('SIGINT', () => stop());
  process.on('SIGTERM', () => stop());
  const port = process.env['KIOSK_PORT'] ? Number(process.env['KIOSK_PORT']) : 0;
  const host = await startWebHost({ ...late, rendererDir: rendererDir(), port });
  startupMark('port');
  console.log(`便民服务自助终端已启动（网页外壳）/ kiosk web shell running`);
  console.log(`数据目录 / data folder: ${dataDir}`);
  const headless = process.env['KIOSK_BROWSER'] === 'headless';
  const chromium = headless ? findHeadlessBrowser() : findChromium();
  const withBrowser =
    chromium !== undefined && (headless || hasDisplay()) && process.env['KIOSK_NO_BROWSER'] !== '1';
  let launch: (() => BrowserChild) | undefined;
  let first: BrowserChild | undefined;
  if (withBrowser) {
    // Each browser launch gets its own one-time code; the address printed for people carries none.
    console.log(`网页外壳 / web shell: ${host.url}/ （浏览器用一次性启动码打开 / the browser opens it)`);
    const profile = process.env['KIOSK_BROWSER_PROFILE'] ?? path.join(dataDir, 'browser-profile');
    const browserArgs = headless ? headlessBrowserArgs : kioskBrowserArgs;
    // The code reaches the browser through a private page, not its command line (launch-page.ts).
    launch = () => launchBrowser(chromium, browserArgs(writeLaunchPage(dataDir, host.launchUrl()), profile));
    first = launch();
    startupMark('browserSpawned');
  }

  const { createKioskCore, RESTART_EXIT_CODE } = await import('./app.js');
  startupMark('coreModules');
  // 重启终端 (admin): close everything and exit with RESTART_EXIT_CODE; the service manager (systemd
  // `Restart=on-failure`, or the autostart wrapper) starts the kiosk again.
  let stopForRestart: () => void = () => process.exit(RESTART_EXIT_CODE);
  const kiosk = createKioskCore({
    dataDir,
    deviceKey,
    heartbeat: heartbeatTimingsFromEnv(),
    restart: () => stopForRestart(),
  });
  late.ready(kiosk);
  startupMark('core');
  console.log('终端核心已就绪 / core ready');
  let supervisor: BrowserSupervisor | undefined;
  if (launch) {
    const next = launch;
    supervisor = new BrowserSupervisor({
      // The first launch is the browser started above, before the core.
      launch: () => {
        const child = first ?? next();
        first = undefined;
        return child;
      },
      heartbeat: kiosk.heartbeat,
      log: kiosk.log,
      onEvent: printSupervisorEvent,
    });
    supervisor.start();
  } else {
    console.log(
      `打开 / open: ${host.launchUrl(PRINTED_LAUNCH_TTL_MS)} （一次性，10 分钟内有效 / one-time, 10 min)`,
    );
    console.log(
      '没有显示器或 Chromium：请在浏览器中打开上面的地址。/ no display: open the URL above in a browser.',
    );
  }
  const shutdown = (code: number): void => {
    void (supervisor?.stop() ?? Promise.resolve())
      .then(() => host.close())
      .then(() => {
        kiosk.close();
        process.exit(code);
      });
  };
  stopForRestart = () => shutdown(RESTART_EXIT_CODE);
  stop = () => shutdown(0);
}

/** One line per browser launch and per page that came up: for the technician, the journal and tests. */
function printSupervisorEvent(event: SupervisorEvent): void {
  if (event.kind === 'launched')
    console.log(`浏览器已启动 / browser launched: launch=${event.launch} pid=${event.pid ?? '?'}`);
  if (event.kind === 'page-ready')
    console.log(
      `页面已就绪 / page ready: launch=${event.launch} screen=${event.screen} pid=${event.pid ?? '?'}`,
    );
  if (event.kind === 'stale')
    console.log(`页面无响应，重启浏览器 / page stopped beating: launch=${event.launch}`);
  if (event.kind === 'exited')
    console.log(
      `浏览器已退出 / browser exited: launch=${event.launch} code=${event.code ?? '-'} signal=${event.signal ?? '-'}`,
    );
}

const electron = process.env['KIOSK_SHELL'] === 'web' ? undefined : electronBinary();
if (electron) {
  const main = path.join(appRoot(), 'dist', 'main', 'src-main', 'shell', 'electron', 'main.js');
  const child = spawn(electron, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await startWebShell();
}
