/**
 * A kiosk PROCESS (`start.ts`, as `npm start` runs it) killed with SIGKILL in the middle of uploading a
 * declaration's material pages, then started again, on both district stores. The pages are busy ones
 * (a patterned 户口簿-like sheet from a 1920×1080 camera, ≈ 210 KB), two chunks each, so the kill falls
 * inside a page. It is deterministic: the district server kills the kiosk right after it committed the
 * first chunk and before the answer leaves, so the kiosk never hears that the chunk arrived (the worst
 * moment). After the restart the
 * kiosk asks the server what arrived and sends the rest: the server ends with the three pages
 * byte-identical, one row each, no byte stored twice; the kiosk keeps no sealed page it delivered.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openSyncContext } from '../../src-main/cli/sync-context.js';
import { silentLogger } from '../../src-main/log/logger.js';
import type { CatalogService } from '../../src-main/services/catalog/catalog.service.js';
import sharp from 'sharp';
import { ATTACHMENT_CHUNK_BYTES } from '../../src-protocol/attachments.js';
import { busyPatternRgb } from '../helpers/busy-a4-frame.js';
import { validValues } from '../helpers/declaration-values.js';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';
import { catalogV1, startHarness, STORE_KINDS, type Harness } from '../server/server-harness.js';

interface ServerPage {
  page_no: number;
  size: number;
  received: number;
  stored: number | string;
  completed_at: string | null;
}

const PAGE_PUT = /^\/v1\/cases\/[^/]+\/attachments\/\d+/;

let district: Harness | undefined;
let kiosk: KioskProcess | undefined;
const data = tempDir('upload-kill');
afterEach(async () => {
  if (kiosk && kiosk.child.exitCode === null && kiosk.child.signalCode === null) {
    kiosk.child.kill('SIGKILL');
    await kiosk.exited;
  }
  kiosk = undefined;
  await district?.close();
  district = undefined;
});
afterAll(() => data.remove());

async function call<T>(k: KioskProcess, method: string, input: unknown = {}): Promise<T> {
  const result = await k.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error?.code ?? 'failed'}`);
  return result.value as T;
}

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A 1920×1080 camera frame of a page with a dense pattern on a dark desk (JPEG): every seed gives other
 * bytes, and the kiosk's page is well over one upload chunk.
 */
async function busyPageFrame(seed: number): Promise<Buffer> {
  const [width, height] = [1920, 1080];
  const pageHeight = Math.round(height * 0.86);
  const pageWidth = Math.round(pageHeight / Math.SQRT2);
  const rgb = busyPatternRgb(pageWidth, pageHeight, seed);
  const page = await sharp(rgb, { raw: { width: pageWidth, height: pageHeight, channels: 3 } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#2b2f33' } })
    .composite([
      { input: page, left: Math.round((width - pageWidth) / 2), top: Math.round((height - pageHeight) / 2) },
    ])
    .jpeg({ quality: 92 })
    .toBuffer();
}

/** The item form's valid values, from the catalog the server published (the kiosk holds the same). */
function declarationValues(): Record<string, string> {
  const catalog = catalogV1();
  const byId = { item: (id: string) => catalog.items.find((i) => i.id === id) };
  return validValues(byId as unknown as CatalogService, 'pension-enroll');
}

/** The kiosk's own page rows, read beside the running process (WAL: readers do not block it). */
function kioskPages(dataDir: string): Array<{ state: string; sealed: number }> {
  const db = new Database(path.join(dataDir, 'kiosk.db'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT state, sealed IS NOT NULL AS sealed FROM attachments ORDER BY page_no')
      .all() as Array<{ state: string; sealed: number }>;
  } finally {
    db.close();
  }
}

describe.each(STORE_KINDS)('a kiosk killed mid-upload (%s store)', (kind) => {
  it(
    'resumes after a restart: three pages byte-identical on the server, none stored twice',
    { timeout: 180_000 },
    async () => {
      const h = await startHarness(kind);
      district = h;
      // The server on the real time (the harness's clock is fixed for its route tests).
      Object.defineProperty(h.clock, 'now', { get: () => new Date() });
      await h.publish(catalogV1());
      const serverPages = (caseNumber: string): Promise<ServerPage[]> =>
        h.rows<ServerPage>(
          `SELECT page_no, size, received, length(data) AS stored, completed_at FROM attachments
            WHERE case_number = ? ORDER BY page_no`,
          caseNumber,
        );

      // The first committed chunk kills the kiosk before the server's answer leaves.
      let killed: { url: string; pages: ServerPage[] } | undefined;
      let chunks = 0;
      h.app.addHook('onSend', async (request, reply) => {
        if (request.method !== 'PUT' || !PAGE_PUT.test(request.url) || reply.statusCode !== 200) return;
        chunks++;
        if (killed || !kiosk) return;
        const caseNumber = decodeURIComponent(request.url.split('/')[3] ?? '');
        killed = { url: request.url, pages: await serverPages(caseNumber) };
        kiosk.child.kill('SIGKILL');
        await kiosk.exited;
      });
      const url = await h.app.listen({ host: '127.0.0.1', port: 0 });

      const dir = path.join(data.dir, kind);
      const ctx = openSyncContext(dir, { log: silentLogger() });
      await ctx.sync.provision(url, await h.issueCode());
      await ctx.close();

      const env = { KIOSK_LOG_LEVEL: 'warn' };
      const first = startKioskProcess({ dataDir: dir, from: 'src', env });
      kiosk = first;
      await call(first, 'session.activity');
      const jpegs: Buffer[] = [];
      for (let i = 0; i < 3; i++) {
        const frame = (await busyPageFrame(i + 1)).toString('base64');
        const page = await call<{ pageId: string }>(first, 'materials.capture', {
          materialName: '户口簿',
          frame,
        });
        const { jpeg } = await call<{ jpeg: string }>(first, 'materials.page', { pageId: page.pageId });
        jpegs.push(Buffer.from(jpeg, 'base64'));
      }
      await call(first, 'declaration.submit', {
        itemId: 'pension-enroll',
        consent: true,
        identityMethod: 'card',
        values: declarationValues(),
      });
      await call(first, 'session.end', { reason: 'done' });

      // The sync sends the declaration, then its pages: the first chunk that commits ends the process.
      expect(await first.exited).toBeNull();
      expect(first.child.signalCode).toBe('SIGKILL');
      const atKill = killed!;
      expect(atKill).toBeDefined();
      const caseNumber = decodeURIComponent(atKill.url.split('/')[3] ?? '');
      // Killed mid-page: the first chunk of page 1 on the server, the page not complete.
      for (const jpeg of jpegs) expect(jpeg.length).toBeGreaterThan(ATTACHMENT_CHUNK_BYTES);
      expect(atKill.url).toMatch(/\/attachments\/1\?offset=0$/);
      expect(atKill.pages).toMatchObject([
        { page_no: 1, received: ATTACHMENT_CHUNK_BYTES, completed_at: null },
      ]);
      expect(kioskPages(dir).map((p) => p.state)).toEqual(['pending', 'pending', 'pending']);

      const second = startKioskProcess({ dataDir: dir, from: 'src', env });
      kiosk = second;
      const pages = await until(
        () => serverPages(caseNumber),
        (rows) => rows.length === 3 && rows.every((r) => r.completed_at !== null),
        'three complete pages on the server',
      );
      // Byte-identical, one row a page, each page's bytes stored exactly once.
      expect(pages.map((p) => p.page_no)).toEqual([1, 2, 3]);
      for (const [i, p] of pages.entries()) {
        expect(Number(p.stored)).toBe(jpegs[i]!.length);
        expect(p.received).toBe(jpegs[i]!.length);
      }
      const bytes = await h.rows<{ data: Buffer }>(
        'SELECT data FROM attachments WHERE case_number = ? ORDER BY page_no',
        caseNumber,
      );
      bytes.forEach((row, i) => expect(row.data.equals(jpegs[i]!)).toBe(true));
      expect(await h.count('attachments')).toBe(3);
      // Each chunk committed once: the restarted kiosk went on from the server's count, resending nothing.
      const expectedChunks = jpegs.reduce((n, j) => n + Math.ceil(j.length / ATTACHMENT_CHUNK_BYTES), 0);
      expect(chunks).toBe(expectedChunks);

      // The kiosk records the acknowledgements and drops the sealed pages it delivered.
      await until(
        () => kioskPages(dir),
        (rows) => rows.length === 3 && rows.every((r) => r.state === 'sent' && !r.sealed),
        'every kiosk page sent and erased',
      );
      expect(await second.stop()).toBe(0);
      const sizes = pages.map((p) => p.size);
      console.log(
        `upload kill (${kind}): pages ${sizes.join('/')} bytes, ${chunks} chunks committed, killed after ${atKill.url}`,
      );
    },
  );
});
