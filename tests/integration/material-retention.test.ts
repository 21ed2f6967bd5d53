/**
 * Retention of sealed pages on a real SQLite file: the pages of a demo kiosk's declaration go with its
 * payload when the retention period ends, and the pages of a dead letter go when an admin discards it.
 * "Go" means the bytes: the file (and its WAL) is searched for the sealed pages' own bytes before and
 * after, so pages merely unlinked but left in SQLite's free pages would fail the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { AttachmentsRepository } from '../../src-main/store/attachments.repository.js';
import { applyOutboxRetention, RETENTION_DAYS } from '../../src-main/store/outbox-retention.js';
import { a4FrameJpeg } from '../helpers/a4-frame.js';
import { validValues } from '../helpers/declaration-values.js';
import { tempDir } from '../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function kiosk(): { app: KioskApp; dir: string } {
  const t = tempDir('material-retention');
  const app = createKioskApp({ dataDir: t.dir, sync: false, log: silentLogger() });
  cleanups.push(t.remove);
  cleanups.unshift(() => app.close());
  return { app, dir: t.dir };
}

async function call<T>(app: KioskApp, method: string, input: unknown): Promise<T> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A declaration with two camera pages; its outbox row id. */
async function declarationWithPages(app: KioskApp): Promise<number> {
  await call(app, 'session.activity', {});
  const frame = (await a4FrameJpeg()).toString('base64');
  for (let i = 0; i < 2; i++) await call(app, 'materials.capture', { materialName: '申请书', frame });
  const { localNumber } = await call<{ localNumber: string }>(app, 'declaration.submit', {
    itemId: 'pension-enroll',
    consent: true,
    identityMethod: 'card',
    values: validValues(app.catalog, 'pension-enroll'),
  });
  return app.outbox.byLocalNumber(localNumber)?.id ?? 0;
}

/** Slices of each sealed page as stored (the ciphertext: what the file holds). */
function sealedProbes(app: KioskApp, outboxId: number): Buffer[] {
  const rows = app.db
    .prepare<[number], { sealed: Buffer }>(
      'SELECT sealed FROM attachments WHERE outbox_id = ? ORDER BY page_no',
    )
    .all(outboxId);
  expect(rows).toHaveLength(2);
  return rows.flatMap((r) => [
    r.sealed.subarray(1000, 1064),
    r.sealed.subarray(r.sealed.length - 200, r.sealed.length - 136),
  ]);
}

/** How many of the probes the data folder's files still hold, after a checkpoint. */
function probesOnDisk(app: KioskApp, dir: string, probes: Buffer[]): number {
  app.db.pragma('wal_checkpoint(TRUNCATE)');
  let found = 0;
  const files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile())
    .map((f) => fs.readFileSync(f));
  for (const probe of probes) if (files.some((bytes) => bytes.includes(probe))) found++;
  return found;
}

describe('sealed pages are erased with their declaration', () => {
  it('on a demo kiosk, when the retention period ends', async () => {
    const { app, dir } = kiosk();
    const id = await declarationWithPages(app);
    const probes = sealedProbes(app, id);
    expect(probesOnDisk(app, dir, probes)).toBe(probes.length);

    const later = new Date(Date.now() + (RETENTION_DAYS + 1) * 86_400_000);
    expect(applyOutboxRetention(app.db, { demo: true, now: later }).demoPayloads).toBe(1);

    const pages = new AttachmentsRepository(app.db, app.deviceKey).ofOutbox(id);
    expect(pages.map((p) => [p.hasPage, p.state])).toEqual([
      [false, 'dead'],
      [false, 'dead'],
    ]);
    expect(probesOnDisk(app, dir, probes)).toBe(0);
  });

  it('when an admin discards the dead letter; a dead letter kept (or revived) keeps its pages', async () => {
    const { app, dir } = kiosk();
    const id = await declarationWithPages(app);
    const probes = sealedProbes(app, id);
    app.outbox.markDead(id, '422 表单不符合要求');
    // Dead but not discarded: the admin may still retry it, so its pages stay.
    expect(probesOnDisk(app, dir, probes)).toBe(probes.length);
    const attachments = new AttachmentsRepository(app.db, app.deviceKey);
    expect(attachments.ofOutbox(id).every((p) => p.hasPage)).toBe(true);

    expect(app.outbox.discard(id)).toBe(true);
    expect(attachments.ofOutbox(id).some((p) => p.hasPage)).toBe(false);
    expect(probesOnDisk(app, dir, probes)).toBe(0);
  });

  it('keeps the pages of an acknowledged declaration until they are uploaded', async () => {
    const { app, dir } = kiosk();
    const id = await declarationWithPages(app);
    const probes = sealedProbes(app, id);
    app.outbox.markSent(id, { caseNumber: 'ZC20261206-0001', status: 'received' });
    const later = new Date(Date.now() + (RETENTION_DAYS + 1) * 86_400_000);
    applyOutboxRetention(app.db, { demo: false, now: later });
    expect(new AttachmentsRepository(app.db, app.deviceKey).ofOutbox(id).every((p) => p.hasPage)).toBe(true);
    expect(probesOnDisk(app, dir, probes)).toBe(probes.length);
  });
});
