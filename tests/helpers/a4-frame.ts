/**
 * A camera's view of a rendered A4 page: the page (Chinese text, lines, a signature box) lying on a dark
 * desk, as a 高拍仪 sees it. Also as a Y4M file for Chromium's fake camera
 * (`--use-file-for-fake-video-capture`), whose frames are all the same still picture.
 */
import fs from 'node:fs';
import sharp from 'sharp';

export const FRAME = { width: 1280, height: 720 } as const;

function pageSvg(width: number, height: number, title: string): string {
  const lines = Array.from({ length: 14 }, (_, i) => {
    const y = 190 + i * 32;
    return `<line x1="40" y1="${y}" x2="${width - 40}" y2="${y}" stroke="#555" stroke-width="2"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height}" fill="#fbfbf7"/>
    <text x="${width / 2}" y="90" font-size="34" text-anchor="middle" font-family="Noto Sans CJK SC, WenQuanYi Micro Hei" fill="#111">${title}</text>
    <text x="40" y="150" font-size="22" font-family="Noto Sans CJK SC, WenQuanYi Micro Hei" fill="#222">申请人签字：__________ 日期：2026年12月6日</text>
    ${lines}
    <rect x="${width - 200}" y="${height - 140}" width="160" height="100" fill="none" stroke="#c00" stroke-width="4"/>
  </svg>`;
}

/** RGB pixels of the frame: a dark desk with an A4 page inside the kiosk's page outline. */
export async function a4FrameRgb(title = '最低生活保障申请书'): Promise<Buffer> {
  const pageHeight = Math.round(FRAME.height * 0.86);
  const pageWidth = Math.round(pageHeight / Math.SQRT2);
  const page = await sharp(Buffer.from(pageSvg(pageWidth, pageHeight, title)))
    .png()
    .toBuffer();
  return sharp({ create: { width: FRAME.width, height: FRAME.height, channels: 3, background: '#2b2f33' } })
    .composite([
      {
        input: page,
        left: Math.round((FRAME.width - pageWidth) / 2),
        top: Math.round((FRAME.height - pageHeight) / 2),
      },
    ])
    .removeAlpha()
    .raw()
    .toBuffer();
}

/** The frame as a JPEG, as the screen sends it. */
export async function a4FrameJpeg(title?: string): Promise<Buffer> {
  return sharp(await a4FrameRgb(title), { raw: { width: FRAME.width, height: FRAME.height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** RGB → planar YUV 4:2:0 (BT.601, full range as Chromium's Y4M reader expects for C420). */
export function yuv420(rgb: Buffer, width: number, height: number): Buffer {
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc((width / 2) * (height / 2));
  const v = Buffer.alloc((width / 2) * (height / 2));
  for (let row = 0; row < height; row++)
    for (let col = 0; col < width; col++) {
      const i = (row * width + col) * 3;
      const r = rgb[i] ?? 0;
      const g = rgb[i + 1] ?? 0;
      const b = rgb[i + 2] ?? 0;
      y[row * width + col] = Math.round(0.257 * r + 0.504 * g + 0.098 * b + 16);
      if (row % 2 === 0 && col % 2 === 0) {
        const j = (row / 2) * (width / 2) + col / 2;
        u[j] = Math.round(-0.148 * r - 0.291 * g + 0.439 * b + 128);
        v[j] = Math.round(0.439 * r - 0.368 * g - 0.071 * b + 128);
      }
    }
  return Buffer.concat([y, u, v]);
}

/** Writes a Y4M file of `frames` identical frames of the page on the desk. */
export async function writeA4Y4m(file: string, frames = 10): Promise<void> {
  const planes = yuv420(await a4FrameRgb(), FRAME.width, FRAME.height);
  const header = Buffer.from(`YUV4MPEG2 W${FRAME.width} H${FRAME.height} F10:1 Ip A1:1 C420\n`);
  const frameHeader = Buffer.from('FRAME\n');
  const parts: Buffer[] = [header];
  for (let i = 0; i < frames; i++) parts.push(frameHeader, planes);
  fs.writeFileSync(file, Buffer.concat(parts));
}
