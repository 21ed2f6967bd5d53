/**
 * Cold start: the built kiosk (`node dist/main/src-main/start.js`, web shell) is spawned on a data folder
 * that already holds its catalog (the demo's 64 items, or 3,000) and launches its own headless browser,
 * as it does in a hall; timed from the spawn to `body[data-ready="catalog"]` (home ready), read in the
 * page over CDP (`performance.timeOrigin` and the page's `kiosk-ready` mark, both wall-clock). The kiosk
 * prints its own phases (`KIOSK_STARTUP_MARKS=1`, src-main/core/startup-marks.ts) on the process's
 * clock, turned here into milliseconds from the spawn: process start, script start, port bound, browser
 * spawned, core modules loaded, database opened and checked, catalog loaded, core ready, the browser's
 * first request, the page (index.html) requested, the first API request, `app.info` answered; then
 * the page's navigation start and home ready. Once with each headless browser installed: Debian's
 * `chromium-headless-shell` (the web shell's default for headless) and `/usr/bin/chromium --headless`.
 * A hall PC runs the Electron shell or a headful Chromium, whose own launch is neither of these.
 * Same-run baselines: `node -e 0`, and each browser spawned with the kiosk's headless flags on a
 * one-line loopback page (spawn → that page's script ran). Needs `npm run build`. Each figure is the
 * median of a few runs after one unmeasured start. `COLD_START_RUNS`, `COLD_START_BROWSER`
 * (headlessShell or chromium) and `COLD_START_ENTRY` (another build's start.js) narrow a run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { catalogSchema, type Catalog } from '../src-main/contract/catalog.schema.js';
import { KIOSK_NODE_FLAGS } from '../src-main/core/node-flags.js';
import { headlessBrowserArgs, HEADLESS_SHELL } from '../src-main/shell/web/browser.js';
import { CatalogRepository } from '../src-main/store/catalog.repository.js';
import { openDatabase } from '../src-main/store/database.js';
import { growCatalog } from './search-catalog.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** `COLD_START_ENTRY` times another build's start.js (e.g. an older checkout's, for a before/after). */
const START = process.env['COLD_START_ENTRY'] ?? path.join(root, 'dist', 'main', 'src-main', 'start.js');
const CHROMIUM = '/usr/bin/chromium';

export const COLD_START = { runs: 3, targetDemoMs: 1_000, target3000Ms: 1_500 };

const round = (n: number): number => Number(n.toFixed(1));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The kiosk's marks (src-main/core/startup-marks.ts), in the order a start passes them. */
const MARKS = [
  'script',
  'shellModules',
  'port',
  'browserSpawned',
  'coreModules',
  'dbOpened',
  'catalogLoaded',
  'core',
  'firstRequest',
  'pageRequested',
  'firstApiRequest',
  'stateAnswered',
] as const;

/** Milliseconds from the spawn: the process's start, each kiosk mark, the page's navigation and ready. */
type Phases = Record<'processStart' | (typeof MARKS)[number] | 'navigation' | 'ready', number>;

function demoCatalog(): Catalog {
  const file = path.join(root, 'resources', 'catalog', 'demo-catalog.json');
  return catalogSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** A data folder whose store holds `items` catalog items (the demo grown like the search bench grows it). */
function dataFolder(items: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kiosk-bench-cold-${items}-`));
  if (items > 64) {
    const demo = demoCatalog();
    const db = openDatabase(path.join(dir, 'kiosk.db'));
    try {
      new CatalogRepository(db).replace(
        { ...demo, version: 'bench-cold', items: growCatalog(demo.items, items) },
        'district',
      );
    } finally {
      db.close();
    }
  }
  return dir;
}

/** The kiosk's `startup mark:` lines, as they come. */
function marksOf(child: ChildProcess): Map<string, number> {
  const marks = new Map<string, number>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const m = /^startup mark: (\w+)=([\d.]+)$/.exec(line);
    if (m) marks.set(m[1]!, Number(m[2]));
  });
  return marks;
}

/** The DevTools port Chromium writes into its profile once it listens. */
async function devToolsPort(profile: string, child: ChildProcess): Promise<string> {
  const file = path.join(profile, 'DevToolsActivePort');
  for (;;) {
    if (child.exitCode !== null) throw new Error('kiosk exited before its browser listened');
    if (fs.existsSync(file)) {
      const port = fs.readFileSync(file, 'utf8').split('\n')[0];
      if (port) return port;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function startOnce(dataDir: string, browserBinary: string): Promise<Phases> {
  const profile = path.join(dataDir, 'browser-profile');
  fs.rmSync(path.join(profile, 'DevToolsActivePort'), { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KIOSK_DATA_DIR: dataDir,
    KIOSK_SHELL: 'web',
    KIOSK_NO_BROWSER: '0',
    KIOSK_BROWSER: 'headless',
    KIOSK_CHROMIUM: browserBinary,
    KIOSK_BROWSER_PROFILE: profile,
    KIOSK_STARTUP_MARKS: '1',
  };
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  delete env['KIOSK_PORT'];
  const t0 = Date.now();
  const child = spawn(process.execPath, [...KIOSK_NODE_FLAGS, START], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const marks = marksOf(child);
  try {
    const port = await devToolsPort(profile, child);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const page = await pageOf(browser);
      await page.waitForSelector('body[data-ready="catalog"]', { state: 'attached', timeout: 60_000 });
      const page0 = await page.evaluate(() => ({
        origin: performance.timeOrigin,
        ready: performance.getEntriesByName('kiosk-ready')[0]?.startTime ?? NaN,
      }));
      const origin = marks.get('timeOrigin') ?? NaN;
      const at = (name: string): number => origin + (marks.get(name) ?? NaN) - t0;
      const phases = { processStart: origin - t0 } as Phases;
      for (const name of MARKS) phases[name] = at(name);
      phases.navigation = page0.origin - t0;
      phases.ready = page0.origin + page0.ready - t0;
      return phases;
    } finally {
      await browser.close();
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

/** The kiosk's page in its browser (it may still be opening). */
async function pageOf(browser: Browser): Promise<Page> {
  for (;;) {
    const page = browser
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().startsWith('http://127.0.0.1:'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A browser's own launch as the kiosk does it: spawned with the kiosk's headless flags on a one-line
 * loopback page, timed to the first request and to that page's script running (its `fetch`).
 */
async function bareLaunch(binary: string): Promise<{ firstRequestMs: number; scriptRanMs: number }> {
  const seen = new Map<string, (t: number) => void>();
  const server = http.createServer((req, res) => {
    seen.get(req.url ?? '')?.(performance.now());
    if (req.url === '/')
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<script>fetch("/ran")</script>');
    else res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bench-browser-'));
  const first = new Promise<number>((resolve) => seen.set('/', resolve));
  const ran = new Promise<number>((resolve) => seen.set('/ran', resolve));
  const t = performance.now();
  const child = spawn(binary, headlessBrowserArgs(url, profile), { stdio: 'ignore', detached: true });
  try {
    const [a, b] = await Promise.all([first, ran]);
    return { firstRequestMs: a - t, scriptRanMs: b - t };
  } finally {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGKILL');
    await gone;
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The headless browsers installed here, fastest-launching first as the web shell picks them. */
function browsers(): Array<{ name: string; binary: string }> {
  return [
    { name: 'headlessShell', binary: HEADLESS_SHELL },
    { name: 'chromium', binary: CHROMIUM },
  ].filter((b) => fs.existsSync(b.binary));
}

async function baselines(runs: number): Promise<Record<string, number>> {
  const node: number[] = [];
  const launches = new Map<string, number[]>();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    node.push(performance.now() - t);
    for (const { name, binary } of browsers()) {
      const l = await bareLaunch(binary);
      launches.set(name, [...(launches.get(name) ?? []), l.scriptRanMs]);
    }
  }
  const out: Record<string, number> = { nodeMs: round(median(node)) };
  for (const [name, xs] of launches) out[`${name}LaunchMs`] = round(median(xs));
  return out;
}

async function measure(items: number, runs: number, binary: string): Promise<Phases> {
  const dir = dataFolder(items);
  try {
    await startOnce(dir, binary); // first start: migrations, demo install, device key; not counted
    const all: Phases[] = [];
    for (let i = 0; i < runs; i++) all.push(await startOnce(dir, binary));
    const keys = Object.keys(all[0]!) as Array<keyof Phases>;
    return Object.fromEntries(keys.map((k) => [k, round(median(all.map((p) => p[k])))])) as Phases;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchColdStart(runs = COLD_START.runs): Promise<Record<string, unknown>> {
  if (!fs.existsSync(START)) throw new Error('dist/ is missing: run `npm run build` first');
  const loadBefore = os.loadavg();
  const base = await baselines(runs);
  const perBrowser: Record<string, unknown> = {};
  const only = process.env['COLD_START_BROWSER'];
  for (const { name, binary } of browsers().filter((b) => !only || b.name === only)) {
    const demo = await measure(64, runs, binary);
    const large = await measure(3_000, runs, binary);
    perBrowser[name] = {
      binary,
      demo: { ...demo, targetMs: COLD_START.targetDemoMs, meetsTarget: demo.ready < COLD_START.targetDemoMs },
      items3000: {
        ...large,
        targetMs: COLD_START.target3000Ms,
        meetsTarget: large.ready < COLD_START.target3000Ms,
      },
      ratioDemoToNode: round(demo.ready / (base['nodeMs'] ?? NaN)),
      ratio3000ToDemo: round(large.ready / demo.ready),
    };
  }
  return {
    runs,
    loadavgBefore: loadBefore.map((l) => Number(l.toFixed(2))),
    loadavgAfter: os.loadavg().map((l) => Number(l.toFixed(2))),
    baselines: base,
    ...perBrowser,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  console.log(
    JSON.stringify(await benchColdStart(Number(process.env['COLD_START_RUNS'] ?? COLD_START.runs)), null, 2),
  );
