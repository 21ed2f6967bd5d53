/**
 * The Electron shell: the only module tree that imports 'electron'. It creates the locked-down
 * kiosk window, wires the contract over IPC and forwards core events. It cannot run on our
 * build machines (no Electron binary); its pure parts are tested in window.ts and ipc.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, safeStorage, session as electronSession } from 'electron';
import { createKioskApp } from '../../app.js';
import { defaultDataDir, rendererDir } from '../../paths.js';
import { wrappedDeviceKey } from '../../store/device-key.js';
import { EVENT_CHANNEL, mainFrameCheck, wireIpc } from './ipc.js';
import { isAllowedNavigation, isBlockedShortcut, windowOptions } from './window.js';

const dev = process.argv.includes('--dev') || process.env['KIOSK_DEV'] === '1';

if (!app.requestSingleInstanceLock()) app.quit();

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
  });
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

start().catch((error: unknown) => {
  console.error('kiosk failed to start', (error as Error)?.stack);
  app.exit(1);
});
