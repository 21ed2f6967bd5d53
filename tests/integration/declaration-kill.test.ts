/**
 * Kill the kiosk between 提交 and the receipt: on restart the declaration is in the outbox exactly
 * once, its personal data still sealed and readable, and numbering goes on from it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskApp } from '../../src-main/app.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { startPtyPair, type PtyPair } from '../emulators/pty-pair.js';
import { tempDir } from '../helpers/temp-dir.js';
import { helpPayload } from '../helpers/outbox-payloads.js';

let pty: PtyPair;
const data = tempDir('declaration-kill');

beforeAll(async () => {
  pty = await startPtyPair();
});
afterAll(async () => {
  await pty?.close();
  data.remove();
});

function outboxRows(dbFile: string): number {
  try {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe('a kiosk killed right after 提交', () => {
  it('keeps the declaration exactly once', async () => {
    const dbFile = path.join(data.dir, 'kiosk.db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/fixtures/processes/submit-declaration.ts', data.dir, pty.a],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill as soon as the row is committed: the printer never answers, so no receipt was printed.
    const deadline = Date.now() + 30_000;
    while (outboxRows(dbFile) === 0) {
      if (Date.now() > deadline) throw new Error('the declaration never reached the outbox');
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const app = createKioskApp({
      dataDir: data.dir,
      log: silentLogger(),
      config: { simulatedDevices: true },
    });
    try {
      expect(app.outbox.counts()).toEqual({ pending: 1, sent: 0, dead: 0 });
      const [row] = app.outbox.due(new Date(Date.now() + 1000), 10);
      expect(row).toMatchObject({ kind: 'declaration', itemId: 'elder-card', hasPayload: true });
      expect(JSON.stringify(app.outbox.payload(row!.id))).toContain('370302199001010029');
      const next = app.outbox.enqueue({ kind: 'help', payload: helpPayload(), summary: {} });
      expect(Number(next.localNumber.slice(-4))).toBe(Number(row!.localNumber.slice(-4)) + 1);
    } finally {
      app.close();
    }
  });
});
