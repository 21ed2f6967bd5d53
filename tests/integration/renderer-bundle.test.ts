/**
 * The built renderer (needs `npm run build:renderer`): the script a citizen's first screen loads stays
 * under 250 KB, and hall admin (with chart.js), the PIN pad and setup are separate chunks loaded by
 * dynamic import only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve('dist/renderer');
const html = (): string => fs.readFileSync(path.join(dir, 'index.html'), 'utf8');

/** The scripts index.html loads before anything runs: the entry and the chunks it preloads. */
function firstScripts(): string[] {
  const page = html();
  const entry = [...page.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const preloaded = [...page.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  return [...entry, ...preloaded];
}

describe('renderer bundle', () => {
  it('the first script is at most 250 KB and holds no admin, setup or chart code', () => {
    const files = firstScripts();
    expect(files.length).toBeGreaterThan(0);
    const code = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const bytes = code.reduce((n, c) => n + Buffer.byteLength(c), 0);
    expect(bytes).toBeLessThanOrEqual(250_000);
    for (const text of code) {
      // chart.js's own error message, an admin tab's title, a setup step's label.
      expect(text).not.toContain('Canvas is already in use');
      expect(text).not.toContain('操作记录');
      expect(text).not.toMatch(/注册码|服务器地址/);
    }
  });

  it('admin, the PIN pad and setup are chunks of their own, imported on demand by the entry', () => {
    const assets = fs.readdirSync(path.join(dir, 'assets'));
    const [entry] = firstScripts();
    const entryCode = fs.readFileSync(path.join(dir, entry!), 'utf8');
    for (const part of ['AdminApp', 'PinScreen', 'SetupWizard']) {
      const chunk = assets.find((f) => f.startsWith(`${part}-`) && f.endsWith('.js'));
      expect(chunk, part).toBeDefined();
      expect(entryCode).toContain(`import("./${chunk}")`);
    }
    const charts = assets.filter(
      (f) =>
        f.endsWith('.js') &&
        fs.readFileSync(path.join(dir, 'assets', f), 'utf8').includes('Canvas is already in use'),
    );
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatch(/^AdminApp-/);
  });
});
