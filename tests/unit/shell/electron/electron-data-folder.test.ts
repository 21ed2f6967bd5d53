/** The Electron shell's data folder (shared with the web shell and the CLI) and its `--cli` entry. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FOLDER_NAME, defaultDataDir, legacyElectronDataDir } from '../../../../src-main/paths.js';
import {
  adoptLegacyDataDir,
  cliArgs,
  electronPaths,
} from '../../../../src-main/shell/electron/data-folder.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function base(): string {
  const t = tempDir('data-folder');
  cleanups.push(t.remove);
  return t.dir;
}

describe('one data folder for every shell', () => {
  it('Electron gets the CLI and web shell folder as userData, with Chromium session data inside', () => {
    const saved = { data: process.env['KIOSK_DATA_DIR'], xdg: process.env['XDG_CONFIG_HOME'] };
    cleanups.push(() => {
      for (const [k, v] of [
        ['KIOSK_DATA_DIR', saved.data],
        ['XDG_CONFIG_HOME', saved.xdg],
      ] as const)
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    });
    delete process.env['KIOSK_DATA_DIR'];
    process.env['XDG_CONFIG_HOME'] = '/home/kiosk/.config';
    if (process.platform === 'linux') {
      expect(defaultDataDir()).toBe(`/home/kiosk/.config/${DATA_FOLDER_NAME}`);
      expect(legacyElectronDataDir()).toBe('/home/kiosk/.config/便民服务自助终端');
    }
    expect(electronPaths(defaultDataDir())).toEqual({
      userData: defaultDataDir(),
      sessionData: path.join(defaultDataDir(), 'electron-session'),
    });
    process.env['KIOSK_DATA_DIR'] = '/srv/kiosk-data';
    expect(electronPaths(defaultDataDir()).userData).toBe('/srv/kiosk-data');
  });

  it('moves the folder an earlier Electron build left at its old default, once', () => {
    const root = base();
    const legacy = path.join(root, '便民服务自助终端');
    const target = path.join(root, DATA_FOLDER_NAME);
    fs.mkdirSync(legacy);
    fs.writeFileSync(path.join(legacy, 'kiosk.db'), 'db');
    fs.writeFileSync(path.join(legacy, 'device.key.enc'), 'wrapped');
    fs.writeFileSync(path.join(legacy, 'Local State'), '{}');
    expect(adoptLegacyDataDir(target, legacy)).toBe('moved');
    expect(fs.readdirSync(target).sort()).toEqual(['Local State', 'device.key.enc', 'kiosk.db']);
    expect(fs.existsSync(legacy)).toBe(false);
    expect(adoptLegacyDataDir(target, legacy)).toBe('none');
  });

  it('touches nothing when the shared folder is already in use', () => {
    const root = base();
    const legacy = path.join(root, 'old');
    const target = path.join(root, 'new');
    for (const dir of [legacy, target]) {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'kiosk.db'), dir);
    }
    expect(adoptLegacyDataDir(target, legacy)).toBe('both-kept');
    expect(fs.readFileSync(path.join(target, 'kiosk.db'), 'utf8')).toBe(target);
    expect(fs.existsSync(path.join(legacy, 'kiosk.db'))).toBe(true);
    expect(adoptLegacyDataDir(target, path.join(root, 'absent'))).toBe('none');
  });

  it('zichuan-kiosk --cli <command> runs the CLI; without the flag the app starts as the kiosk', () => {
    expect(cliArgs(['/opt/zichuan-kiosk/zichuan-kiosk', '--cli', 'status', '--data', '/d'])).toEqual([
      'status',
      '--data',
      '/d',
    ]);
    expect(cliArgs(['electron', 'main.js', '--cli'])).toEqual([]);
    expect(cliArgs(['electron', 'main.js', '--dev'])).toBeUndefined();
  });
});
