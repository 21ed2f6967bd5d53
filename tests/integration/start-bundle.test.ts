/**
 * The built web shell's start is one bundle whose core is a chunk loaded after the port and the
 * browser (scripts/build-main.mjs): it imports none of tsc's per-module files, and the chunks find the
 * same migrations as the sources; the core it starts leaves the device packages for their first use.
 * Needs `npm run build:main`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve('dist/main/src-main');
const CHUNKS = path.join(DIR, 'start-chunks');

/** The relative specifiers a built file imports, statically or dynamically. */
function relativeImports(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  const found = [...code.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g)];
  return found.map((m) => m[1]!);
}

describe('the built start bundle', () => {
  it('start.js and its chunks import only the chunks, never tsc output', () => {
    const files = [
      path.join(DIR, 'start.js'),
      ...fs
        .readdirSync(CHUNKS)
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join(CHUNKS, f)),
    ];
    const fromStart = relativeImports(files[0]!);
    expect(fromStart.length).toBeGreaterThan(0);
    expect(fromStart.some((s) => /\/app-[\w-]+\.js$/.test(s))).toBe(true); // the core, a chunk of its own
    for (const file of files)
      for (const spec of relativeImports(file)) {
        const target = path.resolve(path.dirname(file), spec);
        expect(path.dirname(target), `${path.basename(file)} imports ${spec}`).toBe(CHUNKS);
        expect(fs.existsSync(target)).toBe(true);
      }
  });

  it('the core loads sharp (libvips) at the first page image, not at start', () => {
    const core = fs.readdirSync(CHUNKS).find((f) => /^app-[\w-]+\.js$/.test(f));
    expect(core).toBeDefined();
    const code = fs.readFileSync(path.join(CHUNKS, core!), 'utf8');
    expect(code).not.toMatch(/^import[^;]*from\s*["']sharp["']/m);
    expect(code).toMatch(/import\(\s*["']sharp["']\s*\)/);
  });

  it('the core requires qrcode at the first QR code, not at start', () => {
    const core = fs.readdirSync(CHUNKS).find((f) => /^app-[\w-]+\.js$/.test(f));
    const code = fs.readFileSync(path.join(CHUNKS, core!), 'utf8');
    expect(code).not.toMatch(/^import[^;]*from\s*["']qrcode["']/m);
    expect(code).toMatch(/require\w*\(\s*["']qrcode["']\s*\)/);
  });

  it('a core with simulated devices loads no device package until a receipt is laid out', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-start-packages-'));
    // A fresh Node process: the built core, started as the shells start it, then one receipt.
    const script = `
      import { createRequire } from 'node:module';
      const { createKioskApp } = await import(${JSON.stringify(pathToFileURL(path.join(DIR, 'app.js')).href)});
      const { layoutReceipt } = await import(${JSON.stringify(pathToFileURL(path.join(DIR, 'devices/printer/receipt.layout.js')).href)});
      const loaded = () => Object.keys(createRequire(import.meta.url).cache)
        .map((f) => /node_modules\\/(serialport|node-thermal-printer|iconv-lite|pngjs)\\//.exec(f)?.[1])
        .filter(Boolean);
      const app = createKioskApp({ dataDir: ${JSON.stringify(dataDir)}, timers: false });
      const atStart = [...new Set(loaded())];
      layoutReceipt([{ kind: 'title', text: '便民服务中心' }]);
      console.log(JSON.stringify({ atStart, afterReceipt: [...new Set(loaded())].sort() }));
      app.close();
    `;
    try {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
        atStart: string[];
        afterReceipt: string[];
      };
      expect(out.atStart).toEqual([]);
      expect(out.afterReceipt).toEqual(['iconv-lite', 'node-thermal-printer', 'pngjs']);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('the chunks carry every migration of the sources', () => {
    const sql = (dir: string): string[] =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.sql'))
        .sort();
    const source = sql('src-main/store/migrations');
    expect(source.length).toBeGreaterThan(0);
    expect(sql(path.join(CHUNKS, 'migrations'))).toEqual(source);
    for (const f of source)
      expect(fs.readFileSync(path.join(CHUNKS, 'migrations', f), 'utf8')).toBe(
        fs.readFileSync(path.join('src-main/store/migrations', f), 'utf8'),
      );
  });
});
