/**
 * The Electron shell: the only module tree that imports 'electron'. It creates the locked-down
 * kiosk window, wires the contract over IPC and forwards core events. It cannot run on our
 * build machines (no Electron binary); its pure parts are tested in window.ts, ipc.ts and
 * data-folder.ts.
 * The data folder is the one the web shell and the `kiosk` CLI use (defaultDataDir()); the device key
 * is wrapped by safeStorage (device-key.ts says how a key written by the CLI is adopted), and
 * `zichuan-kiosk --cli <command>` runs the technician's CLI with that key.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, session as electronSession } from 'electron';
import { createKioskApp } from '../../app.js';
import { main as cliMain } from '../../cli/main.js';
import { processIo } from '../../cli/cli-io.js';
import { defaultDataDir, legacyElectronDataDir, rendererDir } from '../../paths.js';
import { DeviceKeyUnavailableError, wrappedDeviceKey } from '../../store/device-key.js';
import { adoptLegacyDataDir, cliArgs, electronPaths } from './data-folder.js';
import { EVENT_CHANNEL, mainFrameCheck, wireIpc } from './ipc.js';
import { isAllowedNavigation, isBlockedShortcut, windowOptions } from './window.js';

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
  if (!app.requestSingleInstanceLock()) app.quit();
  start().catch((error: unknown) => {
    console.error('kiosk failed to start', (error as Error)?.stack);
    if (error instanceof DeviceKeyUnavailableError)
      dialog.showErrorBox('便民服务自助终端无法启动', error.message);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  // Personal data at rest is sealed with a key the OS key store wraps (safeStorage); opened now, so a
  // key store that is down stops the kiosk here rather than at the first citizen's submission.
  const key = deviceKey(dataDir);
  key();
  const kiosk = createKioskApp({ dataDir, deviceKey: key });
  if (legacy !== 'none') kiosk.log.warn({ legacy }, 'electron data folder from an earlier build');
  for (const { event, detail } of keyNotes) kiosk.log.warn({ detail }, `device key ${event}`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const win = new BrowserWindow(windowOptions({ preloadPath: path.join(here, 'preload.cjs'), dev }));
  const appUrl = 'file://' + path.join(rendererDir(), 'index.html');

  electronSession.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  electronSession.defaultSession.setPermissionCheckHandler(() => false);
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  win.webContents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input, dev)) event.preventDefault();
  });

  const unwire = wireIpc(ipcMain, kiosk.dispatch, mainFrameCheck(win));
  kiosk.bus.onAny((event, data) => win.webContents.send(EVENT_CHANNEL, { event, data }));
  kiosk.bus.on('session.ended', () => {
    void win.webContents.session.clearStorageData({
      storages: ['localstorage', 'indexdb', 'cookies', 'cachestorage'],
    });
    void win.webContents.session.clearCache();
  });

  win.once('ready-to-show', () => win.show());
  await win.loadFile(path.join(rendererDir(), 'index.html'));
  app.on('window-all-closed', () => {
    unwire();
    kiosk.close();
    app.quit();
  });
}
