/**
 * Straightening: a rendered A4 page, tilted by 3 to 8 degrees either way on a darker desk, comes out of
 * the page pipeline straight within 1 degree, cropped to the paper in A4 proportions and under 400 KB.
 * The angle is measured on the result independently of the pipeline: the centre line of a thick black
 * rule printed across the page, fitted over the page's width.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pageFromFrame, skewOf } from '../../src-main/services/materials/page-image.js';
import { MAX_PAGE_BYTES } from '../../src-main/services/materials/page-limits.js';

const FRAME = { width: 2592, height: 1944 };
const PAGE = { width: Math.round((1944 * 0.8) / Math.SQRT2), height: Math.round(1944 * 0.8) };
/** The rule's band on the page, as fractions of its height: nothing else is printed near it. */
const RULE_AT = 0.3;

function pageSvg(): string {
  const { width, height } = PAGE;
  const lines = Array.from(
    { length: 18 },
    (_, i) =>
      `<text x="${width * 0.08}" y="${height * (0.5 + i * 0.025)}" font-size="${height * 0.016}" font-family="Noto Sans CJK SC, WenQuanYi Micro Hei" fill="#222">第${i + 1}行 申请人因病致贫，家庭人均收入低于当地低保标准，特此申请。</text>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#fbfbf7"/>
    <text x="${width / 2}" y="${height * 0.12}" font-size="${height * 0.03}" text-anchor="middle" font-family="Noto Sans CJK SC, WenQuanYi Micro Hei" fill="#111">最低生活保障申请书</text>
    <rect x="${width * 0.08}" y="${height * RULE_AT - 5}" width="${width * 0.84}" height="10" fill="#000"/>
    ${lines}
  </svg>`;
}

/** The camera's frame: the page turned by `degrees` (clockwise positive) lying on a dark desk. */
async function tiltedFrame(degrees: number): Promise<Buffer> {
  const desk = { r: 58, g: 62, b: 66 };
  const page = await sharp(Buffer.from(pageSvg()))
    .flatten({ background: '#fbfbf7' })
    .rotate(degrees, { background: desk })
    .png()
    .toBuffer({ resolveWithObject: true });
  return sharp({ create: { ...FRAME, channels: 3, background: desk } })
    .composite([
      {
        input: page.data,
        left: Math.round((FRAME.width - page.info.width) / 2),
        top: Math.round((FRAME.height - page.info.height) / 2),
      },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The rule's angle in the page image (degrees, clockwise positive): a line fitted to its column centres. */
async function ruleAngle(jpeg: Buffer): Promise<number> {
  const { data, info } = await sharp(jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  const points: Array<[number, number]> = [];
  for (let x = Math.round(width * 0.2); x <= width * 0.8; x += 4) {
    let sum = 0;
    let n = 0;
    for (let y = Math.round(height * 0.18); y <= height * 0.42; y++)
      if ((data[(y * width + x) * channels] ?? 255) < 90) {
        sum += y;
        n++;
      }
    if (n > 0) points.push([x, sum / n]);
  }
  expect(points.length).toBeGreaterThan(50);
  const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
  const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return (Math.atan(sxy / sxx) * 180) / Math.PI;
}

describe('a tilted page is straightened', () => {
  it.each([-8, -5, -3, 3, 5, 8])(
    'turned %i° on the desk: straight within 1°, A4, ≤ 400 KB',
    async (degrees) => {
      const frame = await tiltedFrame(degrees);
      // The measure sees the tilt when nothing straightens the page.
      const plain = await pageFromFrame(frame, { deskew: false });
      expect(Math.abs((await ruleAngle(plain.jpeg)) - degrees)).toBeLessThan(1);

      const page = await pageFromFrame(frame);
      expect(Math.abs(await ruleAngle(page.jpeg))).toBeLessThan(1);
      expect(page.jpeg.length).toBeLessThanOrEqual(MAX_PAGE_BYTES);
      // Cropped to the paper again: A4's 1 : √2 within 3 %, not the larger box of a tilted page.
      expect(page.height / page.width).toBeGreaterThan(Math.SQRT2 * 0.97);
      expect(page.height / page.width).toBeLessThan(Math.SQRT2 * 1.03);
    },
  );

  it('leaves a straight page alone and finds no tilt in a blank frame', async () => {
    expect(await skewOf(await tiltedFrame(0))).toBe(0);
    const blank = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    expect(await skewOf(blank)).toBe(0);
  });
});
