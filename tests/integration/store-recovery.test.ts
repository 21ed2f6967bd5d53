/**
 * A kiosk database damaged on disk: the file is moved aside, a fresh one takes its place with every
 * readable outbox row (sealed payload intact), the numbering, the settings and the kiosk's own records
 * (reprint queue, rating guard, bookings, help calls, audit log, usage); the catalog comes back
 * from the demo file. A healthy file is opened as is.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskApp } from '../../src-main/app.js';
import { silentLogger, type Logger } from '../../src-main/log/logger.js';
import type { Db } from '../../src-main/store/database.js';
import { fileDeviceKey } from '../../src-main/store/device-key.js';
import { OutboxRepository } from '../../src-main/store/outbox.repository.js';
import { openKioskDatabase } from '../../src-main/store/recovery.js';
import { CATALOG_BTREES as CATALOG, overwritePages, pagesOf } from '../helpers/damage-db.js';
import { tempDir } from '../helpers/temp-dir.js';
import { declarationPayload, helpPayload, ratingPayload } from '../helpers/outbox-payloads.js';

const HALL = 'ZCHT02';
const NOW = new Date('2026-11-25T02:00:00Z');
const ROWS = 60;

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Fake personal data: each row its own, so a mixed-up payload shows. */
function payloadOf(i: number) {
  return declarationPayload({
    name: `韩红英${i}`,
    idNumber: `37030219900101${String(i).padStart(4, '0')}`,
    note: '住址'.repeat(150),
  });
}

/** A real kiosk data folder with ROWS outbox rows, closed cleanly (no -wal left). */
function buildKiosk(): { dir: string; file: string } {
  const t = tempDir('store-recovery');
  cleanups.push(t.remove);
  const app = createKioskApp({
    dataDir: t.dir,
    sync: false,
    log: silentLogger(),
    config: { hallCode: HALL },
  });
  for (let i = 1; i <= ROWS; i++) {
    app.outbox.enqueue(
      { kind: 'declaration', itemId: 'dibao-confirm', payload: payloadOf(i), summary: { itemName: '低保' } },
      NOW,
    );
  }
  app.close();
  const file = path.join(t.dir, 'kiosk.db');
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  const db = new Database(file);
  const at = NOW.toISOString();
  db.exec(`
    INSERT INTO pending_receipts (outbox_id, local_number, created_at, reason, lines)
      VALUES (3, '${HALL}202611250003', '${at}', 'PAPER_OUT', '[]');
    INSERT INTO ratings_given (target, outbox_id, level, created_at) VALUES ('case:${HALL}202611250002', 2, 5, '${at}');
    INSERT INTO appointments (number, item_id, item_name, slot_date, slot_time, masked_name, created_at)
      VALUES ('YY202611260001', 'dibao-confirm', '低保', '2026-11-26', '09:00', '韩*英', '${at}');
    INSERT INTO help_calls (call_id, screen, called_at, state, changed_at)
      VALUES ('call-0000001', 'home', '${at}', 'open', '${at}');
    INSERT INTO audit_log (at, action, detail) VALUES ('${at}', 'admin.enter', '进入管理模式');
    INSERT INTO usage_events (at, kind, item_id) VALUES ('${at}', 'guide.view', 'dibao-confirm');
  `);
  db.close();
  return { dir: t.dir, file };
}

/** Rows of the kiosk's own records in a database. */
function localRecords(db: Db): Record<string, number> {
  const tables = [
    'pending_receipts',
    'ratings_given',
    'appointments',
    'help_calls',
    'audit_log',
    'usage_events',
  ];
  return Object.fromEntries(
    tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}

/** A logger that keeps every line, to check codes are logged and personal data is not. */
function recordingLogger(): { log: Logger; lines: object[] } {
  const lines: object[] = [];
  const log: Logger = {
    debug: (obj, msg) => lines.push({ ...obj, msg }),
    info: (obj, msg) => lines.push({ ...obj, msg }),
    warn: (obj, msg) => lines.push({ ...obj, msg }),
    error: (obj, msg) => lines.push({ ...obj, msg }),
    child: () => log,
  };
  return { log, lines };
}

function check(db: Db, pragma: 'quick_check' | 'integrity_check'): unknown {
  return db.pragma(pragma, { simple: true });
}

function outboxIds(db: Db): number[] {
  return db
    .prepare<[], { id: number }>('SELECT id FROM outbox ORDER BY id')
    .all()
    .map((r) => r.id);
}

function damagedFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.startsWith('kiosk.db.damaged-'));
}

describe('openKioskDatabase', () => {
  it('opens a healthy database as is', () => {
    const { dir, file } = buildKiosk();
    const { db, recovered } = openKioskDatabase(file, silentLogger());
    cleanups.unshift(() => db.close());
    expect(recovered).toBeNull();
    expect(damagedFiles(dir)).toEqual([]);
    expect(outboxIds(db)).toHaveLength(ROWS);
    expect((db.prepare('SELECT count(*) AS n FROM catalog_items').get() as { n: number }).n).toBeGreaterThan(
      0,
    );
  });

  it('moves a database with destroyed catalog pages aside and carries every outbox row', () => {
    const { dir, file } = buildKiosk();
    const { pages, pageSize } = pagesOf(file, CATALOG);
    expect(pages.length).toBeGreaterThan(2);
    overwritePages(file, pages, pageSize);
    const damagedBytes = fs.readFileSync(file);

    const { log, lines } = recordingLogger();
    const { db, recovered } = openKioskDatabase(file, log);
    let closed = false;
    cleanups.unshift(() => closed || db.close());

    expect(recovered).not.toBeNull();
    expect(path.basename(recovered?.movedTo ?? '')).toMatch(/^kiosk\.db\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(damagedFiles(dir)).toContain(path.basename(recovered?.movedTo ?? ''));
    expect(fs.readFileSync(recovered?.movedTo ?? '').equals(damagedBytes)).toBe(true);
    expect(recovered).toMatchObject({ outboxRowsCarried: ROWS, outboxRowsLost: 0 });

    expect(check(db, 'integrity_check')).toBe('ok');
    expect((db.prepare('SELECT count(*) AS n FROM catalog_items').get() as { n: number }).n).toBe(0);
    // The reprint queue, the rating guard, bookings, help calls, audit log and usage counts come along.
    const carried = localRecords(db);
    expect(carried).toMatchObject({ pending_receipts: 1, ratings_given: 1, appointments: 1, help_calls: 1 });
    expect(carried['audit_log']).toBeGreaterThanOrEqual(1);
    expect(carried['usage_events']).toBeGreaterThanOrEqual(1);
    const outbox = new OutboxRepository(db, fileDeviceKey(dir), () => HALL);
    expect(outboxIds(db)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    for (let i = 1; i <= ROWS; i++) {
      expect(outbox.payload(i)).toEqual(payloadOf(i));
      expect(outbox.get(i)?.localNumber).toBe(`${HALL}20261125${String(i).padStart(4, '0')}`);
    }

    expect(lines.some((l) => (l as { code?: string }).code === 'STORE_CORRUPT')).toBe(true);
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain('韩红英');
    expect(logged).not.toContain('37030219900101');

    db.close();
    closed = true;
    // The composition root on the recovered file: demo catalog back, hall code (settings) kept,
    // numbering goes on after the carried rows.
    const app = createKioskApp({ dataDir: dir, sync: false, log: silentLogger() });
    try {
      expect(app.catalog.all().length).toBeGreaterThan(0);
      expect(app.catalog.meta()?.source).toBe('demo');
      expect(app.config.get().hallCode).toBe(HALL);
      expect(app.outbox.payload(ROWS)).toEqual(payloadOf(ROWS));
      const next = app.outbox.enqueue({ kind: 'rating', payload: ratingPayload(), summary: {} }, NOW);
      expect(next.localNumber).toBe(`${HALL}20261125${String(ROWS + 1).padStart(4, '0')}`);
    } finally {
      app.close();
    }
  });

  it('carries the readable outbox rows and counts those on a destroyed page', () => {
    const { dir, file } = buildKiosk();
    const catalog = pagesOf(file, CATALOG);
    const leaves = pagesOf(file, ['outbox'], 'leaf').pages;
    expect(leaves.length).toBeGreaterThan(3);
    const lostLeaf = leaves[Math.floor(leaves.length / 2)] as number;
    overwritePages(file, [...catalog.pages, lostLeaf], catalog.pageSize);

    const { db, recovered } = openKioskDatabase(file, silentLogger());
    cleanups.unshift(() => db.close());
    expect(recovered).not.toBeNull();
    const carried = recovered?.outboxRowsCarried ?? 0;
    const lost = recovered?.outboxRowsLost ?? 0;
    expect(lost).toBeGreaterThan(0);
    expect(carried).toBeGreaterThan(0);
    expect(carried + lost).toBe(ROWS);
    expect(check(db, 'integrity_check')).toBe('ok');

    const ids = outboxIds(db);
    expect(ids).toHaveLength(carried);
    const outbox = new OutboxRepository(db, fileDeviceKey(dir), () => HALL);
    for (const id of ids) expect(outbox.payload(id)).toEqual(payloadOf(id));
    // The day's sequence was carried: a new row never reuses a number handed out before the damage.
    const next = outbox.enqueue({ kind: 'help', payload: helpPayload(), summary: {} }, NOW);
    expect(next.localNumber).toBe(`${HALL}20261125${String(ROWS + 1).padStart(4, '0')}`);
  });

  it('replaces a file whose header is destroyed (not a database) with a fresh one', () => {
    const { dir, file } = buildKiosk();
    overwritePages(file, [1], 100); // the first 100 bytes: the SQLite header
    const damagedBytes = fs.readFileSync(file);

    const { log, lines } = recordingLogger();
    const { db, recovered } = openKioskDatabase(file, log);
    let closed = false;
    cleanups.unshift(() => closed || db.close());
    expect(recovered).toMatchObject({ outboxRowsCarried: 0 });
    expect(fs.readFileSync(recovered?.movedTo ?? '').equals(damagedBytes)).toBe(true);
    expect(lines.some((l) => (l as { sqliteCode?: string }).sqliteCode === 'SQLITE_NOTADB')).toBe(true);
    expect(check(db, 'quick_check')).toBe('ok');
    expect(outboxIds(db)).toEqual([]);
    db.close();
    closed = true;

    const app = createKioskApp({ dataDir: dir, sync: false, log: silentLogger() });
    try {
      expect(app.catalog.all().length).toBeGreaterThan(0);
      expect(app.outbox.enqueue({ kind: 'help', payload: helpPayload(), summary: {} }, NOW).id).toBe(1);
    } finally {
      app.close();
    }
    expect(damagedFiles(dir)).toHaveLength(1);
  });

  it('refuses, without moving it, a database whose open fails for another reason', () => {
    const { dir, file } = buildKiosk();
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openKioskDatabase(file, silentLogger())).toThrow(/newer than this kiosk supports/);
    expect(damagedFiles(dir)).toEqual([]);
    expect(fs.existsSync(file)).toBe(true);
  });
});
