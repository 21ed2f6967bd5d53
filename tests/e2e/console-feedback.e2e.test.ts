/**
 * The console's 好差评, 投诉建议, 预约 and 事项目录 screens (and 办件's detail) in Chromium at 1366 × 768,
 * against the district server as its own process — once on a SQLite file and once on PostgreSQL. A kiosk
 * (the district client over real HTTP on loopback) hands in a declaration, ratings, a 差评 and a complaint
 * and books a slot; staff then record 回访 and 整改, answer the complaint (the kiosk's lookup reads the
 * reply), edit slots and a holiday, and the district previews and publishes a catalog upload. Every screen
 * passes axe-core WCAG 2.2 AA with zero violations and is photographed; the server's log holds no personal
 * data.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { loadDemoCatalog } from '../helpers/demo-catalog.js';
import { APPLICANT } from '../helpers/declaration-values.js';
import { findPersonalData, formatFindings } from '../helpers/personal-data-scan.js';
import { freshDatabase, sharedPostgres, type PgDatabase } from '../helpers/postgres.js';
import { createHallWithStaff, serverCli } from '../helpers/server-cli.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { openConsole, type ConsoleBrowser } from './console-browser.js';

const HALL = { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心' };
const PASSWORD = 'e2e-console-pass-2';

/** China date `days` from today. */
const chinaDay = (days: number): string =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe.each(['sqlite', 'postgres'] as const)(
  'console feedback screens (%s)',
  { timeout: 240_000 },
  (kind) => {
    const tmp = tempDir(`console-feedback-${kind}`);
    let db = path.join(tmp.dir, 'district.db');
    let pgDatabase: PgDatabase | undefined;
    let server: ServerProcess;
    let serverLog = '';
    let ui: ConsoleBrowser;
    let kiosk: DistrictClient;
    const numbers = { declaration: '', poor: '', complaint: '' };
    const shots: string[] = [];

    /** One statement on the server's database, whichever store. */
    async function sql(statement: string, params: (string | number)[]): Promise<void> {
      if (kind === 'sqlite') {
        const handle = new Database(db);
        try {
          handle.prepare(statement).run(...params);
        } finally {
          handle.close();
        }
        return;
      }
      const client = new pg.Client({ connectionString: db });
      await client.connect();
      try {
        let n = 0;
        await client.query(
          statement.replace(/\?/g, () => `$${++n}`),
          params,
        );
      } finally {
        await client.end();
      }
    }

    beforeAll(async () => {
      if (kind === 'postgres') {
        pgDatabase = await freshDatabase(await sharedPostgres());
        db = pgDatabase.url;
      }
      await createHallWithStaff(db, HALL, PASSWORD, { district: true });
      const v1 = path.join(tmp.dir, 'catalog-v1.json');
      fs.writeFileSync(v1, JSON.stringify(loadDemoCatalog()));
      await serverCli(db, 'catalog', 'publish', v1);
      const code = (await serverCli(db, 'code', 'issue', '--hall', HALL.code)).trim();
      server = await startServerProcess({ db, env: { DISTRICT_LOG_LEVEL: 'info' } });
      server.child.stdout.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
      server.child.stderr.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));

      const anonymous = new DistrictClient({ baseUrl: `${server.url}/` });
      kiosk = anonymous.withToken(
        (await anonymous.enroll(code, { appVersion: '0.1.0', hostname: 'e2e' })).deviceToken,
      );
      const submit = async (
        kindOf: 'declaration' | 'rating' | 'complaint',
        payload: Record<string, unknown>,
      ) => (await kiosk.submit({ idempotencyKey: randomUUID(), kind: kindOf, payload })).caseNumber;
      numbers.declaration = await submit('declaration', {
        itemId: 'pension-enroll',
        itemName: '城乡居民基本养老保险参保登记',
        applicant: { name: APPLICANT.name, idNumber: APPLICANT.idNumber },
        values: {
          name: APPLICANT.name,
          idNumber: APPLICANT.idNumber,
          phone: APPLICANT.phone,
          householdVillage: '磁村',
          insuredType: '普通居民',
        },
      });
      const rated = await submit('declaration', { itemName: '临时救助' });
      await submit('rating', { target: { caseNumber: numbers.declaration }, level: 5 });
      await submit('rating', { target: { hallVisit: true }, level: 4 });
      numbers.poor = await submit('rating', {
        target: { caseNumber: rated },
        level: 1,
        reasons: ['办事程序是否便利'],
        comment: '材料要求没有一次说清',
      });
      // A 差评 handed in five weeks ago, nobody acted: overdue on both clocks.
      const longAgo = new Date(Date.now() - 35 * 86_400_000).toISOString();
      await sql('UPDATE submissions SET received_at = ? WHERE case_number = ?', [longAgo, numbers.poor]);
      await sql('UPDATE followups SET due_date = ? WHERE case_number = ?', [chinaDay(-28), numbers.poor]);
      numbers.complaint = await submit('complaint', {
        category: '办事效率',
        text: '上午排队一个多小时',
        phone: APPLICANT.phone,
        anonymous: false,
        trackingNumber: `${HALL.code}${chinaDay(0).replaceAll('-', '')}0001`,
      });
      await serverCli(
        db,
        'slots',
        'set',
        '--hall',
        HALL.code,
        '--weekday',
        '1-7',
        '--times',
        '09:00,10:00',
        '--capacity',
        '3',
      );
      await kiosk.book({
        idempotencyKey: randomUUID(),
        itemId: 'pension-enroll',
        slotDate: chinaDay(1),
        slotTime: '09:00',
        name: APPLICANT.name,
        idNumber: APPLICANT.idNumber,
        phone: APPLICANT.phone,
      });
      ui = await openConsole(server.url);
    });

    afterAll(async () => {
      await ui?.close();
      await server?.stop();
      fs.writeFileSync(outputPath('logs', `console-feedback-${kind}-server.log`), serverLog);
      await pgDatabase?.drop();
      tmp.remove();
      fs.writeFileSync(
        outputPath(`console-feedback-${kind}-screenshots.json`),
        JSON.stringify(shots, null, 2),
      );
      const findings = findPersonalData(serverLog, 'district server log');
      if (findings.length > 0) throw new Error(formatFindings(findings));
    });

    const go = async (screen: string): Promise<void> => {
      await ui.page.goto(new URL(`/console/#/${screen}`, server.url).toString());
      await ui.page.waitForSelector(`body[data-screen="${screen}"]`);
    };

    it('好差评: charts with their tables, the overdue 差评 first, 回访 and 整改 recorded', async () => {
      const { page } = ui;
      await ui.signIn('zhanzhang', PASSWORD);
      await go('ratings');
      const poorRow = page.locator(`[data-testid="poor-ratings"] tr[data-rating="${numbers.poor}"]`);
      await poorRow.waitFor();
      expect(await poorRow.getAttribute('class')).toBe('row-alert');
      expect(await poorRow.getByTestId('clock').innerText()).toMatch(/^已超期 \d+ 个工作日$/);
      const byMonth = page.getByTestId('ratings-by-month');
      expect(await byMonth.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
      const byItem = page.getByTestId('ratings-by-item');
      await byItem.getByRole('rowheader', { name: '城乡居民基本养老保险参保登记' }).waitFor();
      expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(2);
      shots.push(await ui.check(`${kind}-ratings`));

      await poorRow.getByRole('button', { name: /记录/ }).click();
      const panel = page.getByTestId('poor-panel');
      await panel.getByLabel('记录类型').selectOption('回访');
      await panel.getByLabel(/内容/).fill('已电话回访，解释了材料清单');
      await panel.getByRole('button', { name: '保存记录' }).click();
      await panel.getByText('已记录回访。').waitFor();
      await panel.getByLabel('记录类型').selectOption('整改');
      await panel.getByLabel(/内容/).fill('窗口张贴一次性告知单');
      await panel.getByRole('button', { name: '保存记录' }).click();
      await panel.getByText('已记录整改。').waitFor();
      await poorRow
        .getByTestId('clock')
        .getByText(/^已整改/)
        .waitFor();
      expect(await poorRow.getAttribute('class')).toBeNull();
      await panel.getByText(/窗口张贴一次性告知单/).waitFor();
      shots.push(await ui.check(`${kind}-ratings-recorded`));
    });

    it('投诉建议: the reply is saved and a kiosk of the hall reads it by the slip number', async () => {
      const { page } = ui;
      await go('complaints');
      const row = page.locator(`[data-testid="complaints"] tr[data-complaint="${numbers.complaint}"]`);
      await row.waitFor();
      expect(await row.innerText()).toContain('上午排队一个多小时');
      expect(await row.innerText()).toContain('138****1234');
      shots.push(await ui.check(`${kind}-complaints`));
      await row.getByRole('button', { name: /^答复/ }).click();
      const panel = page.getByTestId('reply-panel');
      await panel.getByLabel('状态').selectOption('已答复');
      await panel.getByLabel(/答复内容/).fill('已在上午高峰加开一个窗口，感谢您的意见。');
      await panel.getByRole('button', { name: '保存答复' }).click();
      await panel.getByText(/已保存为“已答复”/).waitFor();
      await row.getByText('已答复').waitFor();
      shots.push(await ui.check(`${kind}-complaint-reply`));

      const tracking = `${HALL.code}${chinaDay(0).replaceAll('-', '')}0001`;
      const answer = await kiosk.lookupComplaint(tracking);
      expect(answer.complaints).toEqual([
        expect.objectContaining({ status: '已答复', reply: '已在上午高峰加开一个窗口，感谢您的意见。' }),
      ]);
    });

    it('预约: a day with capacity and a masked booking; slots and a holiday edited', async () => {
      const { page } = ui;
      // Today's answer (the screen's first request) is held back until tomorrow's has arrived: the late
      // answer for the day no longer picked must not replace the one for the day picked.
      const answerOf = (days: number) =>
        page.waitForResponse((r) => new URL(r.url()).searchParams.get('date') === chinaDay(days));
      const tomorrowAnswered = answerOf(1);
      const todayAnswered = answerOf(0);
      const today = (url: URL): boolean =>
        url.pathname === '/console/api/bookings' && url.searchParams.get('date') === chinaDay(0);
      await page.route(today, async (route) => {
        await tomorrowAnswered;
        await route.continue();
      });
      await go('bookings');
      await page.getByLabel('日期').fill(chinaDay(1));
      await (await tomorrowAnswered).finished();
      await (await todayAnswered).finished();
      await page.unroute(today);
      // Two frames: the late answer has been read and drawn if the screen were to take it.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const heading = page.getByRole('heading', { name: new RegExp(`^${chinaDay(1)} `) });
      await heading.waitFor();
      expect(await page.locator('h2').first().innerText()).toMatch(new RegExp(`^${chinaDay(1)} `));
      const slots = page.getByTestId('slots');
      await slots.getByRole('rowheader', { name: '09:00' }).waitFor();
      const nine = slots.locator('tr', { has: page.getByRole('rowheader', { name: '09:00' }) });
      expect((await nine.innerText()).split(/\s+/)).toEqual(['09:00', '3', '1', '2']);
      const bookings = await page.getByTestId('bookings').innerText();
      expect(bookings).toContain('138****1234');
      expect(bookings).not.toContain(APPLICANT.name);
      shots.push(await ui.check(`${kind}-bookings`));

      await page.getByLabel('星期', { exact: true }).selectOption('6');
      await page.getByLabel(/^时段（/).fill('09:30');
      await page.getByLabel('每时段名额').fill('5');
      await page.getByRole('button', { name: '保存时段' }).click();
      await page.getByText('星期六的时段已保存：09:30，每时段 5 人。').waitFor();
      await page.getByTestId('schedule').getByText('09:30（5）').waitFor();

      await page.getByTestId('holiday-toggle').click();
      await page.getByText('休息日不开放预约。').waitFor();
      shots.push(await ui.check(`${kind}-bookings-holiday`));
      const slotsAnswer = await kiosk.slots({ itemId: 'pension-enroll', from: chinaDay(1), days: 1 });
      expect(slotsAnswer.dates.flatMap((d) => d.slots)).toEqual([]);
    });

    it('办件: the detail names each form field by its label in the catalog', async () => {
      const { page } = ui;
      await go('cases');
      await page.locator(`tr[data-case="${numbers.declaration}"]`).getByRole('button').click();
      const detail = page.getByTestId('case-detail');
      await detail.waitFor();
      const text = await detail.innerText();
      expect(text).toContain('户籍所在村（社区）\n磁村');
      expect(text).toContain('参保人员身份\n普通居民');
      expect(text).toContain('公民身份号码');
      expect(text).not.toMatch(/householdVillage|insuredType|idNumber/);
      shots.push(await ui.check(`${kind}-case-detail`));
    });

    it('事项目录: the district previews an upload field by field and publishes it signed', async () => {
      const { page } = ui;
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForSelector('body[data-screen="login"]');
      await ui.signIn('quzhang', PASSWORD);
      await go('catalog');
      shots.push(await ui.check(`${kind}-catalog`));

      const v1 = loadDemoCatalog();
      const [first, second] = v1.items;
      if (!first || !second) throw new Error('demo catalog too small');
      const v2 = {
        ...v1,
        version: '2099.01.01-1',
        items: [
          ...v1.items
            .filter((i) => i.id !== second.id)
            .map((i) => (i.id === first.id ? { ...i, aliases: [...i.aliases, '新俗称'] } : i)),
          { ...second, id: 'zz-e2e-new', code: '370302-Z-9998', name: `${second.name}（新增）` },
        ],
      };
      const bad = { ...v2, items: [{ ...first, name: '' }, ...v2.items.slice(1)] };
      const badFile = path.join(tmp.dir, 'bad.json');
      fs.writeFileSync(badFile, JSON.stringify(bad));
      await page.getByLabel('目录文件').setInputFiles(badFile);
      await page.getByTestId('catalog-problems').waitFor();
      shots.push(await ui.check(`${kind}-catalog-problems`));

      const goodFile = path.join(tmp.dir, 'v2.json');
      fs.writeFileSync(goodFile, JSON.stringify(v2));
      await page.getByLabel('目录文件').setInputFiles(goodFile);
      const diff = page.getByTestId('catalog-diff');
      await diff.waitFor();
      expect(await page.getByTestId('diff-added').innerText()).toContain('zz-e2e-new');
      expect(await page.getByTestId('diff-removed').innerText()).toContain(second.id);
      const changed = await page.getByTestId('diff-changed').innerText();
      expect(changed).toContain('aliases');
      expect(changed).toContain('新俗称');
      shots.push(await ui.check(`${kind}-catalog-diff`));
      await diff.getByRole('button', { name: '发布第 2099.01.01-1 版' }).click();
      await page.getByText(/已发布目录第 2 版（2099\.01\.01-1）：新增 1，修改 1，删除 1/).waitFor();
      const page2 = await kiosk.catalogPage({ since: 1 });
      expect(page2.manifest).toMatchObject({ version: 2, displayVersion: '2099.01.01-1' });
    });
  },
);
