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

/** `$KIOSK_DATA_DIR`, else the platform's user-data folder (what Electron's app.getPath('userData') gives). */
export function defaultDataDir(): string {
  const fromEnv = process.env['KIOSK_DATA_DIR'];
  if (fromEnv) return path.resolve(fromEnv);
  const name = 'zichuan-kiosk';
  if (process.platform === 'win32') return path.join(process.env['APPDATA'] ?? os.homedir(), name);
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', name);
  return path.join(process.env['XDG_CONFIG_HOME'] ?? path.join(os.homedir(), '.config'), name);
}
