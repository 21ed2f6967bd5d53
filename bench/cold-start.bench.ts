/**
 * Cold start: the built kiosk (`node dist/main/src-main/start.js`, web shell) is spawned on a data folder
 * that already holds its catalog (the demo's 64 items, or 3,000), and a headless Chromium opens the URL
 * it prints; timed to `body[data-ready="catalog"]` (home ready). Phases: spawn → URL printed (node, the
 * database and its integrity check, the catalog and search index, the HTTP host), browser launch, page
 * load → ready. Same-run baselines: `node -e 0` and a Chromium launch to about:blank. Needs
 * `npm run build`. Each figure is the median of a few runs after one unmeasured start.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { catalogSchema, type Catalog } from '../src-main/contract/catalog.schema.js';
import { CatalogRepository } from '../src-main/store/catalog.repository.js';
import { openDatabase } from '../src-main/store/database.js';
import { growCatalog } from './search.bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = path.join(root, 'dist', 'main', 'src-main', 'start.js');
const CHROMIUM = '/usr/bin/chromium';
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
  urlMs: number;
  browserMs: number;
  pageMs: number;
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

async function startOnce(dataDir: string): Promise<Phases> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KIOSK_DATA_DIR: dataDir,
    KIOSK_SHELL: 'web',
    KIOSK_NO_BROWSER: '1',
  };
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  delete env['KIOSK_PORT'];
  const t0 = performance.now();
  const child = spawn(process.execPath, [START], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.on('line', (line) => {
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(line);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`kiosk exited (${code}) before printing its URL`)));
    });
    const tUrl = performance.now();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
      const tBrowser = performance.now();
      await page.goto(url);
      await page.waitForSelector('body[data-ready="catalog"]', { state: 'attached', timeout: 60_000 });
      const tReady = performance.now();
      return {
        urlMs: tUrl - t0,
        browserMs: tBrowser - tUrl,
        pageMs: tReady - tBrowser,
        totalMs: tReady - t0,
      };
    } finally {
      await browser.close();
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
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
      browserMs: round(median(all.map((p) => p.browserMs))),
      pageMs: round(median(all.map((p) => p.pageMs))),
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
