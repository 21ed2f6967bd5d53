/**
 * Hall admin mode in Chromium on a demo kiosk (simulated devices): the hidden corner and the PIN pad (wrong
 * PIN, tries left, lockout after five), the overview's help-call alert, 大厅信息 with a name the naming rule
 * refuses, 服务时间, 服务事项 changing the home screen, 统计 with its chart, 系统 (change PIN, restart, the
 * audit log).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HelpCall } from '../../src-main/contract/citizen.types.js';
import { enterAdmin, exitAdmin, openTab, tapCorner, typePin, typePinyin } from './admin-helpers.js';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

describe('admin mode on a demo kiosk', () => {
  let kiosk: KioskUnderTest;
  let restarts = 0;

  beforeAll(async () => {
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 900 }, restart: () => restarts++ });
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('the corner opens the PIN pad; a wrong PIN says how many tries are left; the default PIN enters', async () => {
    const { page } = kiosk;
    await tapCorner(page);
    await kiosk.shot('70-admin-pin');
    await typePin(page, '111111');
    expect(await visibleText(page.locator('[data-pin-message="wrong"]'))).toBe(
      '密码不正确，还可以再试 4 次。',
    );
    await kiosk.shot('71-admin-pin-wrong');
    await typePin(page, '123456');
    await page.waitForSelector('body[data-screen="admin"]');
    expect(await visibleText(page.locator('.admin-warning'))).toContain('默认密码');
    await kiosk.shot('72-admin-overview');
  });

  it('概览: a help call is shown prominently until 已处理', async () => {
    const { page, app } = kiosk;
    const call = await app.dispatch('help.call', { screen: 'guide/elder-card' });
    expect(call.ok).toBe(true);
    const row = page.locator(`[data-help-call="${(call as { value: HelpCall }).value.callId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('有群众需要帮助');
    await kiosk.shot('73-admin-overview-help');
    await row.getByRole('button', { name: '已处理' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await visibleText(page.locator('.help-alerts'))).toContain('目前没有群众呼叫');
  });

  it('大厅信息: a name against the naming rule is refused by the field; a good one and a notice are saved', async () => {
    const { page, app } = kiosk;
    await openTab(page, 'hall');
    await kiosk.shot('74-admin-hall');
    await page.locator('[data-admin-field="hallName"] .admin-value').click();
    for (let i = 0; i < 6; i++) await page.locator('.admin-keyboard [data-key="backspace"]').click();
    await page.getByRole('button', { name: '保存' }).click();
    const error = await visibleText(page.locator('[data-admin-field="hallName"] .admin-error'));
    expect(error).toMatch(/^大厅名称：/);
    expect(app.config.get().hallName).toBe('淄川区昆仑镇便民服务中心');
    await kiosk.shot('75-admin-hall-bad-name');

    for (let i = 0; i < 3; i++) await page.locator('.admin-keyboard [data-key="backspace"]').click();
    await typePinyin(page, 'shuangyangzhen', '双杨镇');
    await typePinyin(page, 'bianminfuwuzhongxin', '便民服务中心');
    await page.locator('[data-admin-field="newAnnouncement"] .admin-value').click();
    await typePinyin(page, 'yanglao', '养老保险');
    await typePinyin(page, 'banli', '办理');
    await page.getByRole('button', { name: '添加到最前' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.admin-savebar .ok-message').waitFor();
    expect(app.config.get()).toMatchObject({
      hallName: '淄川区双杨镇便民服务中心',
      announcements: ['养老保险办理'],
    });
    await kiosk.shot('76-admin-hall-saved');
  });

  it('服务时间: a span typed on the keypad is saved; an end before its start is refused', async () => {
    const { page, app } = kiosk;
    await openTab(page, 'hours');
    await page.locator('[data-time="openingHours-0-0-to"]').click();
    for (const d of '1130') await page.locator('.admin-keyboard [data-key="' + d + '"]').click();
    expect(await page.locator('[data-time="openingHours-0-0-to"]').innerText()).toBe('11:30');
    await page.locator('[data-time="openingHours-0-0-from"]').click();
    for (const d of '1200') await page.locator('.admin-keyboard [data-key="' + d + '"]').click();
    await page.getByRole('button', { name: '保存' }).click();
    expect(await visibleText(page.locator('.admin-section .admin-error').first())).toBe(
      '服务时间（周一第 1 段）：结束时间应晚于开始时间',
    );
    await kiosk.shot('77-admin-hours-error');
    await page.locator('[data-time="openingHours-0-0-from"]').click();
    for (const d of '0800') await page.locator('.admin-keyboard [data-key="' + d + '"]').click();
    await page.getByRole('button', { name: '＋ 添加节假日' }).click();
    for (const d of '20261001') await page.locator('.admin-keyboard [data-key="' + d + '"]').click();
    await page.locator('[data-holiday="2026-10-01"]').waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.admin-savebar .ok-message').waitFor();
    expect(app.config.get().openingHours[0]?.[0]).toEqual({ from: '08:00', to: '11:30' });
    expect(app.config.get().holidays).toEqual(['2026-10-01']);
    await kiosk.shot('78-admin-hours');
  });

  it('服务事项: a hidden item leaves the citizen side, a featured one shows on the home screen', async () => {
    const { page, app } = kiosk;
    await openTab(page, 'items');
    await page.locator('[data-visibility="elder-card"]').click();
    await page.locator('[data-feature="dibao-confirm"]').click();
    await page.locator('[data-feature="pension-enroll"]').click();
    await page.locator('[data-featured="pension-enroll"]').getByRole('button', { name: '上移' }).click();
    await kiosk.shot('79-admin-items');
    await page.getByRole('button', { name: '保存' }).first().click();
    await page.locator('.admin-savebar .ok-message').first().waitFor();
    expect(app.config.get()).toMatchObject({
      hiddenItems: ['elder-card'],
      featuredItems: ['pension-enroll', 'dibao-confirm'],
    });

    await exitAdmin(page);
    await page.locator('[data-featured-item="pension-enroll"]').waitFor();
    expect(await page.locator('.featured-item').allInnerTexts()).toEqual([
      '城乡居民基本养老保险参保登记',
      '最低生活保障审核确认',
    ]);
    expect(await visibleText(page.locator('.announcements'))).toContain('养老保险办理');
    expect(await visibleText(page.locator('.hall-name'))).toBe('淄川区双杨镇便民服务中心');
    await kiosk.shot('80-home-featured');
    // The hidden item is not offered for 自助申报.
    await page.locator('.tile', { hasText: '自助申报' }).click();
    await page.waitForSelector('body[data-screen="declare-pick"] .item-row');
    expect(await page.locator('.item-row').allInnerTexts()).not.toContainEqual(
      expect.stringContaining('老年人优待证'),
    );
    await page.getByRole('button', { name: '首页' }).click();
    // A featured tile opens its guide.
    await page.locator('[data-featured-item="dibao-confirm"]').click();
    await page.waitForSelector('body[data-screen="guide"]');
    await page.getByRole('button', { name: '首页' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });

  it('统计: the chart and its data table over the last 30 days', async () => {
    const { page, app } = kiosk;
    const now = Date.now();
    for (let i = 0; i < 30; i++) {
      for (let n = 0; n < (i * 7) % 11; n++)
        app.usage.record('session', null, new Date(now - i * 86_400_000));
      for (let n = 0; n < (i * 5) % 7; n++)
        app.usage.record('guide.view', 'elder-card', new Date(now - i * 86_400_000));
      if (i % 4 === 0) app.usage.record('guide.print', 'elder-card', new Date(now - i * 86_400_000));
      if (i % 6 === 0) app.usage.record('help', null, new Date(now - i * 86_400_000));
    }
    await enterAdmin(page);
    await openTab(page, 'stats');
    const canvas = page.locator('[data-chart="daily"] canvas');
    await canvas.waitFor();
    // Chart.js has drawn: the canvas is no longer blank.
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-chart="daily"] canvas');
      const ctx = c?.getContext('2d');
      if (!c || !ctx || c.width === 0) return false;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
      return false;
    });
    expect(await page.locator('.admin-table tbody tr').count()).toBeGreaterThanOrEqual(30);
    await kiosk.shot('81-admin-stats');
  });

  it('系统: change the PIN, see it in the audit log; restart asks first', async () => {
    const { page } = kiosk;
    await openTab(page, 'system');
    const pad = page.locator('[data-change-pin] .kb-numeric');
    for (const d of '123456246810246810') await pad.locator(`[data-key="${d}"]`).click();
    await page.getByRole('button', { name: '修改密码' }).click();
    await visibleText(page.locator('[data-change-pin] .ok-message'));
    await page.locator('.admin-warning').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '重启终端' }).click();
    await kiosk.shot('82-admin-system-restart-confirm');
    await page.getByRole('button', { name: '确定重启' }).click();
    await page.getByText('正在重启，请稍候').waitFor();
    await expect.poll(() => restarts).toBe(1);

    await openTab(page, 'overview');
    await openTab(page, 'system');
    const audit = await visibleText(page.locator('[data-audit]'));
    for (const what of ['修改密码', '重启', '修改设置', '处理呼叫', '进入失败', '进入管理'])
      expect(audit).toContain(what);
    expect(audit).not.toContain('246810');
    await kiosk.shot('83-admin-system');

    await exitAdmin(page);
    await tapCorner(page);
    await typePin(page, '123456');
    await page.locator('[data-pin-message="wrong"]').waitFor();
    await typePin(page, '246810');
    await page.waitForSelector('body[data-screen="admin"]');
    await exitAdmin(page);
  });
});

describe('admin PIN lockout', () => {
  let kiosk: KioskUnderTest;
  beforeAll(async () => {
    kiosk = await startKioskInBrowser({ config: { idleTimeoutSec: 900 } });
  });
  afterAll(async () => {
    await kiosk?.close();
  });

  it('five wrong PINs lock entry for five minutes, even for the right PIN', async () => {
    const { page } = kiosk;
    await tapCorner(page);
    for (let left = 4; left >= 1; left--) {
      await typePin(page, '999999');
      await page.locator('[data-pin-message="wrong"]', { hasText: `还可以再试 ${left} 次` }).waitFor();
    }
    await typePin(page, '999999');
    expect(await visibleText(page.locator('[data-pin-message="locked"]'))).toBe(
      '管理密码错误次数过多，请 5 分钟后再试。',
    );
    await kiosk.shot('84-admin-pin-locked');
    await typePin(page, '123456');
    await page.locator('[data-pin-message="locked"]').waitFor();
    expect(kiosk.app.admin.isOpen()).toBe(false);
    await page.getByRole('button', { name: '取消' }).click();
    await page.waitForSelector('body[data-screen="home"]');
  });
});
