/** Where the kiosk finds its bundled resources and keeps its data, on every shell. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project (or packaged app) root: the nearest folder above this module holding `resources/`. */
export function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'resources')) && fs.existsSync(path.join(dir, 'package.json')))
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the kiosk resources folder');
    dir = parent;
  }
}

export function resourcesDir(): string {
  return process.env['KIOSK_RESOURCES_DIR'] ?? path.join(appRoot(), 'resources');
}

export function rendererDir(): string {
  return path.join(appRoot(), 'dist', 'renderer');
}

/**
 * The data folder's name, the same for every shell and the CLI. The Electron shell sets its `userData`
 * path to defaultDataDir() explicitly (its own default would be named after productName instead).
 */
export const DATA_FOLDER_NAME = 'zichuan-kiosk';

/** The platform's folder for per-user application data (what Electron calls `appData`). */
function appDataDir(): string {
  if (process.platform === 'win32') return process.env['APPDATA'] ?? os.homedir();
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return process.env['XDG_CONFIG_HOME'] ?? path.join(os.homedir(), '.config');
}

/** `$KIOSK_DATA_DIR`, else `<appData>/zichuan-kiosk` (~/.config/zichuan-kiosk on Linux): one folder for all. */
export function defaultDataDir(): string {
  const fromEnv = process.env['KIOSK_DATA_DIR'];
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(appDataDir(), DATA_FOLDER_NAME);
}

/**
 * Where Electron kept its data before the folder was shared (its default `userData`, named after
 * productName): moved to defaultDataDir() once by the Electron shell (see adoptLegacyDataDir).
 */
export function legacyElectronDataDir(): string {
  return path.join(appDataDir(), '便民服务自助终端');
}
