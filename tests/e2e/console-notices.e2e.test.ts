/**
 * The console's 短信通知 screen (dead-letter list) in Chromium at 1366 × 768, against the district server
 * as its own process on a SQLite file, its notifier pointed at a fake SMS gateway on loopback. A kiosk
 * (the district client over real HTTP) hands in a declaration with a phone number; staff set 已受理 in
 * 办件; the gateway answers 500 to every try until the server's notifier gives up; the notice shows on the
 * screen (case, template, tries, last error, no phone); the gateway recovers, 重新发送 sends it and it
 * leaves the list. Staff of another hall never see it. axe-core WCAG 2.2 AA with zero violations; the
 * server's log holds no personal data.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { APPLICANT } from '../helpers/declaration-values.js';
import { startFakeSmsGateway, type FakeSmsGateway } from '../helpers/fake-sms-gateway.js';
import { findPersonalData, formatFindings } from '../helpers/personal-data-scan.js';
import { serverCli } from '../helpers/server-cli.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { openConsole, type ConsoleBrowser } from './console-browser.js';

const HALL = { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心' };
const OTHER = { code: 'ZCLC01', name: '淄川区罗村镇便民服务中心' };
const PASSWORD = 'e2e-console-pass-3';
const TEMPLATE = 'SMS_CASE_PROGRESS';

describe('console 短信通知: the dead-letter list', { timeout: 180_000 }, () => {
  const tmp = tempDir('console-notices');
  const db = path.join(tmp.dir, 'district.db');
  let gateway: FakeSmsGateway;
  let server: ServerProcess;
  let serverLog = '';
  let ui: ConsoleBrowser;
  let caseNumber = '';

  /** The notice's state in the server's database (read-only). */
  const noticeState = (): string | undefined => {
    const handle = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return handle
        .prepare<[string], { state: string }>(
          'SELECT state FROM progress_notices WHERE case_number = ? ORDER BY id DESC LIMIT 1',
        )
        .get(caseNumber)?.state;
    } finally {
      handle.close();
    }
  };

  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
    gateway.failWith(500);
    await serverCli(db, 'hall', 'create', '--code', HALL.code, '--name', HALL.name);
    await serverCli(db, 'hall', 'create', '--code', OTHER.code, '--name', OTHER.name);
    const hallUser = ['--role', 'hall', '--password', PASSWORD];
    await serverCli(db, 'user', 'create', '--name', 'zhanzhang', ...hallUser, '--hall', HALL.code);
    await serverCli(db, 'user', 'create', '--name', 'luocun', ...hallUser, '--hall', OTHER.code);
    await serverCli(db, 'user', 'create', '--name', 'quzhang', '--role', 'district', '--password', PASSWORD);
    const code = (await serverCli(db, 'code', 'issue', '--hall', HALL.code)).trim();
    server = await startServerProcess({
      db,
      env: {
        DISTRICT_LOG_LEVEL: 'info',
        DISTRICT_SMS_WEBHOOK_URL: gateway.url,
        DISTRICT_SMS_TOKEN: 'e2e-gateway-token',
        DISTRICT_SMS_TEMPLATE: TEMPLATE,
        DISTRICT_SMS_MAX_ATTEMPTS: '2',
        DISTRICT_SMS_BACKOFF_MS: '200',
        DISTRICT_NOTICE_INTERVAL_MS: '200',
      },
    });
    server.child.stdout.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
    server.child.stderr.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));

    const anonymous = new DistrictClient({ baseUrl: `${server.url}/` });
    const kiosk = anonymous.withToken(
      (await anonymous.enroll(code, { appVersion: '0.1.0', hostname: 'e2e' })).deviceToken,
    );
    caseNumber = (
      await kiosk.submit({
        idempotencyKey: randomUUID(),
        kind: 'declaration',
        payload: {
          itemId: 'pension-enroll',
          itemName: '城乡居民基本养老保险参保登记',
          applicant: { name: APPLICANT.name, idNumber: APPLICANT.idNumber },
          values: { name: APPLICANT.name, idNumber: APPLICANT.idNumber, phone: APPLICANT.phone },
        },
      })
    ).caseNumber;
    ui = await openConsole(server.url);
  });

  afterAll(async () => {
    await ui?.close();
    await server?.stop();
    await gateway?.close();
    fs.writeFileSync(outputPath('logs', 'console-notices-server.log'), serverLog);
    tmp.remove();
    const findings = findPersonalData(serverLog, 'district server log');
    if (findings.length > 0) throw new Error(formatFindings(findings));
    expect(serverLog).not.toContain(APPLICANT.phone);
  });

  it('a notice the gateway keeps refusing shows up, is resent after the gateway recovers and leaves the list', async () => {
    const { page } = ui;
    await ui.signIn('zhanzhang', PASSWORD);
    await page.getByRole('link', { name: '短信通知' }).click();
    await page.getByTestId('notices-empty').waitFor();
    await ui.check('notices-empty');

    // 已受理 in 办件: the server queues a notice and its notifier tries the gateway.
    await page.getByRole('link', { name: '办件' }).click();
    await page.getByRole('button', { name: `查看 ${caseNumber}` }).click();
    await page.getByTestId('case-detail').waitFor();
    await page.getByLabel('新状态', { exact: true }).selectOption('已受理');
    await page.getByRole('button', { name: '保存状态' }).click();
    await page.getByText('已设为“已受理”').waitFor();

    // Two tries, both answered 500: the notice goes to the dead-letter list.
    await gateway.received(2);
    await expect.poll(noticeState, { timeout: 30_000 }).toBe('dead');
    expect(gateway.requests.map((r) => r.answered)).toEqual([500, 500]);
    expect(gateway.requests[0]?.body).toEqual({
      templateId: TEMPLATE,
      phone: APPLICANT.phone,
      variables: { caseNumber, itemName: '城乡居民基本养老保险参保登记', status: '已受理' },
    });
    expect(gateway.requests[0]?.auth).toBe('Bearer e2e-gateway-token');

    await page.getByRole('link', { name: '短信通知' }).click();
    const row = page.locator(`[data-testid="dead-notices"] tr[data-case="${caseNumber}"]`);
    await row.waitFor();
    expect(await row.getByTestId('attempts').innerText()).toBe('2 次');
    expect(await row.getByTestId('last-error').innerText()).toBe('短信网关回答 500');
    expect(await row.innerText()).toContain('状态变为“已受理”');
    expect(await row.innerText()).toContain(TEMPLATE);
    const screenText = await page.locator('main').innerText();
    expect(screenText).not.toContain(APPLICANT.phone);
    expect(screenText).not.toContain(APPLICANT.phone.slice(-4));
    await ui.check('notices-dead');

    // The gateway recovers; 重新发送 puts the notice back and the server sends it at once.
    gateway.recover();
    await row.getByRole('button', { name: `重新发送 ${caseNumber} 的通知` }).click();
    await page.getByText(`办件 ${caseNumber} 的通知已重新排队发送`).waitFor();
    await gateway.received(3);
    expect(gateway.requests[2]?.answered).toBe(200);
    await expect.poll(noticeState, { timeout: 30_000 }).toBe('sent');
    await page.getByRole('button', { name: '刷新' }).click();
    await page.getByTestId('notices-empty').waitFor();
    expect(await row.count()).toBe(0);
    await ui.check('notices-resent');
  });

  it('another hall’s staff see none of it; the district sees it in the audit log', async () => {
    const { page } = ui;
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForSelector('body[data-screen="login"]');

    // Make it dead again so there is something another hall could wrongly see.
    gateway.failWith(500);
    await ui.signIn('zhanzhang', PASSWORD);
    await page.getByRole('link', { name: '办件' }).click();
    await page.getByRole('button', { name: `查看 ${caseNumber}` }).click();
    await page.getByLabel('新状态', { exact: true }).selectOption('办理中');
    await page.getByRole('button', { name: '保存状态' }).click();
    await page.getByText('已设为“办理中”').waitFor();
    await gateway.received(5);
    await expect.poll(noticeState, { timeout: 30_000 }).toBe('dead');
    const deadId = await page.evaluate(async () => {
      const answer = (await (await fetch('/console/api/notices?state=dead')).json()) as {
        rows: { id: number }[];
      };
      return answer.rows[0]?.id ?? 0;
    });
    expect(deadId).toBeGreaterThan(0);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForSelector('body[data-screen="login"]');

    await ui.signIn('luocun', PASSWORD);
    await page.getByRole('link', { name: '短信通知' }).click();
    await page.getByTestId('notices-empty').waitFor();
    const refused = await page.evaluate(async (id) => {
      const session = (await (await fetch('/console/api/session')).json()) as { csrf: string };
      const response = await fetch(`/console/api/notices/${id}/retry`, {
        method: 'POST',
        headers: { 'x-csrf-token': session.csrf },
      });
      return response.status;
    }, deadId);
    expect(refused).toBe(404);
    expect(noticeState()).toBe('dead');
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForSelector('body[data-screen="login"]');

    await ui.signIn('quzhang', PASSWORD);
    await page.getByRole('link', { name: '短信通知' }).click();
    const row = page.locator(`[data-testid="dead-notices"] tr[data-notice="${deadId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(HALL.name);
    await ui.check('notices-district');
    await page.getByRole('link', { name: '审计日志' }).click();
    const audit = page.getByTestId('audit');
    await audit.waitFor();
    const retried = audit.locator('tr', { hasText: '重新发送短信通知' });
    expect(await retried.count()).toBe(1);
    expect(await retried.innerText()).toContain('zhanzhang');
    await ui.check('notices-audit');
  });
});
