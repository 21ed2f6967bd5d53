/**
 * The kiosk's two clocks in the console's 办件 detail, across processes: the district server runs as its
 * own process on a SQLite file (set up with the CLI), a kiosk enrolled over loopback HTTP hands in one
 * declaration stamped by a PC whose clock was three years behind and one stamped on time, and the console
 * in Chromium shows both clocks, named in Chinese, for the first and none for the second.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { createHallWithStaff, serverCli } from '../helpers/server-cli.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { tempDir } from '../helpers/temp-dir.js';
import { openConsole, type ConsoleBrowser } from './console-browser.js';

const HALL = { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心' };
const PASSWORD = 'e2e-console-pass-1';

describe('办件 detail with the kiosk clocks', { timeout: 120_000 }, () => {
  const tmp = tempDir('console-clocks-e2e');
  const db = path.join(tmp.dir, 'district.db');
  let server: ServerProcess;
  let consoleUi: ConsoleBrowser;

  beforeAll(async () => {
    await createHallWithStaff(db, HALL, PASSWORD);
    const code = (await serverCli(db, 'code', 'issue', '--hall', HALL.code)).trim();
    server = await startServerProcess({ db });
    consoleUi = await openConsole(server.url);
    await consoleUi.signIn('zhanzhang', PASSWORD);
    const { deviceToken } = await new DistrictClient({ baseUrl: `${server.url}/` }).enroll(code, {
      appVersion: '0.1.0',
      hostname: 'kiosk-clocks',
    });
    const now = Date.now();
    const iso = (ms: number): string => new Date(ms).toISOString();
    const declare = async (key: string, kioskLocal: string, kioskTime: string): Promise<void> => {
      const res = await fetch(`${server.url}/v1/submissions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${deviceToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          idempotencyKey: key,
          kind: 'declaration',
          clocks: { v: 1, kioskLocal, kioskTime },
          payload: { itemName: '城乡居民基本养老保险参保登记', values: {} },
        }),
      });
      expect(res.status).toBe(201);
    };
    // Three years and a day behind (a dead CMOS battery); the kiosk went by the district's time.
    await declare('clocks-e2e-behind', iso(now - (3 * 365 + 1) * 86_400_000), iso(now));
    await declare('clocks-e2e-ontime', iso(now), iso(now));
  });

  afterAll(async () => {
    await consoleUi?.close();
    await server?.stop();
    tmp.remove();
  });

  it('shows both clocks, named, only for the declaration whose clocks differ', async () => {
    const { page } = consoleUi;
    await page.getByRole('link', { name: '办件' }).click();
    const rows = page.locator('[data-testid="cases"] tr[data-case]');
    await rows.nth(1).waitFor();
    const numbers = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-case') ?? ''));
    // Same China date, so the sequence orders them: the kiosk that was behind handed in first.
    const [behind = '', ontime = ''] = [...numbers].sort();

    await page
      .locator(`tr[data-case="${behind}"]`)
      .getByRole('button', { name: `查看 ${behind}` })
      .click();
    const detail = page.getByTestId('case-detail');
    await detail.getByText(behind).waitFor();
    await page.getByTestId('case-kiosk-local').waitFor();
    const text = await detail.innerText();
    expect(text).toContain('提交时间（区县收到）');
    expect(text).toContain('自助机办理时间（按区县时间校准）');
    expect(text).toContain('自助机电脑时钟');
    expect(await page.getByTestId('case-kiosk-local').innerText()).toMatch(/（慢 109[56] 天( \d+ 小时)?）/);
    await consoleUi.check('case-clocks');

    await page
      .locator(`tr[data-case="${ontime}"]`)
      .getByRole('button', { name: `查看 ${ontime}` })
      .click();
    await detail.getByText(ontime).waitFor();
    expect(await page.getByTestId('case-kiosk-local').count()).toBe(0);
    expect(await detail.innerText()).not.toContain('自助机电脑时钟');
  });
});
