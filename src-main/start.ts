/**
 * `npm start`: Electron when its binary is present, else the loopback web shell (opening
 * Debian's Chromium in kiosk mode when a display exists, else printing the URL).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createKioskApp, RESTART_EXIT_CODE } from './app.js';
import { appRoot, defaultDataDir, rendererDir } from './paths.js';
import { findChromium, hasDisplay, kioskBrowserArgs } from './shell/web/browser.js';
import { startWebHost } from './shell/web/host.js';

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
  const dataDir = defaultDataDir();
  // 重启终端 (admin): close everything and exit with RESTART_EXIT_CODE; the service manager (systemd
  // `Restart=on-failure`, or the autostart wrapper) starts the kiosk again.
  let stopForRestart: () => void = () => process.exit(RESTART_EXIT_CODE);
  const kiosk = createKioskApp({ dataDir, restart: () => stopForRestart() });
  const port = process.env['KIOSK_PORT'] ? Number(process.env['KIOSK_PORT']) : 0;
  const host = await startWebHost({
    dispatch: kiosk.dispatch,
    bus: kiosk.bus,
    log: kiosk.log,
    rendererDir: rendererDir(),
    port,
  });
  console.log(`便民服务自助终端已启动（网页外壳）/ kiosk web shell running`);
  console.log(`数据目录 / data folder: ${dataDir}`);
  console.log(`打开 / open: ${host.appUrl}`);
  const chromium = findChromium();
  if (hasDisplay() && chromium && process.env['KIOSK_NO_BROWSER'] !== '1') {
    const profile = path.join(dataDir, 'browser-profile');
    const browser = spawn(chromium, kioskBrowserArgs(host.appUrl, profile), { stdio: 'ignore' });
    browser.on('exit', (code) => kiosk.log.warn({ code }, 'kiosk browser exited'));
  } else {
    console.log(
      '没有显示器或 Chromium：请在浏览器中打开上面的地址。/ no display: open the URL above in a browser.',
    );
  }
  stopForRestart = () => {
    void host.close().then(() => {
      kiosk.close();
      process.exit(RESTART_EXIT_CODE);
    });
  };
  const stop = (): void => {
    void host.close().then(() => {
      kiosk.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const electron = process.env['KIOSK_SHELL'] === 'web' ? undefined : electronBinary();
if (electron) {
  const main = path.join(appRoot(), 'dist', 'main', 'src-main', 'shell', 'electron', 'main.js');
  const child = spawn(electron, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await startWebShell();
}
