/**
 * The Electron shell's data folder and its `--cli` entry: pure (no 'electron' import), unit-tested.
 * - Electron's `userData` is set to defaultDataDir(), the folder the web shell and the `kiosk` CLI use
 *   (Electron's own default would be `<appData>/便民服务自助终端`); Chromium's session data (cache, web
 *   storage) goes into its `electron-session` subfolder.
 * - A folder left at Electron's old default by an earlier build is moved to the shared one once.
 * - `zichuan-kiosk --cli <command> …` runs the technician's CLI inside the app, where the device key
 *   wrapped by safeStorage can be opened (the plain `kiosk` CLI cannot).
 */
import fs from 'node:fs';
import path from 'node:path';

export const SESSION_SUBFOLDER = 'electron-session';
export const CLI_FLAG = '--cli';

/** What Electron's paths are set to, for a data folder. */
export function electronPaths(dataDir: string): { userData: string; sessionData: string } {
  return { userData: dataDir, sessionData: path.join(dataDir, SESSION_SUBFOLDER) };
}

/** The CLI arguments after `--cli`, or undefined when the app starts as the kiosk. */
export function cliArgs(argv: readonly string[]): string[] | undefined {
  const at = argv.indexOf(CLI_FLAG);
  return at === -1 ? undefined : argv.slice(at + 1);
}

export type LegacyOutcome = 'moved' | 'none' | 'both-kept';

/**
 * Moves Electron's old data folder to the shared one when only the old one holds a kiosk database and
 * the shared one does not exist yet (or is empty). The whole folder moves (on Windows, Chromium's
 * "Local State" there holds the key safeStorage needs to open `device.key.enc`). When both are in use
 * nothing is touched ('both-kept'): the shared folder wins, the old one stays for a technician.
 */
export function adoptLegacyDataDir(target: string, legacy: string): LegacyOutcome {
  if (path.resolve(target) === path.resolve(legacy) || !fs.existsSync(path.join(legacy, 'kiosk.db')))
    return 'none';
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) return 'both-kept';
  if (fs.existsSync(target)) fs.rmdirSync(target); // empty: checked above
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(legacy, target);
  return 'moved';
}
