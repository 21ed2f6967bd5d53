/**
 * Half-done operations after an abrupt stop (kill -9, the process side of a power cut): a kiosk killed
 * in the middle of a catalog install, of a schema migration and of a receipt print starts again with a
 * whole catalog, the old schema and every row, and the cut-off receipt in the reprint queue.
 * (tests/integration/store-recovery.test.ts covers a damaged file; these cover interrupted steps.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskApp } from '../../src-main/app.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { loadMigrations, migrationsDir, openDatabase } from '../../src-main/store/database.js';
import { fileDeviceKey } from '../../src-main/store/device-key.js';
import { OutboxRepository } from '../../src-main/store/outbox.repository.js';
import { startPtyPair, type PtyPair } from '../emulators/pty-pair.js';
import { loadDemoCatalog } from '../helpers/demo-catalog.js';
import { tempDir } from '../helpers/temp-dir.js';
import { helpPayload } from '../helpers/outbox-payloads.js';

const data = tempDir('fault-kill');
let pty: PtyPair;
beforeAll(async () => {
  pty = await startPtyPair();
});
afterAll(async () => {
  await pty?.close();
  data.remove();
});

function run(script: string, args: string[]): { child: ChildProcess; lines: readline.Interface } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { child, lines: readline.createInterface({ input: child.stdout }) };
}

async function killNow(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  const [, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  expect(signal).toBe('SIGKILL');
}

function firstLine(lines: readline.Interface, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    lines.on('line', (line) => pattern.test(line) && resolve(line));
    lines.on('close', () => reject(new Error(`process ended before ${String(pattern)}`)));
  });
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('a kiosk killed in the middle of a long step', () => {
  it('mid catalog install: the catalog is one whole version, old or new', { timeout: 120_000 }, async () => {
    const dir = path.join(data.dir, 'catalog');
    const step = run('tests/fixtures/processes/long-store-step.ts', ['catalog', dir]);
    // Written synchronously just before the next install starts: the kill lands inside it.
    await firstLine(step.lines, /^installed 3$/);
    await killNow(step.child);

    const file = path.join(dir, 'kiosk.db');
    expect(integrity(file)).toBe('ok');
    const app = createKioskApp({ dataDir: dir, log: silentLogger(), config: { simulatedDevices: true } });
    try {
      const info = (await app.dispatch('app.info', {})) as { ok: true; value: { catalogVersion: string } };
      const demo = loadDemoCatalog().items.length;
      const expected: Record<string, number> = { 'big-a': demo * 40, 'big-b': demo * 20 };
      const db = new Database(file, { readonly: true });
      const { version } = db.prepare('SELECT version FROM catalog_meta').get() as { version: string };
      const { n } = db.prepare('SELECT count(*) AS n FROM catalog_items').get() as { n: number };
      db.close();
      expect(Object.keys(expected)).toContain(version);
      expect(n).toBe(expected[version]);
      expect(info.ok).toBe(true);
    } finally {
      app.close();
    }
  });

  it(
    'mid migration: the old schema and every row, then the migration runs whole',
    { timeout: 120_000 },
    async () => {
      const dir = path.join(data.dir, 'migrate');
      const file = path.join(dir, 'kiosk.db');
      const real = loadMigrations();
      const before = openDatabase(file);
      const outbox = new OutboxRepository(before, fileDeviceKey(dir), () => 'ZCKL01');
      const kept = outbox.enqueue({ kind: 'help', payload: helpPayload(), summary: {} });
      before.close();

      // The real migrations plus a slow one (a table of 3 million rows) that the kill interrupts.
      const slowDir = path.join(data.dir, 'slow-migrations');
      fs.mkdirSync(slowDir);
      for (const f of fs.readdirSync(migrationsDir()))
        fs.copyFileSync(path.join(migrationsDir(), f), path.join(slowDir, f));
      const next = String(real.length + 1).padStart(3, '0');
      fs.writeFileSync(
        path.join(slowDir, `${next}_slow_backfill.sql`),
        `CREATE TABLE slow_backfill (n INTEGER PRIMARY KEY, pad TEXT);
       WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 3000000)
       INSERT INTO slow_backfill SELECT n, hex(randomblob(16)) FROM c;`,
      );
      const step = run('tests/fixtures/processes/long-store-step.ts', ['migrate', dir, slowDir]);
      await firstLine(step.lines, /^migrating$/);
      // Inside the migration's transaction once its pages spill into the WAL.
      const wal = `${file}-wal`;
      while (!fs.existsSync(wal) || fs.statSync(wal).size < 8 * 1024 * 1024) {
        if (step.child.exitCode !== null) throw new Error('the migration ended before the kill');
        await new Promise((resolve) => setImmediate(resolve));
      }
      await killNow(step.child);

      expect(integrity(file)).toBe('ok');
      const after = openDatabase(file);
      try {
        expect(after.pragma('user_version', { simple: true })).toBe(real.length);
        expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'slow_backfill'").all()).toEqual(
          [],
        );
        const rows = new OutboxRepository(after, fileDeviceKey(dir), () => 'ZCKL01').due(
          new Date(Date.now() + 1000),
          10,
        );
        expect(rows.map((r) => r.localNumber)).toEqual([kept.localNumber]);
      } finally {
        after.close();
      }
      const finished = openDatabase(file, loadMigrations(slowDir));
      expect(finished.pragma('user_version', { simple: true })).toBe(real.length + 1);
      finished.close();
    },
  );

  it(
    'mid receipt print: the receipt is in the reprint queue after the restart',
    { timeout: 120_000 },
    async () => {
      const dir = path.join(data.dir, 'receipt');
      const step = run('tests/fixtures/processes/submit-declaration.ts', [dir, pty.a]);
      // The printer end of the cable: the first byte the kiosk sends is the print job under way.
      const printerEnd = fs.createReadStream(pty.b);
      // A PTY end read after its peer went away answers EIO: the cable is unplugged, nothing to report.
      printerEnd.on('error', () => undefined);
      await once(printerEnd, 'data');
      printerEnd.destroy();
      await killNow(step.child);

      const app = createKioskApp({ dataDir: dir, log: silentLogger(), config: { simulatedDevices: true } });
      try {
        const [row] = app.outbox.due(new Date(Date.now() + 1000), 10);
        expect(row).toMatchObject({ kind: 'declaration' });
        const db = new Database(path.join(dir, 'kiosk.db'), { readonly: true });
        const queued = db
          .prepare(
            'SELECT local_number AS localNumber, reason FROM pending_receipts WHERE printed_at IS NULL',
          )
          .all();
        db.close();
        expect(queued).toEqual([{ localNumber: row!.localNumber, reason: 'INTERRUPTED' }]);
      } finally {
        app.close();
      }
    },
  );
});
