/** Where the kiosk finds its bundled resources and keeps its data, on every shell. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project (or packaged app) root: the nearest folder above this module holding package.json and
 * `resources/` or `dist/`. In a packaged Electron app that is app.asar (package.json and dist/ only).
 */
export function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (
      fs.existsSync(path.join(dir, 'package.json')) &&
      (fs.existsSync(path.join(dir, 'resources')) || fs.existsSync(path.join(dir, 'dist')))
    )
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the kiosk app folder');
    dir = parent;
  }
}

/**
 * `$KIOSK_RESOURCES_DIR`; in a packaged Electron app the `resources/` folder electron-builder puts
 * beside app.asar (`extraResources`: catalog, fonts); else the project's own.
 */
export function resourcesDir(
  env: NodeJS.ProcessEnv = process.env,
  packagedResourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
): string {
  const fromEnv = env['KIOSK_RESOURCES_DIR'];
  if (fromEnv) return fromEnv;
  if (packagedResourcesPath) {
    const packaged = path.join(packagedResourcesPath, 'resources');
    if (fs.existsSync(path.join(packaged, 'catalog'))) return packaged;
  }
  return path.join(appRoot(), 'resources');
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
