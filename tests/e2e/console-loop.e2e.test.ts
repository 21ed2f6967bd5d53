/**
 * The district console end to end, across processes: the district server runs as its own process — once
 * on a SQLite file, once on PostgreSQL — (set up with the CLI: hall, staff users, enrollment code), a kiosk
 * (built web shell + Chromium) enrolled with it, and the console in a second Chromium at 1366 × 768.
 * - 呼叫工作人员 at the kiosk → the call appears on the console's 呼叫帮办 (server-sent events) with a ring →
 *   接单 → the kiosk shows 工作人员马上到 (its long poll of GET /v1/help/:callId);
 * - a declaration → 已受理 in the console's 办件 → the kiosk's 进度查询 shows 已受理;
 * - the district's 审计日志 lists the view of the applicant's data and the change;
 * - 设备 with 5,000 kiosks (SQLite run: the fleet is written straight into the file).
 * Every console screen passes axe-core WCAG 2.2 AA with zero violations and is photographed; the server's
 * log holds no personal data.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validValues } from '../helpers/declaration-values.js';
import { findPersonalData, formatFindings } from '../helpers/personal-data-scan.js';
import { freshDatabase, sharedPostgres, type PgDatabase } from '../helpers/postgres.js';
import { createHallWithStaff, serverCli } from '../helpers/server-cli.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { openConsole, type ConsoleBrowser } from './console-browser.js';
import { finishAsTechnician } from './district.js';
import { startKioskInBrowser, visibleText, type KioskUnderTest } from './harness.js';

const HALL = { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心' };
const PASSWORD = 'e2e-console-pass-1';

async function tap(page: Page, keys: string): Promise<void> {
  for (const key of keys) await page.locator(`.query-keyboard [data-key="${key.toLowerCase()}"]`).click();
}

describe.each(['sqlite', 'postgres'] as const)(
  'district console and kiosk, one loop (%s)',
  { timeout: 240_000 },
  (kind) => {
    const tmp = tempDir(`console-e2e-${kind}`);
    let db = path.join(tmp.dir, 'district.db');
    let pgDatabase: PgDatabase | undefined;
    let server: ServerProcess;
    let serverLog = '';
    let kiosk: KioskUnderTest;
    let consoleUi: ConsoleBrowser;
    const figures: Record<string, number> = {};
    /** Screenshot names of the SQLite run stay as they were; the PostgreSQL run's carry its name. */
    const named = (name: string): string => (kind === 'sqlite' ? name : `${name}-${kind}`);
    const shot = (name: string): Promise<string> => consoleUi.check(named(name));

    beforeAll(async () => {
      if (kind === 'postgres') {
        pgDatabase = await freshDatabase(await sharedPostgres());
        db = pgDatabase.url;
      }
      await createHallWithStaff(db, HALL, PASSWORD, { district: true });
      const code = (await serverCli(db, 'code', 'issue', '--hall', HALL.code)).trim();
      server = await startServerProcess({ db, env: { DISTRICT_LOG_LEVEL: 'info' } });
      server.child.stdout.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
      server.child.stderr.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));

      // Staff are at the hall whatever day and hour the test runs: a closed hall's kiosk rightly says so.
      const allDay = Array.from({ length: 7 }, () => [{ from: '00:00', to: '23:59' }]);
      kiosk = await startKioskInBrowser({
        config: { idleTimeoutSec: 900, openingHours: allDay, holidays: [] },
      });
      await kiosk.app.sync.provision(`${server.url}/`, code);
      await finishAsTechnician(kiosk.app);
      await kiosk.app.sync.runRound();
      kiosk.app.sync.start();
      consoleUi = await openConsole(server.url);
    });

    afterAll(async () => {
      await consoleUi?.close();
      await kiosk?.close();
      await server?.stop();
      fs.writeFileSync(outputPath('logs', `console-e2e-${kind}-server.log`), serverLog);
      await pgDatabase?.drop();
      tmp.remove();
      const findings = findPersonalData(serverLog, 'district server log');
      if (findings.length > 0) throw new Error(formatFindings(findings));
      fs.writeFileSync(
        outputPath(kind === 'sqlite' ? 'console-e2e-figures.json' : `console-e2e-${kind}-figures.json`),
        JSON.stringify(figures, null, 2),
      );
    });

    it('呼叫工作人员 → the console shows it and rings → 接单 → the kiosk shows 工作人员马上到', async () => {
      const { page } = consoleUi;
      await shot('login');
      await consoleUi.signIn('zhanzhang', PASSWORD);
      await page.getByText('现在没有待处理的呼叫。').waitFor();
      await page.locator('.live-on').waitFor();
      await shot('help-empty');

      await kiosk.page.waitForSelector('body[data-screen="home"]');
      const pressed = Date.now();
      await kiosk.page.locator('.home-footer [data-help-button]').click();
      const row = page.locator('[data-testid="help-open"] tr[data-call-id]');
      await row.waitFor();
      const shown = Date.now();
      // When the server received the call (its calledAt): the two legs of the latency.
      const calledAt = await page.evaluate(async () => {
        const answer = (await (await fetch('/console/api/help')).json()) as { calls: { calledAt: string }[] };
        return Date.parse(answer.calls[0]?.calledAt ?? '');
      });
      figures['helpCallKioskToConsoleMs'] = shown - pressed;
      figures['helpCallKioskToServerMs'] = calledAt - pressed;
      figures['helpCallServerToConsoleMs'] = shown - calledAt;
      await page.waitForSelector('body[data-rings="1"]');
      expect(await row.locator('td').nth(4).innerText()).toBe('等待接单');
      expect(await row.locator('td').nth(1).innerText()).toBe(HALL.name);
      await shot('help-call');

      const kioskPanel = kiosk.page.getByTestId('help-panel');
      expect(await visibleText(kioskPanel.locator('h2'))).toBe('已通知工作人员');
      await kiosk.page.getByRole('button', { name: '好的' }).click();
      await kioskPanel.waitFor({ state: 'detached' });

      await row.getByRole('button', { name: '接单' }).click();
      await page.getByText('zhanzhang 已接单').waitFor();
      await shot('help-accepted');

      const accepted = kiosk.page.locator('[data-testid="help-panel"][data-help-accepted="true"]');
      await accepted.waitFor();
      expect(await visibleText(accepted.locator('h2'))).toBe('工作人员马上到');
      await kiosk.shot(named('console-loop-kiosk-accepted'));
      await kiosk.page.getByRole('button', { name: '好的' }).click();
    });

    it('a declaration → 已受理 in 办件 → the kiosk’s 进度查询 shows 已受理', async () => {
      const { app } = kiosk;
      await app.dispatch('session.activity', {});
      const declared = await app.dispatch('declaration.submit', {
        itemId: 'pension-enroll',
        consent: true,
        identityMethod: 'card',
        values: validValues(app.catalog),
      });
      if (!declared.ok) throw new Error(`declaration refused: ${declared.error.message}`);
      const number = (declared.value as { localNumber: string }).localNumber;
      await app.dispatch('session.end', { reason: 'done' });
      await app.sync.runRound(['outbox']);
      const caseNumber = app.outbox.byLocalNumber(number)?.caseNumber;
      if (!caseNumber) throw new Error('the declaration did not reach the district server');

      const { page } = consoleUi;
      await page.getByRole('link', { name: '办件' }).click();
      const row = page.locator(`[data-testid="cases"] tr[data-case="${caseNumber}"]`);
      await row.waitFor();
      expect(await row.locator('td').nth(4).innerText()).toBe('已提交');
      await shot('cases');

      await page.getByLabel('状态', { exact: true }).selectOption('已提交');
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByText('共 1 件，第 1 / 1 页').waitFor();

      await row.getByRole('button', { name: `查看 ${caseNumber}` }).click();
      const detail = page.getByTestId('case-detail');
      await detail.waitFor();
      expect(await detail.innerText()).toContain('城乡居民基本养老保险参保登记');
      await shot('case-detail');

      await page.getByLabel('新状态', { exact: true }).selectOption('已受理');
      await page.getByLabel(/说明/).fill('材料齐全，已受理');
      await page.getByRole('button', { name: '保存状态' }).click();
      await page.getByText('已设为“已受理”').waitFor();
      expect(await page.getByTestId('case-status').innerText()).toBe('已受理');
      await shot('case-status-set');

      // The citizen asks at the kiosk by 申报编号 and the ID's last four characters.
      const k = kiosk.page;
      await k.waitForSelector('body[data-screen="home"]');
      await k.locator('.tile', { hasText: '进度查询' }).click();
      await k.getByRole('button', { name: /输入申报编号查询/ }).click();
      await k.locator('[data-query-field="number"]').click();
      await k.locator('.query-keyboard [data-key="clear"]').click();
      await tap(k, number);
      await k.locator('[data-query-field="digits"]').click();
      await k.locator('.query-keyboard [data-key="clear"]').click();
      await tap(k, '0029');
      await k.getByRole('button', { name: '查询', exact: true }).click();
      const card = k.locator(`.case-card[data-case="${number}"]`);
      await card.waitFor();
      const current = card.locator('.timeline-step[aria-current="step"]');
      expect(await current.innerText()).toContain('已受理');
      expect(await card.innerText()).toContain('材料齐全，已受理');
      await kiosk.shot(named('console-loop-kiosk-progress'));
    });

    it('the district reads the audit log: the view of personal data and the change', async () => {
      const { page } = consoleUi;
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForSelector('body[data-screen="login"]');
      await consoleUi.signIn('quzhang', PASSWORD);
      await page.getByRole('link', { name: '审计日志' }).click();
      const table = page.getByTestId('audit');
      await table.waitFor();
      const text = await table.innerText();
      expect(text).toContain('查看办件（个人信息）');
      expect(text).toContain('更新办件状态');
      expect(text).toContain('呼叫接单');
      expect(text).not.toContain('370302');
      await shot('audit');
    });

    it.skipIf(kind !== 'sqlite')(
      '设备 with 5,000 kiosks: time to interactive, the 需要处理 filter, an enrollment code as text and QR',
      async () => {
        const sqlite = new Database(db);
        try {
          const now = new Date().toISOString();
          sqlite.exec(`
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
        INSERT INTO devices (id, hall_code, token_hash, info, enrolled_at, heartbeat_at, heartbeat_app_version,
                             heartbeat_outbox_depth, heartbeat_catalog_version, heartbeat_health)
        SELECT printf('kiosk-fleet-%05d', i), '${HALL.code}', printf('fleet-hash-%05d', i),
               printf('{"hostname":"zc-%05d"}', i), '2026-11-01T00:00:00.000Z',
               CASE WHEN i % 25 = 0 THEN '2026-11-20T00:00:00.000Z' ELSE '${now}' END, '0.2.0', i % 3, 1,
               CASE WHEN i % 40 = 1 THEN '{"printer":{"state":"paper-out","paper":"out"}}' ELSE '{}' END
          FROM n`);
        } finally {
          sqlite.close();
        }
        const { page } = consoleUi;
        await page.evaluate(() => delete document.body.dataset['devicesReady']);
        const started = Date.now();
        await page.getByRole('link', { name: '设备' }).click();
        await page.waitForSelector('body[data-devices-ready]');
        await page.locator('[data-testid="devices"] tbody tr').first().waitFor();
        figures['fleetPage5000TimeToInteractiveMs'] = Date.now() - started;
        expect(await page.locator('[data-testid="devices"] tbody tr').count()).toBe(50);
        expect(await page.getByRole('status').filter({ hasText: '共' }).innerText()).toContain('共 5001 台');
        await shot('devices');

        await page.getByLabel('只看需要处理').check();
        await page
          .getByText(/共 \d+ 台/)
          .filter({ hasNotText: '5001' })
          .waitFor();
        expect(await page.locator('[data-testid="devices"] tbody tr.row-alert').count()).toBe(50);
        await shot('devices-attention');

        await page.getByRole('button', { name: '签发注册码' }).click();
        const code = page.getByTestId('code-text');
        await code.waitFor();
        expect(await code.innerText()).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
        await shot('devices-code');
      },
    );
  },
);
