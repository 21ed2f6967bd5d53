/**
 * 材料采集 with the document camera in Chromium: a fake camera fed from a Y4M file of a rendered A4 page
 * on a dark desk. The page lies still, so the 3-second automatic photo takes the first page; 拍照 takes
 * two more; 旋转, 删除 and 重拍 (in place) work on the thumbnails; the declaration seals the 3 pages in the outbox.
 * When the session ends nothing of the pages is left: no page bytes or thumbnails in the DOM, every
 * object URL revoked, and in the data folder only sealed rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentsRepository } from '../../src-main/store/attachments.repository.js';
import { writeA4Y4m } from '../helpers/a4-frame.js';
import { tempDir } from '../helpers/temp-dir.js';
import { enterAdmin, exitAdmin, openTab } from './admin-helpers.js';
import { choose, openField, pickItem, tapKeys } from './form-input.js';
import { startKioskInBrowser, TEST_PERSON, type KioskUnderTest } from './harness.js';

const MATERIAL = '近期一寸免冠彩色照片';

/** Counts the page's object URLs: made, revoked, and those still live. */
function trackObjectUrls(): void {
  const live = new Set<string>();
  const stats = { created: 0, revoked: 0, live };
  (window as unknown as { __objectUrls: typeof stats }).__objectUrls = stats;
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource): string => {
    const url = create(object);
    stats.created++;
    live.add(url);
    return url;
  };
  URL.revokeObjectURL = (url: string): void => {
    if (live.delete(url)) stats.revoked++;
    revoke(url);
  };
}

const objectUrls = (page: Page): Promise<{ created: number; revoked: number; live: number }> =>
  page.evaluate(() => {
    const s = (window as unknown as { __objectUrls: { created: number; revoked: number; live: Set<string> } })
      .__objectUrls;
    return { created: s.created, revoked: s.revoked, live: s.live.size };
  });

/** The thumbnails shown, once each has its picture. */
async function thumbnails(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.page-thumb img')];
      return (
        document.querySelectorAll('.page-thumb').length === n &&
        images.length === n &&
        images.every((img) => img.complete && img.naturalWidth > 0)
      );
    },
    count,
    { timeout: 30_000 },
  );
}

describe('材料采集 with the document camera', () => {
  let kiosk: KioskUnderTest;
  const video = tempDir('fake-camera');

  beforeAll(async () => {
    const file = path.join(video.dir, 'a4-page.y4m');
    await writeA4Y4m(file);
    kiosk = await startKioskInBrowser({
      chromiumArgs: [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${file}`,
      ],
    });
    await kiosk.context.addInitScript(trackObjectUrls);
    await kiosk.page.reload();
    await kiosk.page.waitForSelector('body[data-ready="catalog"]');
  });

  afterAll(async () => {
    await kiosk?.close();
    video.remove();
  });

  it('captures 3 pages (one by itself), turns, deletes and retakes, seals them at submit, and wipes them after', async () => {
    const { page, app } = kiosk;
    await pickItem(page, '老年人优待证办理');
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    await page.locator('[data-field="applicantName"]').waitFor({ timeout: 15_000 });
    await tapKeys(page, 'phone', TEST_PERSON.phone);
    await openField(page, 'receiveWay');
    await choose(page, 'receiveWay', '窗口领取');
    await page.getByRole('button', { name: '填好了，下一步' }).click();

    const material = page.locator(`[data-material="${MATERIAL}"]`);
    expect(await material.locator('[data-material-state]').innerText()).toBe('到窗口再交');
    // Phone upload is not offered while its panel is absent.
    expect(await page.getByRole('button', { name: '从手机上传' }).count()).toBe(0);
    await kiosk.shot('materials-step');

    await material.locator('[data-material-camera]').click();
    await page.waitForSelector('[data-camera="live"]', { timeout: 30_000 });
    // The page lies still: the automatic photo takes it without a tap.
    await thumbnails(page, 1);
    const shoot = page.locator('[data-camera-shoot]');
    for (const n of [2, 3]) {
      await shoot.click();
      await thumbnails(page, n);
    }
    await kiosk.shot('materials-camera');

    const before = (await app.dispatch('materials.pages', {})) as {
      ok: true;
      value: Array<{ pageId: string; width: number; height: number }>;
    };
    const first = before.value[0]!;
    await page.locator(`[data-page="${first.pageId}"]`).getByRole('button', { name: '旋转' }).click();
    await page.waitForFunction(
      (id) => document.querySelector(`[data-page="${id}"] img`)?.getAttribute('src') !== null,
      first.pageId,
    );
    await expect
      .poll(async () => {
        const now = (await app.dispatch('materials.pages', {})) as { ok: true; value: typeof before.value };
        return now.value.find((p) => p.pageId === first.pageId)?.width;
      })
      .toBe(first.height);
    await page.locator(`[data-page="${first.pageId}"]`).getByRole('button', { name: '删除' }).click();
    await thumbnails(page, 2);
    const second = before.value[1]!;
    const third = before.value[2]!;
    await page.locator(`[data-page="${second.pageId}"]`).getByRole('button', { name: '重拍' }).click();
    await page.locator(`[data-page="${second.pageId}"]`).waitFor({ state: 'detached' });
    await thumbnails(page, 2);
    // 重拍 puts the new page where the old one was: first, before the third page, on screen and in main.
    const retaken = (await app.dispatch('materials.pages', {})) as {
      ok: true;
      value: Array<{ pageId: string }>;
    };
    expect(retaken.value.map((p) => p.pageId)).toHaveLength(2);
    expect(retaken.value[0]!.pageId).not.toBe(second.pageId);
    expect(retaken.value[1]!.pageId).toBe(third.pageId);
    expect(
      await page
        .locator('.page-thumb')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-page'))),
    ).toEqual(retaken.value.map((p) => p.pageId));
    expect(await page.locator('.page-thumb .page-no').first().innerText()).toBe('第 1 页');
    await shoot.click();
    await thumbnails(page, 3);

    // The pages as main holds them: the bytes the outbox must seal, and never show in the clear.
    const held = (await app.dispatch('materials.pages', {})) as {
      ok: true;
      value: Array<{ pageId: string }>;
    };
    const jpegs: Buffer[] = [];
    for (const p of held.value) {
      const answer = (await app.dispatch('materials.page', { pageId: p.pageId })) as {
        ok: true;
        value: { jpeg: string };
      };
      jpegs.push(Buffer.from(answer.value.jpeg, 'base64'));
    }

    await page.locator('[data-camera-done]').click();
    expect(await material.locator('[data-material-state]').innerText()).toBe('已拍 3 页，随申请提交');
    await page.getByRole('button', { name: '下一步（已拍 3 页）' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.locator('.done-status').first().waitFor();

    const row = app.outbox.oldestPending(5).find((r) => r.kind === 'declaration')!;
    expect(row.summary['pages']).toBe(3);
    const attachments = new AttachmentsRepository(app.db, app.deviceKey);
    const sealed = attachments.ofOutbox(row.id);
    expect(sealed).toHaveLength(3);
    sealed.forEach((a, i) => expect(attachments.page(a.id)?.equals(jpegs[i]!)).toBe(true));

    // The session ends: pages gone from main, the screen and the page's memory-backed URLs.
    const urlsBefore = await objectUrls(page);
    expect(urlsBefore.created).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: '完成' }).first().click();
    await page.waitForSelector('body[data-screen="home"]');
    const html = await page.content();
    expect(html).not.toContain('blob:');
    expect(html).not.toMatch(/data:image\/jpeg/);
    expect(await objectUrls(page)).toMatchObject({ live: 0 });
    expect(app.session.data()).toBeUndefined();

    app.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of fs.readdirSync(kiosk.dataDir, { recursive: true }) as string[]) {
      const full = path.join(kiosk.dataDir, file);
      if (!fs.statSync(full).isFile()) continue;
      const bytes = fs.readFileSync(full);
      for (const jpeg of jpegs) expect(bytes.includes(jpeg.subarray(400, 464))).toBe(false);
    }
  });

  it('shows the camera panel in landscape too', async () => {
    const { page } = kiosk;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await pickItem(page, '老年人优待证办理');
    await page.getByRole('button', { name: '同意并继续' }).click();
    await page.getByRole('button', { name: '放入演示身份证' }).click();
    await page.locator('[data-field="applicantName"]').waitFor({ timeout: 15_000 });
    await tapKeys(page, 'phone', TEST_PERSON.phone);
    await openField(page, 'receiveWay');
    await choose(page, 'receiveWay', '窗口领取');
    await page.getByRole('button', { name: '填好了，下一步' }).click();
    await page.locator(`[data-material="${MATERIAL}"]`).waitFor();
    await kiosk.shot('materials-step-landscape');
    await page.locator(`[data-material="${MATERIAL}"] [data-material-camera]`).click();
    await page.waitForSelector('[data-camera="live"]', { timeout: 30_000 });
    await thumbnails(page, 1);
    await kiosk.shot('materials-camera-landscape');
    await page.getByRole('button', { name: /拍好了/ }).click();
    await page.locator(`[data-material="${MATERIAL}"]`).waitFor();
    await kiosk.app.dispatch('session.end', { reason: 'exit' });
    await page.waitForSelector('body[data-screen="home"]');
    expect(await objectUrls(page)).toMatchObject({ live: 0 });
  });

  it('admin 设备 lists the cameras, saves the choice and resolution, and test capture opens the camera', async () => {
    const { page, app } = kiosk;
    await page.setViewportSize({ width: 1080, height: 1920 });
    await enterAdmin(page);
    await openTab(page, 'devices');
    await page.locator('[data-camera-test]').click();
    await page.locator('[data-camera-message]', { hasText: '高拍仪正常' }).waitFor({ timeout: 30_000 });
    // Opened once, the camera list has the fake camera by its name.
    const fake = page.locator('[data-camera-choice]:not([data-camera-choice="default"])').first();
    await fake.waitFor();
    await fake.click();
    await page.locator('[data-camera-message]', { hasText: '已保存' }).waitFor();
    await page.getByRole('button', { name: '1280×720' }).click();
    await expect
      .poll(() => app.dispatch('materials.camera', {}))
      .toMatchObject({
        ok: true,
        value: { width: 1280, height: 720 },
      });
    const saved = (await app.dispatch('materials.camera', {})) as { ok: true; value: { deviceId: string } };
    expect(saved.value.deviceId).not.toBe('');
    await page.locator('[data-camera-test]').click();
    await page
      .locator('[data-camera-message]', { hasText: '高拍仪正常，画面 1280×720' })
      .waitFor({ timeout: 30_000 });
    await page.locator('.camera-test').scrollIntoViewIfNeeded();
    await kiosk.shot('admin-devices-camera');
    expect(app.audit.recent().some((e) => e.detail.includes('高拍仪') && e.detail.includes('1280×720'))).toBe(
      true,
    );
    await exitAdmin(page);
  });
});
