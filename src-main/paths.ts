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

/** `$KIOSK_DATA_DIR`, else the platform's user-data folder (what Electron's app.getPath('userData') gives). */
export function defaultDataDir(): string {
  const fromEnv = process.env['KIOSK_DATA_DIR'];
  if (fromEnv) return path.resolve(fromEnv);
  const name = 'zichuan-kiosk';
  if (process.platform === 'win32') return path.join(process.env['APPDATA'] ?? os.homedir(), name);
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', name);
  return path.join(process.env['XDG_CONFIG_HOME'] ?? path.join(os.homedir(), '.config'), name);
}
