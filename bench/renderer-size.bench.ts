/**
 * The renderer's first script (what index.html loads before the home screen: entry + preloaded chunks),
 * raw and gzip, against the 250 KB target; and the lazily loaded chunks (admin, setup, screens). Reads
 * dist/renderer (`npm run build:renderer` first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'dist', 'renderer');

export const RENDERER_TARGET_BYTES = 250_000;

const kb = (n: number): number => Number((n / 1000).toFixed(1));

export function benchRendererSize(): Record<string, unknown> {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const first = [
    ...[...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g)].map((m) => m[1]!),
  ];
  const size = (files: string[]): { raw: number; gzip: number } =>
    files.reduce(
      (acc, f) => {
        const buf = fs.readFileSync(path.join(dir, f));
        return { raw: acc.raw + buf.length, gzip: acc.gzip + zlib.gzipSync(buf, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const firstSize = size(first);
  const lazy = fs
    .readdirSync(path.join(dir, 'assets'))
    .filter((f) => f.endsWith('.js') && !first.includes(`assets/${f}`));
  const lazySize = size(lazy.map((f) => `assets/${f}`));
  const fonts = fs.readdirSync(path.join(dir, 'assets')).filter((f) => /\.(woff2?|ttf|otf|ttc)$/.test(f));
  return {
    firstScriptKB: kb(firstSize.raw),
    firstScriptGzipKB: kb(firstSize.gzip),
    targetKB: kb(RENDERER_TARGET_BYTES),
    meetsTarget: firstSize.raw <= RENDERER_TARGET_BYTES,
    lazyChunks: lazy.length,
    lazyKB: kb(lazySize.raw),
    fontFiles: fonts.length,
  };
}
