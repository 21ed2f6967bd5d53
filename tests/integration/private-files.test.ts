/**
 * The kiosk's data folder and the SQLite files of kiosk and server are closed to other users of the
 * machine whatever the umask the kiosk was started with (only the systemd unit sets one: the Electron
 * autostart and `npm start` do not). Run with the common umask 022, under which they were world-readable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskApp } from '../../src-main/app.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { SqliteDistrictStore } from '../../src-server/store/sqlite.store.js';
import { tempDir } from '../helpers/temp-dir.js';

const data = tempDir('private-files');
let umask = 0;
beforeAll(() => {
  umask = process.umask(0o022);
});
afterAll(() => {
  process.umask(umask);
  data.remove();
});

const modeOf = (file: string): number => fs.statSync(file).mode & 0o777;

describe('files that hold personal data are the owner’s alone', () => {
  it('kiosk: the data folder 0700, its database and WAL 0600', async () => {
    const dir = path.join(data.dir, 'kiosk');
    const app = createKioskApp({ dataDir: dir, log: silentLogger(), sync: false });
    try {
      // A write, so the WAL holds something.
      await app.dispatch('complaint.submit', { category: '意见建议', text: '增加座椅', anonymous: true });
      expect(modeOf(dir)).toBe(0o700);
      expect(modeOf(path.join(dir, 'kiosk.db'))).toBe(0o600);
      expect(modeOf(path.join(dir, 'kiosk.db-wal'))).toBe(0o600);
    } finally {
      app.close();
    }
  });

  it('kiosk: a data folder and database an earlier version left readable are closed at the next start', () => {
    const dir = path.join(data.dir, 'kiosk');
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'kiosk.db'), 0o644);
    const app = createKioskApp({ dataDir: dir, log: silentLogger(), sync: false });
    try {
      expect(modeOf(dir)).toBe(0o700);
      expect(modeOf(path.join(dir, 'kiosk.db'))).toBe(0o600);
    } finally {
      app.close();
    }
  });

  it('server: the district database 0600', async () => {
    const file = path.join(data.dir, 'server', 'district.db');
    const store = SqliteDistrictStore.open(file);
    await store.close();
    expect(modeOf(file)).toBe(0o600);
  });
});
