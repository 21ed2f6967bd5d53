/**
 * Start-up with a damaged database, as a hall sees it: a kiosk's kiosk.db has its catalog pages
 * overwritten (a torn write, a worn SD card), then the kiosk PROCESS starts (src-main/start.ts on the
 * web shell). It must keep the damaged file aside, serve the demo catalog again, keep every outbox row
 * (sealed payload intact), the hall settings and the enrollment, forget the synced catalog version (so
 * the next sync fetches the catalog whole) and log a typed error without personal data.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskApp } from '../../src-main/app.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { SyncStateStore } from '../../src-main/services/sync/sync-state.store.js';
import { openDatabase } from '../../src-main/store/database.js';
import { fileDeviceKey } from '../../src-main/store/device-key.js';
import { OutboxRepository } from '../../src-main/store/outbox.repository.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { CATALOG_BTREES, overwritePages, pagesOf } from '../helpers/damage-db.js';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';
import { declarationPayload } from '../helpers/outbox-payloads.js';

const HALL = 'ZCHT03';
const ROWS = 40;
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const payloadOf = (i: number) =>
  declarationPayload({
    applicantName: `韩红英${i}`,
    applicantIdNumber: `37030219900101${String(i).padStart(4, '0')}`,
    phone: '13805331234',
  });

describe('a kiosk process started on a damaged database', () => {
  it('keeps the file aside, rebuilds the catalog, carries the outbox and serves the API', async () => {
    const data = tempDir('recovery-start');
    cleanups.push(data.remove);
    const file = path.join(data.dir, 'kiosk.db');

    // A kiosk that ran for a while: queued declarations, its hall settings, a synced catalog version.
    const before = createKioskApp({
      dataDir: data.dir,
      sync: false,
      log: silentLogger(),
      config: { hallCode: HALL },
    });
    for (let i = 1; i <= ROWS; i++)
      before.outbox.enqueue({
        kind: 'declaration',
        itemId: 'elder-card',
        payload: payloadOf(i),
        summary: { itemName: '老年人优待证办理' },
      });
    new SyncStateStore(new SettingsRepository(before.db)).setCatalog({
      version: 7,
      displayVersion: '2026.7',
      digest: 'f'.repeat(64),
      signature: 'sig',
      syncedAt: new Date().toISOString(),
    });
    before.close();

    const { pages, pageSize } = pagesOf(file, CATALOG_BTREES);
    expect(pages.length).toBeGreaterThan(2);
    overwritePages(file, pages, pageSize);
    // The damage is real: SQLite itself says so.
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).not.toBe('ok');
    check.close();
    const damagedBytes = fs.readFileSync(file);

    const kiosk: KioskProcess = startKioskProcess({ dataDir: data.dir, from: 'src' });
    cleanups.push(() => kiosk.stop());

    const info = await kiosk.call('app.info');
    expect(info).toMatchObject({ ok: true, value: { hallCode: HALL, demo: true } });
    const categories = await kiosk.call('catalog.categories');
    expect(categories.ok).toBe(true);
    expect((categories.value as unknown[]).length).toBeGreaterThan(0);
    const item = await kiosk.call('catalog.item', { id: 'elder-card' });
    expect(item).toMatchObject({ ok: true, value: { id: 'elder-card' } });

    expect(await kiosk.stop()).toBe(0);

    const aside = fs.readdirSync(data.dir).filter((f) => /^kiosk\.db\.damaged-[\dT-]+Z$/.test(f));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(data.dir, aside[0]!)).equals(damagedBytes)).toBe(true);

    const db = openDatabase(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const outbox = new OutboxRepository(db, fileDeviceKey(data.dir), () => HALL);
      expect(outbox.counts().pending).toBe(ROWS);
      for (let i = 1; i <= ROWS; i++) expect(outbox.payload(i)).toEqual(payloadOf(i));
      expect(new SyncStateStore(new SettingsRepository(db)).catalog()).toBeUndefined();
    } finally {
      db.close();
    }

    const log = fs.readFileSync(path.join(data.dir, 'logs', 'kiosk.log'), 'utf8');
    const lines = log
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 50, code: 'STORE_CORRUPT', movedTo: aside[0] }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ code: 'STORE_CORRUPT', outboxRowsCarried: ROWS, outboxRowsLost: 0 }),
    );
    for (const secret of ['韩红英', '370302199001010', '13805331234']) expect(log).not.toContain(secret);
  });
});
