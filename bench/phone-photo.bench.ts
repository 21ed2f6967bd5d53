/**
 * What the district server spends on one phone photo (phone-image.ts, sharp): a 12-megapixel phone JPEG
 * (4000 × 3000, EXIF orientation and GPS) and a 1200 × 900 one, each checked, turned upright, scaled to A4 at
 * 200 dpi and re-encoded without metadata to ≤ 400 KB, with its thumbnail. CPU time and wall time per photo
 * (wall includes waiting for a core on a loaded machine), and the page's size.
 * Run alone: `npx tsx bench/phone-photo.bench.ts`.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { normalizePhonePhoto, PAGE_MAX_BYTES } from '../src-server/phone-upload/phone-image.js';

const RUNS = 8;

/** A photographed page: paper with a light gradient, lines of "text", sensor noise; stored sideways. */
async function photo(width: number, height: number): Promise<Buffer> {
  const lines = Array.from(
    { length: 40 },
    (_, i) =>
      `<rect x="${width * 0.08}" y="${height * 0.06 + i * height * 0.022}" width="${width * (0.6 + (i % 5) * 0.06)}" height="${height * 0.006}" fill="#222"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#f4f1ea"/><stop offset="1" stop-color="#d9d4c8"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${lines}</svg>`;
  const clean = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  const noisy = await sharp(clean.data, { raw: clean.info })
    .composite([
      {
        input: {
          create: {
            width,
            height,
            channels: 3,
            background: '#808080',
            noise: { type: 'gaussian', mean: 128, sigma: 6 },
          },
        },
        blend: 'overlay',
      },
    ])
    .jpeg({ quality: 92 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 38/1 1234/100' } })
    .toBuffer();
  return noisy;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function measure(width: number, height: number): Promise<Record<string, number | boolean>> {
  const input = await photo(width, height);
  const wall: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const page = await normalizePhonePhoto(input);
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1000);
    bytes = page.jpeg.length;
  }
  return {
    inputKB: Math.round(input.length / 1024),
    pageKB: Math.round(bytes / 1024),
    pageWithinLimit: bytes <= PAGE_MAX_BYTES,
    wallMsP50: Math.round(percentile(wall, 50)),
    wallMsP95: Math.round(percentile(wall, 95)),
    // libvips works on its own threads: process CPU time covers them.
    cpuMsP50: Math.round(percentile(cpu, 50)),
  };
}

export async function benchPhonePhoto(): Promise<Record<string, unknown>> {
  return {
    runs: RUNS,
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    cores: os.cpus().length,
    photo12mp: await measure(4000, 3000),
    photo1mp: await measure(1200, 900),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  console.log(JSON.stringify(await benchPhonePhoto(), null, 2));
