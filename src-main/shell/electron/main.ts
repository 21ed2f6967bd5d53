/**
 * The Electron shell: the only module tree that imports 'electron'. It creates the locked-down
 * kiosk window, wires the contract over IPC, forwards core events and watches the renderer. It
 * cannot run on our build machines (no Electron binary); its decisions live in pure modules tested
 * with fakes: window.ts (options, navigation, shortcuts), lockdown.ts (security checklist, app://
 * protocol), ipc.ts (sender checks), watchdog.ts (crash, hang, white screen).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session as electronSession,
} from 'electron';
import { createKioskApp } from '../../app.js';
import { defaultDataDir, rendererDir } from '../../paths.js';
import { heartbeatTimingsFromEnv } from '../../services/watchdog/page-heartbeat.js';
import { wrappedDeviceKey } from '../../store/device-key.js';
import { EVENT_CHANNEL, mainFrameCheck, wireIpc } from './ipc.js';
import {
  APP_HOME,
  APP_SCHEME,
  appProtocolAnswer,
  claimSingleInstance,
  lockDownContents,
  lockDownSession,
} from './lockdown.js';
import { RendererWatchdog } from './watchdog.js';
import { windowOptions } from './window.js';

const dev = process.argv.includes('--dev') || process.env['KIOSK_DEV'] === '1';

// Before 'ready': the renderer's own scheme, standard and secure (storage, CSP 'self').
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let win: BrowserWindow | null = null;
const firstInstance = claimSingleInstance(app, () => {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
});

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = process.env['KIOSK_DATA_DIR'] ?? app.getPath('userData') ?? defaultDataDir();
  // Personal data at rest is sealed with a key the OS key store wraps (safeStorage).
  const kiosk = createKioskApp({
    dataDir,
    deviceKey: wrappedDeviceKey(dataDir, safeStorage),
    // 重启终端 (admin): Electron starts itself again.
    restart: () => {
      kiosk.close();
      app.relaunch();
      app.exit(0);
    },
    heartbeat: heartbeatTimingsFromEnv(),
  });
  const here = path.dirname(fileURLToPath(import.meta.url));

  // The security checklist (lockdown.ts): every webContents, the session, the renderer's protocol.
  const blocked = (what: string): void => kiosk.log.warn({ what }, 'blocked by the kiosk lockdown');
  app.on('web-contents-created', (_event, contents) =>
    lockDownContents(contents, { appUrl: APP_HOME, dev, onBlocked: blocked }),
  );
  lockDownSession(electronSession.defaultSession);
  const renderer = rendererDir();
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = appProtocolAnswer(renderer, request.url);
    if (!answer.file) return new Response(null, { status: answer.status, headers: answer.headers });
    try {
      return new Response(await fs.promises.readFile(answer.file), {
        status: 200,
        headers: answer.headers,
      });
    } catch {
      return new Response(null, { status: 404, headers: answer.headers });
    }
  });
  if (!dev) Menu.setApplicationMenu(null);

  win = new BrowserWindow(windowOptions({ preloadPath: path.join(here, 'preload.cjs'), dev }));
  const window = win;
  const contents = window.webContents;

  const unwire = wireIpc(ipcMain, kiosk.dispatch, mainFrameCheck(window));
  kiosk.bus.onAny((event, data) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, { event, data });
  });
  kiosk.bus.on('session.ended', () => {
    void contents.session.clearStorageData({
      storages: ['localstorage', 'indexdb', 'cookies', 'cachestorage'],
    });
    void contents.session.clearCache();
  });

  // The watchdog (watchdog.ts): crashed, hung or blank renderer → home again; too often → relaunch.
  const watchdog = new RendererWatchdog({
    contents,
    homeUrl: APP_HOME,
    heartbeat: kiosk.heartbeat,
    log: kiosk.log,
    relaunchApp: () => {
      app.relaunch();
      app.exit(0);
    },
  });
  contents.on('did-finish-load', () => watchdog.pageLoaded());
  contents.on('render-process-gone', (_event, details) =>
    watchdog.report({ kind: 'render-process-gone', reason: details.reason }),
  );
  contents.on('did-fail-load', (_event, errorCode, _description, _url, isMainFrame) => {
    if (isMainFrame) watchdog.report({ kind: 'load-failed', errorCode });
  });
  window.on('unresponsive', () => watchdog.report({ kind: 'unresponsive' }));
  window.on('responsive', () => watchdog.responsive());
  app.on('before-quit', () => watchdog.dispose());

  window.once('ready-to-show', () => window.show());
  // Watched from the first load on: a page that never comes up is reloaded too; a failed load is
  // retried by the watchdog (did-fail-load) rather than ending the app.
  watchdog.pageLoaded();
  window.loadURL(APP_HOME).catch(() => undefined);
  app.on('window-all-closed', () => {
    watchdog.dispose();
    unwire();
    kiosk.close();
    app.quit();
  });
}

if (firstInstance) {
  start().catch((error: unknown) => {
    console.error('kiosk failed to start', (error as Error)?.stack);
    app.exit(1);
  });
}
