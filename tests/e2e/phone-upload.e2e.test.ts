/**
 * 从手机上传 end to end: the kiosk in Chromium (portrait, then landscape) against a real district server
 * on loopback, and the citizen's phone as a second Chromium with a phone viewport (390 × 844, touch,
 * mobile). A demo kiosk says the feature needs the network; once enrolled, the materials step's
 * 从手机上传 shows a QR code whose text opens the phone page; the phone uploads 2 photos and the kiosk panel
 * shows 2 thumbnails; the link is refused on the phone once the kiosk closed it, by a second phone, and
 * after 10 minutes; a code a stranger opened first is replaced, their photo dropped and their phone shut out; the session's end closes it and leaves no page on the screen.
 */
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src-server/app.js';
import { phoneJpeg, phonePng } from '../helpers/phone-photos.js';
import { outputPath } from '../helpers/temp-dir.js';
import { startHarness, type Harness } from '../server/server-harness.js';
import { finishAsTechnician } from './district.js';
import {
  CHROMIUM,
  CHROMIUM_FLAGS,
  startKioskInBrowser,
  visibleText,
  type KioskUnderTest,
} from './harness.js';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Home → 自助申报 → 老年人优待证办理 → the demo card → the form filled → 需要准备的材料. */
async function toMaterials(page: Page): Promise<void> {
  await page.locator('.tile', { hasText: '自助申报' }).click();
  await page.waitForSelector('body[data-screen="declare-pick"] .item-row');
  await page.locator('.item-row', { hasText: '老年人优待证办理' }).first().click();
  await page.getByRole('button', { name: '同意并继续' }).click();
  await page.getByRole('heading', { name: '请将身份证放在读卡区' }).waitFor();
  await page.getByRole('button', { name: '放入演示身份证' }).click();
  await page.locator('[data-field="applicantName"]').waitFor({ timeout: 15_000 });
  await page.locator('[data-field="phone"]').click();
  for (const key of '13805331234')
    await page.locator(`[data-input-for="phone"] [data-key="${key}"]`).first().click();
  await page.locator('[data-field="receiveWay"]').click();
  await page.locator('[data-input-for="receiveWay"] button', { hasText: '窗口领取' }).first().click();
  await page.getByRole('button', { name: '填好了，下一步' }).click();
  await page.getByRole('heading', { name: '需要准备的材料' }).waitFor();
}

/** The SVG path QrCode.tsx draws for `text`: the QR on screen is this exact code. */
function qrPath(text: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cells: string[] = [];
  for (let y = 0; y < qr.modules.size; y++)
    for (let x = 0; x < qr.modules.size; x++)
      if (qr.modules.get(x, y)) cells.push(`M${x + 4} ${y + 4}h1v1h-1z`);
  return cells.join('');
}

async function phoneShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: outputPath('screenshots', `${name}.png`), fullPage: true });
}

describe('从手机上传: the kiosk panel and the phone page', () => {
  let kiosk: KioskUnderTest;
  let harness: Harness;
  let server: FastifyInstance;
  let serverUrl: string;
  let phoneBrowser: Browser;
  const phones: BrowserContext[] = [];

  const newPhone = async (): Promise<Page> => {
    const context = await phoneBrowser.newContext({ ...PHONE, locale: 'zh-CN' });
    phones.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    harness = await startHarness();
    harness.clock.now = new Date();
    server = await buildApp({ store: harness.store, now: () => harness.clock.now });
    serverUrl = await server.listen({ host: '127.0.0.1', port: 0 });
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 900 } });
    phoneBrowser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  });

  afterAll(async () => {
    for (const context of phones) await context.close();
    await phoneBrowser?.close();
    await kiosk?.close();
    await server?.close();
    await harness?.close();
  });

  it('a demo kiosk says plainly that phone upload needs the network', async () => {
    const { page } = kiosk;
    await toMaterials(page);
    await kiosk.shot('phone-upload-materials-step');
    // No phone button on a demo kiosk: the step says why, before the citizen taps anything.
    expect(await page.getByRole('button', { name: '从手机上传' }).count()).toBe(0);
    const message = await visibleText(page.locator('.materials-step .material-note'));
    expect(message).toContain('从手机上传需要联网');
    expect(message).toContain('演示终端');
    expect(message).toContain('到窗口再交');
  });

  it('enrolled: the phone opens the QR code’s link, uploads 2 photos, and the kiosk shows 2 thumbnails', async () => {
    const { page, app } = kiosk;
    await app.sync.provision(`${serverUrl}/`, await harness.issueCode());
    await finishAsTechnician(app);
    await app.sync.runRound();

    await page.getByRole('button', { name: '从手机上传' }).first().click();
    const panel = page.getByTestId('phone-upload-panel');
    await panel.and(page.locator('[data-status="open"]')).waitFor();
    const url = (await panel.locator('[data-qr-text]').getAttribute('data-qr-text')) ?? '';
    expect(url).toMatch(new RegExp(`^${serverUrl}/phone/#[A-Za-z0-9_-]{43}$`));
    expect(await panel.locator('svg[role="img"] path').getAttribute('d')).toBe(qrPath(url));
    await kiosk.shot('phone-upload-qr');

    const phone = await newPhone();
    await phone.goto(url);
    await phone.getByText('拍照上传').waitFor();
    const material = (await visibleText(panel.locator('h2'))).replace('用手机上传：', '');
    expect(await visibleText(phone.locator('.material'))).toBe(`材料：${material}`);
    await phoneShot(phone, 'phone-page-portrait');
    await phone.setViewportSize({ width: 844, height: 390 });
    await phoneShot(phone, 'phone-page-landscape');
    await phone.setViewportSize(PHONE.viewport);
    // The kiosk hears that the phone opened the link.
    await panel.locator('.phone-upload-claimed').waitFor();

    const camera = phone.locator('input[capture="environment"]');
    expect(await camera.getAttribute('accept')).toBe('image/*');
    expect(await camera.evaluate((input) => (input as HTMLInputElement).multiple)).toBe(true);
    await camera.setInputFiles([
      { name: 'page-1.jpg', mimeType: 'image/jpeg', buffer: await phoneJpeg(1200, 900, 240) },
      { name: 'page-2.png', mimeType: 'image/png', buffer: await phonePng(600, 800, 225) },
    ]);
    await phone.getByText('已上传 2 页').waitFor();
    expect(await phone.locator('.upload.ok').count()).toBe(2);
    await phoneShot(phone, 'phone-page-uploaded');

    await page.locator('[data-testid="phone-thumbnail"]').nth(1).waitFor();
    expect(await page.locator('[data-testid="phone-thumbnail"]').count()).toBe(2);
    // Drawn from in-memory object URLs (the page's CSP must allow blob: images).
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid="phone-thumbnail"]')].every(
        (img) => img.complete && img.naturalWidth > 0 && img.src.startsWith('blob:'),
      ),
    );
    expect(await visibleText(panel.locator('.phone-upload-count'))).toBe('已收到 2 页');
    const pages = app.session.data()?.get('materials.pages') as Map<string, { source: string }> | undefined;
    expect([...(pages?.values() ?? [])].map((p) => p.source)).toEqual(['phone', 'phone']);
    await kiosk.shot('phone-upload-2-pages');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await kiosk.shot('phone-upload-2-pages-landscape');

    // A second phone scanning the same code is refused.
    const other = await newPhone();
    await other.goto(url);
    await other.getByText('已经在另一部手机上打开').waitFor();

    // 完成 closes the link: the phone is refused when it tries again.
    await panel.getByRole('button', { name: '完成（已收到 2 页）' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1080, height: 1920 });
    await phone.reload();
    await phone.getByText('已经关闭').waitFor();
    await phoneShot(phone, 'phone-page-closed');
  });

  it('a code another phone opened first: the code goes; 不是我的照片 drops its photo and shuts it out', async () => {
    const { page, app } = kiosk;
    const phonePages = (): number => {
      const pages = app.session.data()?.get('materials.pages') as Map<string, { source: string }> | undefined;
      return [...(pages?.values() ?? [])].filter((p) => p.source === 'phone').length;
    };
    const before = phonePages();
    await page.getByRole('button', { name: '从手机上传' }).first().click();
    const panel = page.getByTestId('phone-upload-panel');
    await panel.and(page.locator('[data-status="open"]')).waitFor();
    const url = (await panel.locator('[data-qr-text]').getAttribute('data-qr-text')) ?? '';
    // Someone behind the citizen photographs the code and opens it first.
    const stranger = await newPhone();
    await stranger.goto(url);
    await stranger.getByText('拍照上传').waitFor();
    await panel.getByTestId('phone-upload-not-mine').waitFor();
    expect(await panel.locator('[data-qr-text]').count()).toBe(0);
    expect(await panel.getByRole('button', { name: '换一个二维码' }).count()).toBe(1);
    await kiosk.shot('phone-upload-claimed');
    // Their photo arrives on the kiosk; the citizen says it is not theirs.
    await stranger
      .locator('input[capture="environment"]')
      .setInputFiles([{ name: 'x.jpg', mimeType: 'image/jpeg', buffer: await phoneJpeg() }]);
    await page.locator('[data-testid="phone-thumbnail"]').waitFor();
    expect(phonePages()).toBe(before + 1);
    await kiosk.shot('phone-upload-not-mine');
    await panel.getByRole('button', { name: '不是我的照片' }).click();
    await panel.locator('[data-qr-text]').waitFor();
    const fresh = (await panel.locator('[data-qr-text]').getAttribute('data-qr-text')) ?? '';
    expect(fresh).not.toBe(url);
    expect(phonePages()).toBe(before);
    expect(await page.locator('[data-testid="phone-thumbnail"]').count()).toBe(0);
    // The stranger's next photo is refused; the citizen's phone opens the new code.
    await stranger
      .locator('input[capture="environment"]')
      .setInputFiles([{ name: 'y.jpg', mimeType: 'image/jpeg', buffer: await phoneJpeg() }]);
    await stranger.getByText('已经关闭').first().waitFor();
    const mine = await newPhone();
    await mine.goto(fresh);
    await mine.getByText('拍照上传').waitFor();
    await panel.locator('.phone-upload-claimed').waitFor();
    expect(phonePages()).toBe(before);
    await panel.getByRole('button', { name: '不用了，返回' }).click();
    await panel.waitFor({ state: 'detached' });
  });

  it('a link is refused on the phone after 10 minutes, and the kiosk offers a new code', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: '从手机上传' }).first().click();
    const panel = page.getByTestId('phone-upload-panel');
    await panel.and(page.locator('[data-status="open"]')).waitFor();
    const url = (await panel.locator('[data-qr-text]').getAttribute('data-qr-text')) ?? '';
    const phone = await newPhone();
    await phone.goto(url);
    await phone.getByText('拍照上传').waitFor();

    harness.clock.now = new Date(harness.clock.now.getTime() + 10 * 60_000 + 1000);
    await phone
      .locator('input[capture="environment"]')
      .setInputFiles([{ name: 'late.jpg', mimeType: 'image/jpeg', buffer: await phoneJpeg() }]);
    await phone.getByText('已过期').first().waitFor();
    await phoneShot(phone, 'phone-page-expired');
    await panel.and(page.locator('[data-status="expired"]')).waitFor();
    await kiosk.shot('phone-upload-expired');

    harness.clock.now = new Date();
    await panel.getByRole('button', { name: '重新生成二维码' }).click();
    await panel.and(page.locator('[data-status="open"]')).waitFor();
    expect(await panel.locator('[data-qr-text]').getAttribute('data-qr-text')).not.toBe(url);
    await panel.getByRole('button', { name: '不用了，返回' }).click();
    await panel.waitFor({ state: 'detached' });
  });
  it('the session’s end closes the link on the server and leaves no page on the screen or in memory', async () => {
    const { page, app } = kiosk;
    await page.getByRole('button', { name: '从手机上传' }).first().click();
    const panel = page.getByTestId('phone-upload-panel');
    await panel.and(page.locator('[data-status="open"]')).waitFor();
    const url = (await panel.locator('[data-qr-text]').getAttribute('data-qr-text')) ?? '';
    const phone = await newPhone();
    await phone.goto(url);
    await phone
      .locator('input[capture="environment"]')
      .setInputFiles([{ name: 'p.jpg', mimeType: 'image/jpeg', buffer: await phoneJpeg() }]);
    const thumbnail = page.locator('[data-testid="phone-thumbnail"]');
    await thumbnail.waitFor();
    const blobUrl = (await thumbnail.getAttribute('src')) ?? '';
    expect(blobUrl).toMatch(/^blob:/);

    // The idle timeout ends the session while the panel is open.
    app.session.end('idle');
    await page.waitForSelector('body[data-screen="home"]');
    expect(
      await page.locator('[data-testid="phone-upload-panel"], [data-testid="phone-thumbnail"]').count(),
    ).toBe(0);
    expect(await page.content()).not.toContain(blobUrl);
    // The object URL was revoked: its bytes are gone from the page.
    expect(
      await page.evaluate(
        (src) =>
          fetch(src).then(
            () => 'readable',
            () => 'revoked',
          ),
        blobUrl,
      ),
    ).toBe('revoked');
    expect(app.session.data()).toBeUndefined();
    await expect.poll(() => harness.count('phone_pages')).toBe(0);
    await phone.reload();
    await phone.getByText('已经关闭').waitFor();
  });
});
