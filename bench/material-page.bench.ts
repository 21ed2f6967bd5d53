/**
 * 材料采集: camera frame → page JPEG (straighten, crop to the paper, A4 at about 200 dpi, ≤ 400 KB) per
 * page, with sharp, for three camera resolutions; wall and CPU time per page, and the largest page; the
 * same frames, tilted 5°, with and without straightening (what the deskew costs, as a ratio measured
 * in the same run). `npx tsx
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
async function frame(width: number, height: number, tilt = 0): Promise<Buffer> {
  const ph = Math.round(height * 0.86);
  const pw = Math.round(ph / Math.SQRT2);
  const lines = Array.from(
    { length: 30 },
    (_, i) =>
      `<text x="${pw * 0.08}" y="${ph * 0.12 + i * ph * 0.027}" font-size="${ph * 0.018}" fill="#222">第${i + 1}行 申请人因病致贫，家庭人均收入低于当地低保标准，特此申请。</text>`,
  ).join('');
  const desk = { r: 43, g: 47, b: 51 };
  const page = await sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${pw}" height="${ph}"><rect width="100%" height="100%" fill="#fbfbf7"/>${lines}</svg>`,
    ),
  )
    .flatten({ background: '#fbfbf7' })
    .rotate(tilt, { background: desk })
    .png()
    .toBuffer({ resolveWithObject: true });
  const left = Math.max(0, Math.round((width - page.info.width) / 2));
  const top = Math.max(0, Math.round((height - page.info.height) / 2));
  return sharp({ create: { width, height, channels: 3, background: desk } })
    .composite([{ input: page.data, left, top }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;

interface Timing {
  wall: number[];
  cpu: number[];
  largest: number;
  out: { width: number; height: number };
}

async function time(input: Buffer, deskew: boolean): Promise<Timing> {
  await pageFromFrame(input, { deskew }); // warm-up
  const t: Timing = { wall: [], cpu: [], largest: 0, out: { width: 0, height: 0 } };
  for (let i = 0; i < PAGES; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const page = await pageFromFrame(input, { deskew });
    t.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    t.cpu.push((c.user + c.system) / 1000);
    t.largest = Math.max(t.largest, page.jpeg.length);
    t.out = { width: page.width, height: page.height };
  }
  t.wall.sort((a, b) => a - b);
  t.cpu.sort((a, b) => a - b);
  return t;
}

/** A tilted page's frame: the page is smaller so that it stays on the desk once turned. */
const TILT_DEGREES = 5;

export async function benchMaterialPage(): Promise<Record<string, unknown>> {
  const rows: Record<string, unknown>[] = [];
  const deskewRows: Record<string, unknown>[] = [];
  for (const [width, height] of SIZES) {
    const straight = await time(await frame(width, height), true);
    rows.push({
      frame: `${width}×${height}`,
      page: `${straight.out.width}×${straight.out.height}`,
      wallP50Ms: Math.round(pct(straight.wall, 0.5)),
      wallP95Ms: Math.round(pct(straight.wall, 0.95)),
      // sharp works on libuv's pool: the process CPU includes its threads.
      cpuP50Ms: Math.round(pct(straight.cpu, 0.5)),
      largestBytes: straight.largest,
      underLimit: straight.largest <= MAX_PAGE_BYTES,
    });
    // The same frame tilted: without straightening (the baseline of this run) and with it.
    const tilted = await frame(width, height, TILT_DEGREES);
    const plain = await time(tilted, false);
    const deskewed = await time(tilted, true);
    const p50 = (t: Timing): number => pct(t.wall, 0.5);
    deskewRows.push({
      frame: `${width}×${height}, page tilted ${TILT_DEGREES}°`,
      withoutDeskewP50Ms: Math.round(p50(plain)),
      withDeskewP50Ms: Math.round(p50(deskewed)),
      withDeskewP95Ms: Math.round(pct(deskewed.wall, 0.95)),
      ratio: Number((p50(deskewed) / p50(plain)).toFixed(2)),
      page: `${deskewed.out.width}×${deskewed.out.height}`,
      largestBytes: deskewed.largest,
      underLimit: deskewed.largest <= MAX_PAGE_BYTES,
    });
  }
  return {
    pages: PAGES,
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    rows,
    deskew: deskewRows,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  console.log(JSON.stringify(await benchMaterialPage(), null, 2));
