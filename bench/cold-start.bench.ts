/**
 * Cold start: the built kiosk (`node dist/main/src-main/start.js`, web shell) is spawned on a data folder
 * that already holds its catalog (the demo's 64 items, or 3,000) and launches its own headless Chromium,
 * as it does in a hall; timed from the spawn to `body[data-ready="catalog"]` (home ready), read in the
 * page over CDP (`performance.timeOrigin` and the page's `kiosk-ready` mark, both wall-clock). Phases:
 * spawn → port bound and browser spawned (URL printed), → core ready (database opened and checked,
 * catalog; overlaps the browser), spawn → the page's navigation start (Chromium's launch), navigation →
 * ready (page load, first request, render). Same-run baselines: `node -e 0` and a Chromium launch to
 * about:blank. Needs `npm run build`. Each figure is the median of a few runs after one unmeasured start.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { catalogSchema, type Catalog } from '../src-main/contract/catalog.schema.js';
import { CatalogRepository } from '../src-main/store/catalog.repository.js';
import { openDatabase } from '../src-main/store/database.js';
import { growCatalog } from './search.bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = path.join(root, 'dist', 'main', 'src-main', 'start.js');
const CHROMIUM = '/usr/bin/chromium';
/** The baseline's flags: those of the kiosk's headless launch (src-main/shell/web/browser.ts). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

export const COLD_START = { runs: 3, targetDemoMs: 1_000, target3000Ms: 1_500 };

const round = (n: number): number => Number(n.toFixed(1));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Phases {
  /** Spawn → port bound, browser spawned (the `web shell:` line). */
  urlMs: number;
  /** Spawn → the core is up (database opened and checked, catalog loaded). */
  coreMs: number;
  /** Spawn → the page's navigation start: node to the port plus Chromium's launch. */
  navigationMs: number;
  /** Navigation start → home ready: page load, first API request, render. */
  pageMs: number;
  /** Navigation start → the first API request (`app.info`) sent: the document and its script. */
  scriptMs: number;
  /** The first API request's round trip (it waits for the core if the core is not up yet). */
  infoMs: number;
  totalMs: number;
}

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

/** Resolves with the kiosk's line that matches `pattern`; rejects if the kiosk exits first. */
function lineOf(child: ChildProcess, pattern: RegExp): Promise<number> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (pattern.test(line)) resolve(Date.now());
    });
    child.once('exit', (code) => reject(new Error(`kiosk exited (${code}) before printing ${pattern}`)));
  });
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

async function startOnce(dataDir: string): Promise<Phases> {
  const profile = path.join(dataDir, 'browser-profile');
  fs.rmSync(path.join(profile, 'DevToolsActivePort'), { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KIOSK_DATA_DIR: dataDir,
    KIOSK_SHELL: 'web',
    KIOSK_NO_BROWSER: '0',
    KIOSK_BROWSER: 'headless',
    KIOSK_CHROMIUM: CHROMIUM,
    KIOSK_BROWSER_PROFILE: profile,
  };
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  delete env['KIOSK_PORT'];
  const t0 = Date.now();
  const child = spawn(process.execPath, [START], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = lineOf(child, /web shell: http:\/\/127\.0\.0\.1:\d+/);
  const core = lineOf(child, /core ready/);
  try {
    const port = await devToolsPort(profile, child);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const page = await pageOf(browser);
      await page.waitForSelector('body[data-ready="catalog"]', { state: 'attached', timeout: 60_000 });
      const marks = await page.evaluate(() => {
        const info = performance
          .getEntriesByType('resource')
          .find((e) => e.name.endsWith('/api/app.info')) as PerformanceResourceTiming | undefined;
        return {
          origin: performance.timeOrigin,
          ready: performance.getEntriesByName('kiosk-ready')[0]?.startTime ?? NaN,
          infoStart: info?.startTime ?? NaN,
          infoEnd: info?.responseEnd ?? NaN,
        };
      });
      const [tUrl, tCore] = await Promise.all([url, core]);
      const navigationMs = marks.origin - t0;
      return {
        urlMs: tUrl - t0,
        coreMs: tCore - t0,
        navigationMs,
        pageMs: marks.ready,
        scriptMs: marks.infoStart,
        infoMs: marks.infoEnd - marks.infoStart,
        totalMs: navigationMs + marks.ready,
      };
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

async function baselines(runs: number): Promise<{ nodeMs: number; chromiumMs: number }> {
  const node: number[] = [];
  const browser: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    node.push(performance.now() - t);
    const b = performance.now();
    const c = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const page = await c.newPage();
    await page.goto('about:blank');
    browser.push(performance.now() - b);
    await c.close();
  }
  return { nodeMs: median(node), chromiumMs: median(browser) };
}

async function measure(items: number, runs: number): Promise<Phases> {
  const dir = dataFolder(items);
  try {
    await startOnce(dir); // first start: migrations, demo install, device key; not counted
    const all: Phases[] = [];
    for (let i = 0; i < runs; i++) all.push(await startOnce(dir));
    return {
      urlMs: round(median(all.map((p) => p.urlMs))),
      coreMs: round(median(all.map((p) => p.coreMs))),
      navigationMs: round(median(all.map((p) => p.navigationMs))),
      pageMs: round(median(all.map((p) => p.pageMs))),
      scriptMs: round(median(all.map((p) => p.scriptMs))),
      infoMs: round(median(all.map((p) => p.infoMs))),
      totalMs: round(median(all.map((p) => p.totalMs))),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchColdStart(runs = COLD_START.runs): Promise<Record<string, unknown>> {
  if (!fs.existsSync(START)) throw new Error('dist/ is missing: run `npm run build` first');
  const base = await baselines(runs);
  const demo = await measure(64, runs);
  const large = await measure(3_000, runs);
  return {
    runs,
    loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
    baselineNodeMs: round(base.nodeMs),
    baselineChromiumMs: round(base.chromiumMs),
    demo: { ...demo, targetMs: COLD_START.targetDemoMs, meetsTarget: demo.totalMs < COLD_START.targetDemoMs },
    items3000: {
      ...large,
      targetMs: COLD_START.target3000Ms,
      meetsTarget: large.totalMs < COLD_START.target3000Ms,
    },
    ratioDemoToNode: round(demo.totalMs / base.nodeMs),
    ratio3000ToDemo: round(large.totalMs / demo.totalMs),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  console.log(JSON.stringify(await benchColdStart(), null, 2));
