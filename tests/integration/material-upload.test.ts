/**
 * The kiosk delivers material pages to the reference district server over real HTTP on loopback: the
 * declaration first, then its pages in chunks; a drain cut off mid-page resumes from the server's count;
 * the server ends with every page byte-identical and the kiosk keeps no sealed page it has delivered.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskApp } from '../../src-main/app.js';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { AttachmentUploader } from '../../src-main/services/materials/attachment-uploader.js';
import { AttachmentsRepository } from '../../src-main/store/attachments.repository.js';
import { a4FrameJpeg } from '../helpers/a4-frame.js';
import { validValues } from '../helpers/declaration-values.js';
import { startSyncRig, type SyncRig } from './sync-rig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function call<T>(app: KioskApp, method: string, input: unknown): Promise<T> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Three pages captured in a session and handed in with a declaration; their bytes as sealed. */
async function declareWithPages(app: KioskApp): Promise<{ localNumber: string; jpegs: Buffer[] }> {
  await call(app, 'session.activity', {});
  const frame = (await a4FrameJpeg()).toString('base64');
  const jpegs: Buffer[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await call<{ pageId: string }>(app, 'materials.capture', { materialName: '申请书', frame });
    jpegs.push(
      Buffer.from(
        (await call<{ jpeg: string }>(app, 'materials.page', { pageId: page.pageId })).jpeg,
        'base64',
      ),
    );
  }
  const { localNumber } = await call<{ localNumber: string }>(app, 'declaration.submit', {
    itemId: 'pension-enroll',
    consent: true,
    identityMethod: 'card',
    values: validValues(app.catalog, 'pension-enroll'),
  });
  await call(app, 'session.end', { reason: 'done' });
  return { localNumber, jpegs };
}

function serverPages(r: SyncRig, caseNumber: string): Buffer[] {
  return r.district.store.database
    .prepare<[string], { data: Buffer }>(
      'SELECT data FROM attachments WHERE case_number = ? AND completed_at IS NOT NULL ORDER BY page_no',
    )
    .all(caseNumber)
    .map((row) => row.data);
}

describe('material pages reach the district server', () => {
  it('after their declaration, byte-identical, and leave the kiosk once acknowledged', async () => {
    rig = await startSyncRig();
    await rig.provision({ start: false });
    const { kiosk } = rig;
    const { localNumber, jpegs } = await declareWithPages(kiosk);
    await kiosk.sync.syncNow();
    const row = kiosk.outbox.byLocalNumber(localNumber);
    expect(row?.caseNumber).toBeTruthy();
    const caseNumber = row?.caseNumber ?? '';
    await expect.poll(() => serverPages(rig!, caseNumber).length, { timeout: 20_000 }).toBe(3);
    serverPages(rig, caseNumber).forEach((data, i) => expect(data.equals(jpegs[i]!)).toBe(true));
    const attachments = new AttachmentsRepository(kiosk.db, kiosk.deviceKey);
    await expect
      .poll(() => attachments.ofOutbox(row?.id ?? 0).every((a) => a.state === 'sent' && !a.hasPage))
      .toBe(true);
  });

  it('resumes a page cut off mid-upload from the server count, storing nothing twice', async () => {
    rig = await startSyncRig();
    const enrollment = await rig.provision({ start: false });
    const { kiosk } = rig;
    const attachments = new AttachmentsRepository(kiosk.db, kiosk.deviceKey);
    // The declaration goes, its pages wait (the sync's own uploader is not asked yet).
    const { localNumber, jpegs } = await declareWithPages(kiosk);
    await kiosk.sync.stopAndWait();
    // Chunks of a fifth of page 1: three chunks leave it cut off in the middle.
    const chunkBytes = Math.ceil(jpegs[0]!.length / 5);
    const outboxOnly = new AttachmentUploader({ attachments, log: silentLogger(), chunkBytes });
    const client = new DistrictClient({ baseUrl: rig.proxy.url, token: enrollment.token });
    let puts = 0;
    // A link that dies after three chunks: the kiosk "stops" mid-page.
    const dying = new DistrictClient({
      baseUrl: rig.proxy.url,
      token: enrollment.token,
      fetch: (input, init) => {
        if (init.method === 'PUT' && ++puts > 3) return Promise.reject(new TypeError('fetch failed'));
        return fetch(input, init);
      },
    });
    // The declaration itself is sent by the sync's outbox task with the pages left for later.
    const submitted = await client.submit({
      idempotencyKey: kiosk.outbox.byLocalNumber(localNumber)!.idempotencyKey,
      kind: 'declaration',
      payload: kiosk.outbox.payload(kiosk.outbox.byLocalNumber(localNumber)!.id) as Record<string, unknown>,
    });
    kiosk.outbox.markSent(kiosk.outbox.byLocalNumber(localNumber)!.id, submitted);
    const cut = await outboxOnly.drain(dying, { ignoreBackoff: true });
    expect(cut).toMatchObject({ offline: true, sent: 0 });
    const [partial] = rig.district.store.database
      .prepare<[string], { received: number }>(
        'SELECT received FROM attachments WHERE case_number = ? AND page_no = 1',
      )
      .all(submitted.caseNumber);
    expect(partial?.received).toBe(3 * chunkBytes);
    // Started again: the rest of page 1 from the server's count, then pages 2 and 3.
    const again = await outboxOnly.drain(client, { ignoreBackoff: true });
    expect(again).toMatchObject({ sent: 3, offline: false, dead: 0 });
    serverPages(rig, submitted.caseNumber).forEach((data, i) => expect(data.equals(jpegs[i]!)).toBe(true));
    // A repeat (the kiosk died before it recorded the acknowledgement) stores nothing twice.
    const rows = attachments.ofOutbox(kiosk.outbox.byLocalNumber(localNumber)!.id);
    expect(rows.every((a) => a.state === 'sent' && !a.hasPage)).toBe(true);
    expect(
      rig.district.store.database.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number },
    ).toEqual({ n: 3 });
  });
});
