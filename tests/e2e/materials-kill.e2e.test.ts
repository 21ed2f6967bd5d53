/**
 * 材料采集 survives kill -9 in the middle of the upload, end to end in Chromium. An ENROLLED kiosk, as a
 * real process (the built web shell, `start.js`), on a real district server on loopback (SQLite); the
 * ID-card reader emulated over a PTY (an enrolled kiosk has no demo card); Chromium's fake camera fed from
 * a Y4M file of a busy A4 page, so each page is larger than one upload chunk. The citizen captures 3 pages
 * in the 材料 step (the automatic photo, then 拍照 twice; 旋转 makes the three pages differ) and submits.
 *
 * The moment of the kill is deterministic, without a timer: the server commits the first chunk of page 1,
 * then holds its answer (the kiosk has not heard that the chunk arrived) until the test has seen the done
 * screen, and kills the kiosk with SIGKILL before the answer leaves. The kiosk is started again on the same
 * data folder; its outbox asks the server what arrived and sends the rest. The server ends with the three
 * pages byte-identical to what the kiosk held at capture (sha256), each chunk committed once, one
 * declaration; the kiosk ends with every page acknowledged and its sealed bytes dropped.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_CHUNK_BYTES } from '../../src-protocol/attachments.js';
import { openSyncContext } from '../../src-main/cli/sync-context.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { fileDeviceKey } from '../../src-main/store/device-key.js';
import { AttachmentsRepository } from '../../src-main/store/attachments.repository.js';
import { startDeviceRig, type DeviceRig } from '../emulators/device-rig.js';
import { RESIDENT_CARD } from '../emulators/idcard-emulator.js';
import { writeBusyA4Y4m } from '../helpers/busy-a4-frame.js';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { outputPath, SCREENS_CHECKED_FILE, tempDir } from '../helpers/temp-dir.js';
import { catalogV1, startHarness, type Harness } from '../server/server-harness.js';
import { finishAsTechnician } from './district.js';
import { choose, openField, pickItem, tapKeys } from './form-input.js';
import { assertNoPersonalData, CHROMIUM, CHROMIUM_FLAGS, TEST_PERSON } from './harness.js';
import { checkScreen, formatProblems } from './screen-checks.js';

const ITEM = '老年人优待证办理';
const MATERIAL = '近期一寸免冠彩色照片';
const PAGE_PUT = /^\/v1\/cases\/[^/]+\/attachments\/\d+\?offset=\d+$/;

interface ServerPage {
  page_no: number;
  size: number;
  received: number;
  completed_at: string | null;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A promise with its resolve, for the moments the server side of the test reports. */
function signal<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A moment the test waits for, or after `ms` a failure that says what was there instead (a guard against
 * hanging until the test's own timeout when the kiosk never resumes; not a timed assertion).
 */
async function within<T>(moment: Promise<T>, ms: number, instead: () => Promise<string>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void instead().then((what) => reject(new Error(`not within ${ms} ms: ${what}`)));
    }, ms);
  });
  try {
    return await Promise.race([moment, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function call<T>(kiosk: KioskProcess, method: string, input: unknown = {}): Promise<T> {
  const result = await kiosk.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error?.code ?? 'failed'}`);
  return result.value as T;
}

/** The page the kiosk holds for the session, as it was captured (main's bytes, not the thumbnail). */
async function heldPage(kiosk: KioskProcess, pageId: string): Promise<Buffer> {
  const { jpeg } = await call<{ jpeg: string }>(kiosk, 'materials.page', { pageId });
  return Buffer.from(jpeg, 'base64');
}

/**
 * The kiosk process's screen in a portrait touch context of the fake-camera browser: the session cookie
 * its printed launch code buys (the test's API calls use the same), then the home screen with its catalog.
 */
async function openKioskPage(
  browser: Browser,
  kiosk: KioskProcess,
): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const origin = new URL(await kiosk.appUrl).origin;
  const cookie = await kiosk.cookie();
  const at = cookie.indexOf('=');
  const context = await browser.newContext({
    viewport: { width: 1080, height: 1920 },
    locale: 'zh-CN',
    hasTouch: true,
  });
  await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url: origin }]);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="catalog"][data-screen="home"]');
  return { context, page, pageErrors };
}

/** The camera panel's thumbnails, once each has its picture. */
async function thumbnails(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.page-thumb img')];
      return images.length === n && images.every((img) => img.complete && img.naturalWidth > 0);
    },
    count,
    { timeout: 30_000 },
  );
}

/** The screen checks of the e2e harness (axe, targets, fonts) and a screenshot, in both modes. */
async function shot(page: Page, name: string): Promise<void> {
  const problems: string[] = [];
  for (const mode of ['normal', 'large'] as const) {
    const large = mode === 'large';
    await page.evaluate((on) => document.documentElement.classList.toggle('large-text', on), large);
    problems.push(...formatProblems(name, mode, await checkScreen(page, mode)));
    await page.screenshot({ path: outputPath('screenshots', large ? `${name}.large.png` : `${name}.png`) });
  }
  await page.evaluate(() => document.documentElement.classList.remove('large-text'));
  if (problems.length > 0) throw new Error(`screen checks failed:\n${problems.join('\n')}`);
  // Listed with the screens the harness checked in this run (the closing note's list).
  const screen = await page.evaluate(() => document.body.dataset['screen'] ?? '-');
  fs.appendFileSync(
    outputPath(SCREENS_CHECKED_FILE),
    ['normal', 'large'].map((mode) => `${name}\t${screen}\t${mode}\n`).join(''),
  );
}

/** The kiosk's own page rows and its declaration, read from its database beside (or after) the process. */
function kioskState(dataDir: string): {
  declarations: Array<{ id: number; state: string; case_number: string | null }>;
  pages: Array<{ id: number; state: string; sha256: string; sealed: number }>;
} {
  const db = new Database(path.join(dataDir, 'kiosk.db'), { readonly: true, fileMustExist: true });
  try {
    return {
      declarations: db
        .prepare("SELECT id, state, case_number FROM outbox WHERE kind = 'declaration'")
        .all() as Array<{ id: number; state: string; case_number: string | null }>,
      pages: db
        .prepare('SELECT id, state, sha256, sealed IS NOT NULL AS sealed FROM attachments ORDER BY page_no')
        .all() as Array<{ id: number; state: string; sha256: string; sealed: number }>,
    };
  } finally {
    db.close();
  }
}

/** The sealed pages of the kiosk's outbox, opened with its device key (what it will upload). */
function sealedPages(dataDir: string, outboxId: number): Buffer[] {
  const db = new Database(path.join(dataDir, 'kiosk.db'), { readonly: true, fileMustExist: true });
  try {
    const attachments = new AttachmentsRepository(db, fileDeviceKey(dataDir));
    return attachments.ofOutbox(outboxId).map((row) => attachments.page(row.id) ?? Buffer.alloc(0));
  } finally {
    db.close();
  }
}

describe('材料采集: the kiosk killed with SIGKILL mid-upload, in Chromium', () => {
  const video = tempDir('kill-camera');
  const data = tempDir('kill-kiosk');
  let devices: DeviceRig | undefined;
  let district: Harness | undefined;
  let browser: Browser | undefined;
  let kiosk: KioskProcess | undefined;

  /** The server's side of the test: what it has stored, and the moments it reports. */
  const firstChunk = signal<{ url: string; pages: ServerPage[] }>();
  const release = signal();
  const killed = signal();
  const allPages = signal();
  let committed = 0;
  let firstAnswered = false;
  const completed = new Set<number>();

  beforeAll(async () => {
    const y4m = path.join(video.dir, 'busy-page.y4m');
    await writeBusyA4Y4m(y4m);
    devices = await startDeviceRig();
    const h = await startHarness('sqlite');
    district = h;
    // The server on the real time (the harness's clock is fixed for its route tests).
    Object.defineProperty(h.clock, 'now', { get: () => new Date() });
    await h.publish(catalogV1());
    // While the first chunk's answer is held, any other page request (the kiosk retrying after its own
    // request timeout on a slow machine) waits for the kill and stores nothing.
    h.app.addHook('onRequest', async (request, reply) => {
      if (committed === 0 || !/\/attachments/.test(request.url)) return;
      if (firstAnswered) return;
      await killed.promise;
      return reply.code(503).send({ error: 'held by the test' });
    });
    h.app.addHook('onSend', async (request, reply, payload) => {
      if (request.method !== 'PUT' || !PAGE_PUT.test(request.url) || reply.statusCode !== 200) return payload;
      committed++;
      const answer = JSON.parse(String(payload)) as { pageNo: number; complete: boolean };
      if (answer.complete) completed.add(answer.pageNo);
      if (completed.size === 3) allPages.resolve();
      if (committed === 1) {
        // Committed, and the answer not sent: the kiosk dies not knowing the chunk arrived.
        const caseNumber = decodeURIComponent(request.url.split('/')[3] ?? '');
        const pages = await h.rows<ServerPage>(
          'SELECT page_no, size, received, completed_at FROM attachments WHERE case_number = ? ORDER BY page_no',
          caseNumber,
        );
        firstChunk.resolve({ url: request.url, pages });
        await release.promise;
        const dying = kiosk;
        dying?.child.kill('SIGKILL');
        await dying?.exited;
        firstAnswered = true;
        killed.resolve();
      }
      return payload;
    });
    const url = await h.app.listen({ host: '127.0.0.1', port: 0 });

    // Enrolled as the technician's `kiosk provision` leaves it: setup done, the hall's PIN, real devices.
    const ctx = openSyncContext(data.dir, { log: silentLogger() });
    await ctx.sync.provision(`${url}/`, await h.issueCode());
    ctx.config.update({ ...devices.config, idleTimeoutSec: 900 });
    await finishAsTechnician(ctx);
    await ctx.close();

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        ...CHROMIUM_FLAGS,
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${y4m}`,
      ],
    });
  }, 120_000);

  afterAll(async () => {
    release.resolve();
    await browser?.close();
    if (kiosk && kiosk.child.exitCode === null && kiosk.child.signalCode === null) {
      kiosk.child.kill('SIGKILL');
      await kiosk.exited;
    }
    await district?.close();
    await devices?.close();
    const log = path.join(data.dir, 'logs', 'kiosk.log');
    if (fs.existsSync(log)) fs.copyFileSync(log, outputPath('logs', 'materials-kill-kiosk.log'));
    data.remove();
    video.remove();
  });

  it(
    'captures 3 pages, is killed after the first chunk, restarts, and the server has them byte-identical',
    {
      timeout: 240_000,
    },
    async () => {
      const h = district!;
      const first = startKioskProcess({ dataDir: data.dir, from: 'dist', env: { KIOSK_LOG_LEVEL: 'info' } });
      kiosk = first;
      const { context, page, pageErrors } = await openKioskPage(browser!, first);

      // The citizen: the item, the ID card on the reader, the form.
      await pickItem(page, ITEM);
      await page.getByRole('button', { name: '同意并继续' }).click();
      await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
      devices!.reader.insertCard(RESIDENT_CARD);
      await page.locator('[data-field="applicantName"]').waitFor({ timeout: 30_000 });
      await tapKeys(page, 'phone', TEST_PERSON.phone);
      await openField(page, 'receiveWay');
      await choose(page, 'receiveWay', '窗口领取');
      await page.getByRole('button', { name: '填好了，下一步' }).click();

      // 材料: the automatic photo takes page 1 (the page lies still), 拍照 takes two more.
      const material = page.locator(`[data-material="${MATERIAL}"]`);
      await material.locator('[data-material-camera]').click();
      await page.waitForSelector('[data-camera="live"]', { timeout: 30_000 });
      await thumbnails(page, 1);
      for (const n of [2, 3]) {
        await page.locator('[data-camera-shoot]').click();
        await thumbnails(page, n);
      }
      // The same still page three times: 旋转 once on page 2 and twice on page 3 makes three different pages.
      const held = await call<Array<{ pageId: string }>>(first, 'materials.pages');
      expect(held).toHaveLength(3);
      for (const [index, turns] of [
        [1, 1],
        [2, 2],
      ] as const) {
        const { pageId } = held[index]!;
        for (let turn = 0; turn < turns; turn++) {
          const before = sha256(await heldPage(first, pageId));
          await page.locator(`[data-page="${pageId}"]`).getByRole('button', { name: '旋转' }).click();
          await expect
            .poll(async () => sha256(await heldPage(first, pageId)), { timeout: 30_000 })
            .not.toBe(before);
        }
      }
      await thumbnails(page, 3);
      const captured: Buffer[] = [];
      for (const { pageId } of held) captured.push(await heldPage(first, pageId));
      const hashes = captured.map(sha256);
      expect(new Set(hashes).size).toBe(3);
      for (const jpeg of captured) expect(jpeg.length).toBeGreaterThan(ATTACHMENT_CHUNK_BYTES);
      await shot(page, 'materials-kill-camera');

      await page.locator('[data-camera-done]').click();
      expect(await material.locator('[data-material-state]').innerText()).toBe('已拍 3 页，随申请提交');
      await shot(page, 'materials-kill-step');
      await page.getByRole('button', { name: '下一步（已拍 3 页）' }).click();
      await page.getByRole('button', { name: '确认提交' }).click();

      // The upload starts by itself; the server holds the first chunk's answer while the citizen reads.
      const atKill = await firstChunk.promise;
      await page.locator('.done-status').first().waitFor();
      await page.screenshot({ path: outputPath('screenshots', 'materials-kill-done.png') });
      expect(pageErrors).toEqual([]);
      release.resolve();
      expect(await first.exited).toBeNull();
      expect(first.child.signalCode).toBe('SIGKILL');
      await context.close();

      // Killed inside page 1: its first chunk on the server, nothing complete.
      const caseNumber = decodeURIComponent(atKill.url.split('/')[3] ?? '');
      expect(atKill.url).toMatch(/\/attachments\/1\?offset=0$/);
      expect(atKill.pages).toMatchObject([
        { page_no: 1, received: ATTACHMENT_CHUNK_BYTES, completed_at: null },
      ]);
      // The kiosk's outbox: the declaration acknowledged, its 3 pages pending and sealed, as captured.
      const dead = kioskState(data.dir);
      expect(dead.declarations).toMatchObject([{ state: 'sent', case_number: caseNumber }]);
      expect(dead.pages).toMatchObject([
        { state: 'pending', sealed: 1, sha256: hashes[0] },
        { state: 'pending', sealed: 1, sha256: hashes[1] },
        { state: 'pending', sealed: 1, sha256: hashes[2] },
      ]);
      expect(sealedPages(data.dir, dead.declarations[0]!.id).map(sha256)).toEqual(hashes);

      // Started again on the same data folder: the outbox resumes by itself.
      const second = startKioskProcess({ dataDir: data.dir, from: 'dist', env: { KIOSK_LOG_LEVEL: 'info' } });
      kiosk = second;
      await within(allPages.promise, 120_000, async () =>
        JSON.stringify({
          server: await h.rows('SELECT page_no, size, received FROM attachments ORDER BY page_no'),
          kiosk: kioskState(data.dir).pages.map((p) => p.state),
        }),
      );

      const stored = await h.rows<ServerPage & { data: Buffer }>(
        'SELECT page_no, size, received, completed_at, data FROM attachments WHERE case_number = ? ORDER BY page_no',
        caseNumber,
      );
      expect(stored.map((p) => p.page_no)).toEqual([1, 2, 3]);
      expect(stored.map((p) => sha256(p.data))).toEqual(hashes);
      for (const [i, p] of stored.entries()) {
        expect(p.size).toBe(captured[i]!.length);
        expect(p.received).toBe(captured[i]!.length);
        expect(p.completed_at).not.toBeNull();
      }
      expect(await h.count('attachments')).toBe(3);
      // One declaration on the server; each chunk committed exactly once (the held one included).
      expect(await h.rows("SELECT case_number FROM submissions WHERE kind = 'declaration'")).toEqual([
        { case_number: caseNumber },
      ]);
      const chunks = captured.reduce((n, jpeg) => n + Math.ceil(jpeg.length / ATTACHMENT_CHUNK_BYTES), 0);
      expect(committed).toBe(chunks);

      // The kiosk records the acknowledgements and drops the sealed pages it delivered.
      await expect
        .poll(() => kioskState(data.dir).pages, { timeout: 60_000 })
        .toMatchObject([
          { state: 'sent', sealed: 0 },
          { state: 'sent', sealed: 0 },
          { state: 'sent', sealed: 0 },
        ]);
      expect(kioskState(data.dir).declarations).toMatchObject([{ state: 'sent', case_number: caseNumber }]);
      // The restarted kiosk's screen: the home screen, nothing of the killed session on it.
      const again = await openKioskPage(browser!, second);
      const html = await again.page.content();
      for (const personal of Object.values(TEST_PERSON)) expect(html).not.toContain(personal);
      expect(html).not.toContain('blob:');
      expect(again.pageErrors).toEqual([]);
      await again.context.close();
      expect(await second.stop()).toBe(0);
      expect(committed).toBe(chunks);
      assertNoPersonalData(path.join(data.dir, 'logs', 'kiosk.log'));
      console.log(
        `materials kill: pages ${captured.map((j) => j.length).join('/')} bytes, ${chunks} chunks, killed at ${atKill.url}`,
      );
    },
  );
});
