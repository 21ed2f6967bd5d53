/**
 * Real processes end to end: the reference district server (`src-server/main.ts serve`) on an ephemeral
 * port and a temp database; its admin CLI creates a hall, issues a code and publishes a catalog with a
 * recognisable item; the technician's `node bin/kiosk.js provision` enrolls a fresh data folder and
 * `kiosk config set simulatedDevices false` leaves demo mode; the built kiosk (`node dist/main/src-main/
 * start.js`, web shell, no display) starts on that folder; Chromium opens its printed URL and the screen
 * shows the server's hall and catalog, not the demo. Also: the web shell refuses a data folder whose device
 * key the Electron shell wrapped (it could not open the sealed data, and must not make a second key).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, ServiceItem } from '../../src-main/contract/catalog.schema.js';
import { loadDemoCatalog } from '../helpers/demo-catalog.js';
import { outputPath, tempDir } from '../helpers/temp-dir.js';
import { assertNoPersonalData, CHROMIUM, CHROMIUM_FLAGS } from './harness.js';

const ROOT = path.resolve('.');
const START = path.join(ROOT, 'dist', 'main', 'src-main', 'start.js');
const HALL = { code: 'ZCHS01', name: '淄川区洪山镇便民服务中心' };
/** The item only the server's catalog has. */
const NEW_ITEM = { id: 'toilet-renovation-award', name: '农村户厕改造奖补申请' };

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs a command to its end; a clean environment but for what the test gives (no DISPLAY). */
async function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: baseEnv(env), stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, out, err };
}

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  return env;
}

/** Starts a long-running process and resolves with the first stdout match of `ready`. */
function serve(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray; output: () => string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: baseEnv(env), stdio: 'pipe' });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output += `${line}\n`;
      const match = ready.exec(line);
      if (match) resolve({ child, match, output: () => output });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** The demo catalog as the district publishes it: its own version, plus one item the demo lacks. */
function districtCatalog(): Catalog {
  const demo = loadDemoCatalog();
  const template = demo.items.find((i) => i.id === 'farmland-subsidy') as ServiceItem;
  const item: ServiceItem = {
    ...template,
    id: NEW_ITEM.id,
    code: '370302-B-0901',
    name: NEW_ITEM.name,
    aliases: ['改厕补助', '厕所改造'],
    themes: ['农业农村'],
    conditions: ['本村户籍农户，已按标准完成户厕改造', '改造后的户厕经村级验收合格，正常使用'],
    resultName: '农村户厕改造奖补资金（发放至惠民惠农财政补贴“一卡通”）',
    materials: [
      ...template.materials.filter((m) => m.sharedExempt),
      {
        ...(template.materials.find((m) => !m.sharedExempt) as ServiceItem['materials'][number]),
        name: '户厕改造验收单',
        note: '由村委会验收后出具，户主签字确认',
      },
    ],
    process: [
      { title: '村级申报', description: '完成改造的农户向村委会申报，村委会组织验收。' },
      { title: '镇审核', description: '镇农业农村办审核验收结果并汇总公示。' },
      { title: '资金发放', description: '奖补资金通过“一卡通”打到农户账户。' },
    ],
  };
  return { ...demo, version: '2026.12.01-1', region: HALL.name, items: [...demo.items, item] };
}

describe('a kiosk enrolled by the CLI against a running server (real processes)', () => {
  const tmp = tempDir('processes');
  const db = path.join(tmp.dir, 'district.db');
  const dataDir = path.join(tmp.dir, 'kiosk-data');
  const server = ['--import', 'tsx', 'src-server/main.ts'];
  const kioskCli = (...args: string[]) => run(['bin/kiosk.js', ...args], { KIOSK_DATA_DIR: dataDir });
  let district: ChildProcess | undefined;
  let kiosk: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  let serverUrl = '';

  beforeAll(async () => {
    for (const file of [START, path.join(ROOT, 'dist', 'renderer', 'index.html')])
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    const started = await serve(
      [...server, 'serve', '--port', '0', '--db', db],
      { DISTRICT_LOG_LEVEL: 'warn' },
      /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    );
    district = started.child;
    serverUrl = started.match[1] as string;
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await stop(kiosk);
    await stop(district);
    const log = path.join(dataDir, 'logs', 'kiosk.log');
    if (fs.existsSync(log)) assertNoPersonalData(log);
    tmp.remove();
  });

  it('shows the server’s hall and catalog, no longer the demo', { timeout: 300_000 }, async () => {
    // The district's admin, as processes against the running server's database.
    const hall = await run([
      ...server,
      'hall',
      'create',
      '--code',
      HALL.code,
      '--name',
      HALL.name,
      '--db',
      db,
    ]);
    expect(hall.code, hall.err).toBe(0);
    const catalogFile = path.join(tmp.dir, 'catalog.json');
    fs.writeFileSync(catalogFile, JSON.stringify(districtCatalog()));
    const published = await run([...server, 'catalog', 'publish', catalogFile, '--db', db]);
    expect(published.code, published.err).toBe(0);
    expect(published.out).toContain('新增 65');
    const issued = await run([...server, 'code', 'issue', '--hall', HALL.code, '--db', db]);
    expect(issued.code, issued.err).toBe(0);
    const code = issued.out.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // The technician, with the kiosk's own CLI, on a fresh data folder.
    const provisioned = await kioskCli('provision', '--server', serverUrl, '--code', code);
    expect(provisioned.code, provisioned.err).toBe(0);
    expect(provisioned.out).toContain(`${HALL.name}（${HALL.code}）`);
    expect(provisioned.out).toContain('65 个事项');
    expect(provisioned.out).toContain('设备仍为模拟设备');
    const configured = await kioskCli('config', 'set', 'simulatedDevices', 'false');
    expect(configured.code, configured.err).toBe(0);
    const status = await kioskCli('status');
    expect(status.code, status.err).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({
      provisioned: true,
      online: true,
      deviceKey: 'plain',
      hall: { code: HALL.code, name: HALL.name },
      catalog: { version: 1, displayVersion: '2026.12.01-1', source: 'district', items: 65 },
    });

    // The kiosk itself: the built web shell, no display, on that folder.
    const started = await serve(
      [START],
      { KIOSK_SHELL: 'web', KIOSK_DATA_DIR: dataDir, KIOSK_NO_BROWSER: '1' },
      /(http:\/\/127\.0\.0\.1:\d+\/\S*)/,
    );
    kiosk = started.child;
    expect(started.output()).toContain(dataDir);
    const appUrl = started.match[1] as string;

    const profile = tempDir('processes-profile');
    try {
      context = await chromium.launchPersistentContext(profile.dir, {
        executablePath: CHROMIUM,
        args: CHROMIUM_FLAGS,
        headless: true,
        viewport: { width: 1080, height: 1920 },
        locale: 'zh-CN',
        hasTouch: true,
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(appUrl);
      await page.waitForSelector('body[data-ready="catalog"]');
      await page.locator('.hall-name', { hasText: HALL.name }).waitFor();
      const home = await page.locator('.home-header').innerText();
      expect(home).toContain(HALL.name);
      expect(home).not.toContain('演示');
      expect(await page.locator('body').innerText()).not.toContain('演示');
      await page.screenshot({ path: outputPath('screenshots', 'processes-01-home.png') });

      await page
        .getByRole('button', { name: /办事指南/ })
        .first()
        .click();
      await page.waitForSelector('body[data-screen="categories"] .category');
      await page
        .getByRole('button', { name: /农业农村/ })
        .first()
        .click();
      await page.waitForSelector('body[data-screen="items"] .item-row');
      const row = page.getByRole('button', { name: new RegExp(NEW_ITEM.name) });
      await row.waitFor();
      await page.screenshot({ path: outputPath('screenshots', 'processes-02-items.png') });
      await row.click();
      await page.waitForSelector('body[data-screen="guide"] .guide-title');
      expect(await page.locator('.guide-title').innerText()).toBe(NEW_ITEM.name);
      expect(await page.locator('.guide').innerText()).toContain('370302-B-0901');
      await page.screenshot({ path: outputPath('screenshots', 'processes-03-guide.png') });
    } finally {
      await context?.close();
      context = undefined;
      profile.remove();
    }
  });

  it(
    'the web shell refuses a folder whose device key the Electron shell wrapped',
    { timeout: 120_000 },
    async () => {
      const wrapped = path.join(tmp.dir, 'wrapped-data');
      fs.mkdirSync(wrapped);
      fs.writeFileSync(path.join(wrapped, 'device.key.enc'), Buffer.from('wrapped by safeStorage'));
      const refused = await run([START], {
        KIOSK_SHELL: 'web',
        KIOSK_DATA_DIR: wrapped,
        KIOSK_NO_BROWSER: '1',
      });
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('zichuan-kiosk --cli');
      expect(refused.out).not.toContain('http://127.0.0.1');
      expect(fs.readdirSync(wrapped)).toEqual(['device.key.enc']);
    },
  );
});
