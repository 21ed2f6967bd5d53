/**
 * Turns a camera frame into a page: rotated as the citizen asked, cropped to the paper (the uniform
 * background around it is trimmed), fitted into A4 at about 200 dpi and encoded as a JPEG of at most
 * MAX_PAGE_BYTES. sharp (libvips) does the pixel work; it runs off the event loop.
 */
import sharp, { type Sharp } from 'sharp';
import { InputError } from '../../contract/errors.js';
import { A4_200DPI, MAX_PAGE_BYTES } from './page-limits.js';

export type QuarterTurn = 0 | 90 | 180 | 270;

export interface PageImage {
  jpeg: Buffer;
  width: number;
  height: number;
}

/** Qualities tried in turn until the page fits; then the page is made smaller. */
const QUALITIES = [82, 72, 62, 52] as const;
/** A frame from a camera never has more pixels than this (a 40-megapixel 高拍仪 and then some). */
const MAX_INPUT_PIXELS = 48_000_000;
/** How far a background pixel may differ from the corner's colour and still be trimmed. */
const TRIM_THRESHOLD = 40;

const UNREADABLE = '这张照片无法处理，请重拍。';

function frameOf(bytes: Buffer): Sharp {
  return sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS });
}

/** The frame cropped to the paper: the border that matches the corner's colour is cut away. */
async function cropToPaper(frame: Buffer, turn: QuarterTurn): Promise<Buffer> {
  const rotated = await frameOf(frame).rotate(turn).toBuffer();
  try {
    const trimmed = await frameOf(rotated)
      .trim({ threshold: TRIM_THRESHOLD })
      .toBuffer({ resolveWithObject: true });
    const { width, height } = await frameOf(rotated).metadata();
    // A trim that kept less than a tenth of the frame found noise, not the paper: keep the frame.
    if (trimmed.info.width * trimmed.info.height >= ((width ?? 0) * (height ?? 0)) / 10) return trimmed.data;
  } catch {
    // Nothing to trim (a frame of one colour, or the paper fills it): keep the frame as it is.
  }
  return rotated;
}

async function encode(image: Buffer, box: { width: number; height: number }): Promise<PageImage> {
  let scale = 1;
  for (;;) {
    const width = Math.max(200, Math.round(box.width * scale));
    const height = Math.max(200, Math.round(box.height * scale));
    for (const quality of QUALITIES) {
      const { data, info } = await frameOf(image)
        .resize({ width, height, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      if (data.length <= MAX_PAGE_BYTES) return { jpeg: data, width: info.width, height: info.height };
    }
    if (width === 200 && height === 200)
      throw new InputError('page does not fit the size limit', 'frame', UNREADABLE);
    scale *= 0.8;
  }
}

/** A4 box in the page's orientation. */
function a4Box(width: number, height: number): { width: number; height: number } {
  return width > height ? { width: A4_200DPI.height, height: A4_200DPI.width } : { ...A4_200DPI };
}

/** A camera frame (JPEG or PNG bytes) → the page as it is kept and sent. */
export async function pageFromFrame(frame: Buffer, turn: QuarterTurn = 0): Promise<PageImage> {
  try {
    const paper = await cropToPaper(frame, turn);
    const { width = 0, height = 0 } = await frameOf(paper).metadata();
    return await encode(paper, a4Box(width, height));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('camera frame cannot be decoded', 'frame', UNREADABLE);
  }
}

/** A page turned by a quarter (旋转): re-encoded within the same limits. */
export async function turnPage(jpeg: Buffer): Promise<PageImage> {
  try {
    const turned = await frameOf(jpeg).rotate(90).toBuffer();
    const { width = 0, height = 0 } = await frameOf(turned).metadata();
    return await encode(turned, a4Box(width, height));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('page cannot be turned', 'pageId', UNREADABLE);
  }
}
