/**
 * 材料采集 in the kiosk core on a real SQLite file: a camera frame becomes a page (cropped to the paper,
 * A4 at about 200 dpi, ≤ 400 KB); the session's pages obey their limits and are zeroed when it ends; a
 * declaration seals its pages in its own transaction, so the data folder holds no page in the clear.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { pageFromFrame } from '../../src-main/services/materials/page-image.js';
import { MAX_PAGE_BYTES, MAX_PAGES_PER_CASE } from '../../src-main/services/materials/page-limits.js';
import { AttachmentsRepository } from '../../src-main/store/attachments.repository.js';
import { a4FrameJpeg } from '../helpers/a4-frame.js';
import { validValues } from '../helpers/declaration-values.js';
import { tempDir } from '../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function kiosk(): { app: KioskApp; dir: string } {
  const t = tempDir('materials');
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

describe('a camera frame becomes a page', () => {
  it('crops to the paper, keeps A4 proportions and stays under 400 KB', async () => {
    const page = await pageFromFrame(await a4FrameJpeg());
    expect(page.jpeg.length).toBeLessThanOrEqual(MAX_PAGE_BYTES);
    const meta = await sharp(page.jpeg).metadata();
    expect(meta.format).toBe('jpeg');
    // The dark desk is gone: the page is portrait with the proportions of A4 (1 : 1.414).
    expect(meta.height / meta.width).toBeGreaterThan(1.35);
    expect(meta.height / meta.width).toBeLessThan(1.48);
    const { dominant } = await sharp(page.jpeg).stats();
    expect(dominant.r).toBeGreaterThan(200);
  });

  it('refuses bytes that are not a picture with a Chinese message', async () => {
    await expect(pageFromFrame(Buffer.from('not a picture at all'))).rejects.toMatchObject({
      code: 'INPUT',
      userMessage: '这张照片无法处理，请重拍。',
    });
  });
});

describe('the session holds the pages', () => {
  it('captures, turns and deletes pages; no session, no page', async () => {
    const { app } = kiosk();
    const frame = (await a4FrameJpeg()).toString('base64');
    const refused = await app.dispatch('materials.capture', { materialName: '申请书', frame });
    expect(refused.ok).toBe(false);
    await call(app, 'session.activity', {});
    const page = await call<{ pageId: string; width: number; height: number }>(app, 'materials.capture', {
      materialName: '申请书',
      frame,
    });
    const turned = await call<{ width: number; height: number }>(app, 'materials.turn', {
      pageId: page.pageId,
    });
    expect([turned.width, turned.height]).toEqual([page.height, page.width]);
    expect(await call<unknown[]>(app, 'materials.remove', { pageId: page.pageId })).toEqual([]);
  });

  it('stops at 20 pages and wipes the bytes when the session ends', async () => {
    const { app } = kiosk();
    await call(app, 'session.activity', {});
    const frame = (await a4FrameJpeg()).toString('base64');
    for (let i = 0; i < MAX_PAGES_PER_CASE; i++)
      await call(app, 'materials.capture', { materialName: '申请书', frame });
    const over = await app.dispatch('materials.capture', { materialName: '申请书', frame });
    expect(over).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const pages = await call<Array<{ pageId: string }>>(app, 'materials.pages', {});
    const held = await call<{ jpeg: string }>(app, 'materials.page', { pageId: pages[0]?.pageId });
    expect(held.jpeg.length).toBeGreaterThan(1000);
    // Keep a reference to the buffers main holds, then end the session.
    const data = app.session.data()?.get('materials.pages') as Map<string, { jpeg: Buffer }>;
    const buffers = [...data.values()].map((p) => p.jpeg);
    await call(app, 'session.end', { reason: 'exit' });
    expect(buffers.every((b) => b.every((byte) => byte === 0))).toBe(true);
    expect(await call<unknown[]>(app, 'materials.pages', {})).toEqual([]);
  });
});

describe('a declaration seals its pages', () => {
  it('stores each page sealed with the declaration, lists them in the payload, and wipes the session copy', async () => {
    const { app, dir } = kiosk();
    await call(app, 'session.activity', {});
    const frame = (await a4FrameJpeg()).toString('base64');
    const jpegs: Buffer[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await call<{ pageId: string }>(app, 'materials.capture', {
        materialName: '申请书',
        frame,
      });
      jpegs.push(
        Buffer.from(
          (await call<{ jpeg: string }>(app, 'materials.page', { pageId: page.pageId })).jpeg,
          'base64',
        ),
      );
    }
    const result = await call<{ localNumber: string }>(app, 'declaration.submit', {
      itemId: 'pension-enroll',
      consent: true,
      identityMethod: 'card',
      values: validValues(app.catalog, 'pension-enroll'),
    });
    const row = app.outbox.byLocalNumber(result.localNumber);
    expect(row?.summary['pages']).toBe(3);
    const payload = app.outbox.payload(row?.id ?? 0) as {
      attachments: Array<{ sha256: string; size: number }>;
    };
    expect(payload.attachments).toHaveLength(3);
    const attachments = new AttachmentsRepository(app.db, app.deviceKey);
    const stored = attachments.ofOutbox(row?.id ?? 0);
    expect(stored.map((a) => a.pageNo)).toEqual([1, 2, 3]);
    stored.forEach((a, i) => expect(attachments.page(a.id)?.equals(jpegs[i] as Buffer)).toBe(true));
    expect(await call<unknown[]>(app, 'materials.pages', {})).toEqual([]);
    // No page in the clear anywhere in the data folder (database, WAL, anything else).
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const probe = (jpegs[0] as Buffer).subarray(600, 664);
    for (const file of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const full = path.join(dir, file);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full).includes(probe)).toBe(false);
    }
  });
});
