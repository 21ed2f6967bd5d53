import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder under the OS temp dir; removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kiosk-${prefix}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const OUTPUT_DIR = path.resolve('test-output');

/** Under OUTPUT_DIR: the screens that passed the e2e screen checks in the last run (name, screen, mode). */
export const SCREENS_CHECKED_FILE = 'screens-checked.txt';

export function outputPath(...parts: string[]): string {
  const file = path.join(OUTPUT_DIR, ...parts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
