/**
 * A busy paper page (a patterned, 户口簿-like sheet with a title and ruled lines) lying on a dark desk, as
 * a 1920×1080 document camera sees it, written as a Y4M file for Chromium's fake camera. Its pattern
 * defeats JPEG compression, so every page the kiosk keeps is larger than one upload chunk and a kill
 * after the first chunk falls inside a page.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { yuv420 } from './a4-frame.js';

export const BUSY_FRAME = { width: 1920, height: 1080 } as const;

function overlaySvg(width: number, height: number): string {
  const rules = Array.from({ length: 18 }, (_, i) => {
    const y = Math.round(height * 0.2) + i * 36;
    return `<line x1="40" y1="${y}" x2="${width - 40}" y2="${y}" stroke="#222" stroke-width="3"/>`;
  }).join('');
  const font = 'Noto Sans CJK SC, WenQuanYi Micro Hei';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <text x="${width / 2}" y="90" font-size="44" text-anchor="middle" font-family="${font}" fill="#111">常住人口登记卡</text>
    <text x="40" y="150" font-size="26" font-family="${font}" fill="#111">户主或与户主关系：本人 登记日期：2026年12月6日</text>
    ${rules}
  </svg>`;
}

/** Raw RGB of a page-sized pseudo-random pattern from `seed` (light greys): JPEG cannot squeeze it. */
export function busyPatternRgb(pageWidth: number, pageHeight: number, seed: number): Buffer {
  const rgb = Buffer.alloc(pageWidth * pageHeight * 3);
  let state = seed;
  for (let i = 0; i < rgb.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    rgb[i] = 130 + ((state >>> 16) % 126);
  }
  return rgb;
}

/** RGB pixels of the frame: the page (pseudo-random pattern from `seed`, then the print) on the desk. */
export async function busyA4FrameRgb(seed = 1): Promise<Buffer> {
  const { width, height } = BUSY_FRAME;
  const pageHeight = Math.round(height * 0.86);
  const pageWidth = Math.round(pageHeight / Math.SQRT2);
  const rgb = busyPatternRgb(pageWidth, pageHeight, seed);
  const page = await sharp(rgb, { raw: { width: pageWidth, height: pageHeight, channels: 3 } })
    .composite([{ input: Buffer.from(overlaySvg(pageWidth, pageHeight)) }])
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#2b2f33' } })
    .composite([
      { input: page, left: Math.round((width - pageWidth) / 2), top: Math.round((height - pageHeight) / 2) },
    ])
    .removeAlpha()
    .raw()
    .toBuffer();
}

/** Writes a Y4M file of `frames` identical frames of the busy page (the page lies still). */
export async function writeBusyA4Y4m(file: string, frames = 4): Promise<void> {
  const { width, height } = BUSY_FRAME;
  const planes = yuv420(await busyA4FrameRgb(), width, height);
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420\n`)];
  for (let i = 0; i < frames; i++) parts.push(Buffer.from('FRAME\n'), planes);
  fs.writeFileSync(file, Buffer.concat(parts));
}
