/**
 * The Electron shell: the only module tree that imports 'electron'. It creates the locked-down
 * kiosk window, wires the contract over IPC, forwards core events and watches the renderer. It
 * cannot run on our build machines (no Electron binary); its decisions live in pure modules tested
 * with fakes: window.ts (options, navigation, shortcuts), lockdown.ts (security checklist, app://
 * protocol), ipc.ts (sender checks), watchdog.ts (crash, hang, white screen), data-folder.ts (paths,
 * `--cli`).
 * The data folder is the one the web shell and the `kiosk` CLI use (defaultDataDir()); the device key
 * is wrapped by safeStorage (device-key.ts says how a key written by the CLI is adopted), and
 * `zichuan-kiosk --cli <command>` runs the technician's CLI with that key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session as electronSession,
} from 'electron';
import { createKioskCore } from '../../app.js';
import { processIo } from '../../cli/cli-io.js';
import { main as cliMain } from '../../cli/main.js';
import { defaultDataDir, legacyElectronDataDir, rendererDir } from '../../paths.js';
import { heartbeatTimingsFromEnv } from '../../services/watchdog/page-heartbeat.js';
import { DeviceKeyUnavailableError, wrappedDeviceKey } from '../../store/device-key.js';
import { adoptLegacyDataDir, cliArgs, electronPaths } from './data-folder.js';
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

// One data folder for every shell and the CLI, set before anything reads Electron's paths.
const dataDir = defaultDataDir();
const legacy = process.env['KIOSK_DATA_DIR'] ? 'none' : adoptLegacyDataDir(dataDir, legacyElectronDataDir());
const paths = electronPaths(dataDir);
app.setPath('userData', paths.userData);
app.setPath('sessionData', paths.sessionData);

const keyNotes: Array<{ event: string; detail: Record<string, string> }> = [];
const deviceKey = (dir: string) =>
  wrappedDeviceKey(dir, safeStorage, { note: (event, detail) => keyNotes.push({ event, detail }) });

// Before 'ready': the renderer's own scheme, standard and secure (storage, CSP 'self').
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let win: BrowserWindow | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  // Personal data at rest is sealed with a key the OS key store wraps (safeStorage); opened now, so a
  // key store that is down stops the kiosk here rather than at the first citizen's submission.
  const key = deviceKey(dataDir);
  key();
  const kiosk = createKioskCore({
    dataDir,
    deviceKey: key,
    // 重启终端 (admin): Electron starts itself again.
    restart: () => {
      kiosk.close();
      app.relaunch();
      app.exit(0);
    },
    heartbeat: heartbeatTimingsFromEnv(),
  });
  if (legacy !== 'none') kiosk.log.warn({ legacy }, 'electron data folder from an earlier build');
  for (const { event, detail } of keyNotes) kiosk.log.warn({ detail }, `device key ${event}`);
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

const cli = cliArgs(process.argv);
if (cli) {
  // The technician's CLI inside the app (safeStorage needs the app ready); no window, no instance lock.
  void app
    .whenReady()
    .then(() => cliMain(cli, processIo, { deviceKey }))
    .then(
      (code) => app.exit(code),
      () => app.exit(1),
    );
} else {
  const firstInstance = claimSingleInstance(app, () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  if (firstInstance) {
    start().catch((error: unknown) => {
      console.error('kiosk failed to start', (error as Error)?.stack);
      if (error instanceof DeviceKeyUnavailableError)
        dialog.showErrorBox('便民服务自助终端无法启动', error.message);
      app.exit(1);
    });
  }
}
