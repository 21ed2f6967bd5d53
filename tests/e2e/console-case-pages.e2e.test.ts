/**
 * 办件 › 材料 in the console (Chromium, 1366 × 768) against the district server as its own process on a
 * SQLite file. A kiosk (the district client over real HTTP) hands in a declaration announcing three
 * material pages and uploads two of them through the attachments protocol (chunked, with their hashes);
 * staff of the hall open the case: the count says one page is missing, the two thumbnails show, one opens
 * large. Every image is served with `Cache-Control: no-store` and audited; staff of another hall get 404
 * for the list and the images. axe-core WCAG 2.2 AA with zero violations; the server's log holds no
 * personal data.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { APPLICANT } from '../helpers/declaration-values.js';
import { findPersonalData, formatFindings } from '../helpers/personal-data-scan.js';
import { serverCli } from '../helpers/server-cli.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { openConsole, type ConsoleBrowser } from './console-browser.js';

const HALL = { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心' };
const OTHER = { code: 'ZCLC01', name: '淄川区罗村镇便民服务中心' };
const PASSWORD = 'e2e-console-pass-4';
const MATERIALS = ['居民身份证', '户口簿', '银行卡'];

/** A document-like JPEG page: white paper with a dark title bar and lines. */
async function pageJpeg(n: number): Promise<Buffer> {
  const lines = Array.from(
    { length: 12 },
    (_, i) => `<rect x="60" y="${200 + i * 60}" width="${480 - (i % 3) * 90}" height="14" fill="#555"/>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900">
    <rect width="600" height="900" fill="#fdfdf8"/><rect x="40" y="40" width="520" height="100" fill="#1d3d6b"/>
    <rect x="${60 + n * 40}" y="70" width="200" height="40" fill="#fff"/>${lines.join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('console 办件 › 材料: a case’s uploaded pages', { timeout: 180_000 }, () => {
  const tmp = tempDir('console-case-pages');
  const db = path.join(tmp.dir, 'district.db');
  let server: ServerProcess;
  let serverLog = '';
  let ui: ConsoleBrowser;
  let caseNumber = '';

  const auditCount = (action: string): number => {
    const handle = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (
        handle
          .prepare<[string], { n: number }>('SELECT count(*) AS n FROM console_audit WHERE action = ?')
          .get(action)?.n ?? 0
      );
    } finally {
      handle.close();
    }
  };

  beforeAll(async () => {
    await serverCli(db, 'hall', 'create', '--code', HALL.code, '--name', HALL.name);
    await serverCli(db, 'hall', 'create', '--code', OTHER.code, '--name', OTHER.name);
    const hallUser = ['--role', 'hall', '--password', PASSWORD];
    await serverCli(db, 'user', 'create', '--name', 'zhanzhang', ...hallUser, '--hall', HALL.code);
    await serverCli(db, 'user', 'create', '--name', 'luocun', ...hallUser, '--hall', OTHER.code);
    const code = (await serverCli(db, 'code', 'issue', '--hall', HALL.code)).trim();
    server = await startServerProcess({ db, env: { DISTRICT_LOG_LEVEL: 'info' } });
    server.child.stdout.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
    server.child.stderr.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));

    const anonymous = new DistrictClient({ baseUrl: `${server.url}/` });
    const kiosk = anonymous.withToken(
      (await anonymous.enroll(code, { appVersion: '0.1.0', hostname: 'e2e' })).deviceToken,
    );
    const pages = await Promise.all(MATERIALS.map((_, i) => pageJpeg(i + 1)));
    caseNumber = (
      await kiosk.submit({
        idempotencyKey: randomUUID(),
        kind: 'declaration',
        payload: {
          itemId: 'pension-enroll',
          itemName: '城乡居民基本养老保险参保登记',
          applicant: { name: APPLICANT.name, idNumber: APPLICANT.idNumber },
          values: { name: APPLICANT.name, idNumber: APPLICANT.idNumber },
          attachments: pages.map((p, i) => ({
            pageNo: i + 1,
            materialName: MATERIALS[i],
            sha256: sha(p),
            size: p.length,
          })),
        },
      })
    ).caseNumber;
    // Pages 1 and 2 arrive (page 1 in two chunks); page 3 never does.
    const [first, second] = pages as [Buffer, Buffer];
    const half = Math.floor(first.length / 2);
    const put = (pageNo: number, offset: number, bytes: Buffer, whole: Buffer) =>
      kiosk.putAttachmentChunk({ caseNumber, pageNo, offset, sha256: sha(whole), bytes });
    await put(1, 0, first.subarray(0, half), first);
    await put(1, half, first.subarray(half), first);
    expect(await put(2, 0, second, second)).toMatchObject({ complete: true });
    ui = await openConsole(server.url);
  });

  afterAll(async () => {
    await ui?.close();
    await server?.stop();
    fs.writeFileSync(outputPath('logs', 'console-case-pages-server.log'), serverLog);
    tmp.remove();
    const findings = findPersonalData(serverLog, 'district server log');
    if (findings.length > 0) throw new Error(formatFindings(findings));
  });

  it('the hall’s staff see the thumbnails, the missing page counted, one page large; every view audited', async () => {
    const { page } = ui;
    await ui.signIn('zhanzhang', PASSWORD);
    await page.getByRole('link', { name: '办件' }).click();
    await page.getByRole('button', { name: `查看 ${caseNumber}` }).click();
    const pagesBox = page.getByTestId('case-pages');
    await pagesBox.waitFor();
    expect(await page.getByTestId('case-pages-count').innerText()).toBe(
      '材料共 3 页，已收到 2 页，还差 1 页没有传到服务器。',
    );
    const thumbs = pagesBox.locator('button.thumb img');
    expect(await thumbs.count()).toBe(2);
    // Both thumbnails decoded (real images, not broken icons).
    await expect
      .poll(() => thumbs.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth)))
      .toEqual([240, 240]);
    expect(await pagesBox.locator('li[data-page="3"]').innerText()).toContain('未传到');
    await ui.check('case-pages');

    await page.getByRole('button', { name: `查看大图：第 2 页 ${MATERIALS[1]}` }).click();
    const large = page.getByTestId('page-large');
    await large.waitFor();
    await expect
      .poll(() => large.locator('img').evaluate((i) => (i as HTMLImageElement).naturalWidth))
      .toBe(600);
    await ui.check('case-page-large');
    await page.keyboard.press('Escape');
    await large.waitFor({ state: 'detached' });

    // Served with no-store, as images; each of the three views (two thumbnails, one large) audited.
    const answer = await page.request.get(
      new URL(`/console/api/cases/${caseNumber}/pages/1?size=full`, server.url).toString(),
    );
    expect(answer.status()).toBe(200);
    expect(answer.headers()['cache-control']).toBe('no-store');
    expect(answer.headers()['content-type']).toBe('image/jpeg');
    expect((await answer.body()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(auditCount('case.pages')).toBe(4);
    const missing = await page.request.get(
      new URL(`/console/api/cases/${caseNumber}/pages/3`, server.url).toString(),
    );
    expect(missing.status()).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toBe(
      '这一页材料还没有传到服务器',
    );
  });

  it('staff of another hall get 404 for the list and the images, and nothing is audited for them', async () => {
    const { page } = ui;
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForSelector('body[data-screen="login"]');
    await ui.signIn('luocun', PASSWORD);
    const before = auditCount('case.pages');
    for (const url of [
      `/console/api/cases/${caseNumber}/pages`,
      `/console/api/cases/${caseNumber}/pages/1?size=thumb`,
    ]) {
      const answer = await page.request.get(new URL(url, server.url).toString());
      expect(answer.status()).toBe(404);
      expect(answer.headers()['content-type']).toContain('application/json');
    }
    expect(auditCount('case.pages')).toBe(before);
    // Signed out: 401, never an image.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForSelector('body[data-screen="login"]');
    const anonymous = await page.request.get(
      new URL(`/console/api/cases/${caseNumber}/pages/1`, server.url).toString(),
    );
    expect(anonymous.status()).toBe(401);
  });
});
