/**
 * 材料采集: camera frame → page JPEG (crop to the paper, A4 at about 200 dpi, ≤ 400 KB) per page, with
 * sharp, for three camera resolutions; wall and CPU time per page, and the largest page. `npx tsx
 * bench/material-page.bench.ts`, and `npm run bench` under the key `materialPage`.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { pageFromFrame } from '../src-main/services/materials/page-image.js';
import { MAX_PAGE_BYTES } from '../src-main/services/materials/page-limits.js';

const SIZES = [
  [1280, 720],
  [1920, 1080],
  [2592, 1944],
] as const;
const PAGES = 10;

/** A frame as a camera sends it: a dark desk with a written A4 page in the page outline. */
async function frame(width: number, height: number): Promise<Buffer> {
  const ph = Math.round(height * 0.86);
  const pw = Math.round(ph / Math.SQRT2);
  const lines = Array.from(
    { length: 30 },
    (_, i) =>
      `<text x="${pw * 0.08}" y="${ph * 0.12 + i * ph * 0.027}" font-size="${ph * 0.018}" fill="#222">第${i + 1}行 申请人因病致贫，家庭人均收入低于当地低保标准，特此申请。</text>`,
  ).join('');
  const page = await sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${pw}" height="${ph}"><rect width="100%" height="100%" fill="#fbfbf7"/>${lines}</svg>`,
    ),
  )
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#2b2f33' } })
    .composite([{ input: page, left: Math.round((width - pw) / 2), top: Math.round((height - ph) / 2) }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;

export async function benchMaterialPage(): Promise<Record<string, unknown>> {
  const rows: Record<string, unknown>[] = [];
  for (const [width, height] of SIZES) {
    const input = await frame(width, height);
    await pageFromFrame(input); // warm-up
    const wall: number[] = [];
    const cpu: number[] = [];
    let largest = 0;
    let out = { width: 0, height: 0 };
    for (let i = 0; i < PAGES; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const page = await pageFromFrame(input);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      largest = Math.max(largest, page.jpeg.length);
      out = { width: page.width, height: page.height };
    }
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    rows.push({
      frame: `${width}×${height}`,
      page: `${out.width}×${out.height}`,
      wallP50Ms: Math.round(pct(wall, 0.5)),
      wallP95Ms: Math.round(pct(wall, 0.95)),
      // sharp works on libuv's pool: the process CPU includes its threads.
      cpuP50Ms: Math.round(pct(cpu, 0.5)),
      largestBytes: largest,
      underLimit: largest <= MAX_PAGE_BYTES,
    });
  }
  return { pages: PAGES, loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))), rows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  console.log(JSON.stringify(await benchMaterialPage(), null, 2));
