/**
 * Turns a camera frame into a page: rotated as the citizen asked, straightened (the tilt measured by
 * page-skew.ts, the rotation done by libvips), cropped to the paper (the uniform background around it
 * is trimmed), fitted into A4 at about 200 dpi and encoded as a JPEG of at most
 * MAX_PAGE_BYTES. sharp (libvips) does the pixel work; it runs off the event loop.
 */
import type SharpModule from 'sharp';
import type { Sharp } from 'sharp';
import { InputError } from '../../contract/errors.js';
import { A4_200DPI, MAX_PAGE_BYTES } from './page-limits.js';
import { estimateSkew } from './page-skew.js';

/** sharp (libvips) loads at the first page, not with the kiosk's core: its start needs no pixels. */
let sharp: typeof SharpModule | undefined;
async function loadSharp(): Promise<typeof SharpModule> {
  sharp ??= (await import('sharp')).default;
  return sharp;
}

/** sharp, once an exported function has loaded it. */
function lib(): typeof SharpModule {
  if (!sharp) throw new Error('sharp is not loaded yet');
  return sharp;
}

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
  return lib()(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS });
}

/** Decoded pixels between the steps, so no step pays for a JPEG round trip. */
interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

function open(image: Buffer | Pixels): Sharp {
  if (Buffer.isBuffer(image)) return frameOf(image);
  const { data, width, height, channels } = image;
  return lib()(data, { raw: { width, height, channels } });
}

async function pixelsOf(image: Sharp): Promise<Pixels> {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** The tilt is measured on a copy this wide (or high): enough for text lines of an A4 page. */
const SKEW_SAMPLE_SIZE = 480;

/** The page's tilt (degrees, clockwise positive) measured on a small greyscale copy. */
export async function skewOf(image: Buffer | Pixels): Promise<number> {
  await loadSharp();
  const { data, info } = await open(image)
    .resize({ width: SKEW_SAMPLE_SIZE, height: SKEW_SAMPLE_SIZE, fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grey =
    info.channels === 1
      ? data
      : Uint8Array.from({ length: info.width * info.height }, (_, i) => data[i * info.channels] ?? 0);
  return estimateSkew({ pixels: grey, width: info.width, height: info.height });
}

/**
 * The frame turned straight: rotated back by the measured tilt, the corners this opens filled with the
 * colour of the frame's corner (the desk), so the trim that follows cuts them away with the desk.
 */
async function straighten(image: Pixels): Promise<Pixels> {
  const angle = await skewOf(image);
  if (angle === 0) return image;
  const [r = 0, g = r, b = r] = image.data.subarray(0, Math.min(3, image.channels));
  return pixelsOf(open(image).rotate(-angle, { background: { r, g, b } }));
}

/** The frame cropped to the paper: the border that matches the corner's colour is cut away. */
async function cropToPaper(frame: Buffer, turn: QuarterTurn, deskew: boolean): Promise<Pixels> {
  let image = await pixelsOf(frameOf(frame).rotate(turn));
  if (deskew) image = await straighten(image);
  try {
    const trimmed = await pixelsOf(open(image).trim({ threshold: TRIM_THRESHOLD }));
    // A trim that kept less than a tenth of the frame found noise, not the paper: keep the frame.
    if (trimmed.width * trimmed.height >= (image.width * image.height) / 10) return trimmed;
  } catch {
    // Nothing to trim (a frame of one colour, or the paper fills it): keep the frame as it is.
  }
  return image;
}

async function encode(image: Buffer | Pixels, box: { width: number; height: number }): Promise<PageImage> {
  let scale = 1;
  for (;;) {
    const width = Math.max(200, Math.round(box.width * scale));
    const height = Math.max(200, Math.round(box.height * scale));
    for (const quality of QUALITIES) {
      const { data, info } = await open(image)
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

export interface PageOptions {
  /** A quarter turn first (the page lay sideways). */
  turn?: QuarterTurn;
  /** Straighten a tilted page (on unless measuring what it costs). */
  deskew?: boolean;
}

/** A camera frame (JPEG or PNG bytes) → the page as it is kept and sent. */
export async function pageFromFrame(frame: Buffer, options: PageOptions = {}): Promise<PageImage> {
  await loadSharp();
  try {
    const paper = await cropToPaper(frame, options.turn ?? 0, options.deskew ?? true);
    return await encode(paper, a4Box(paper.width, paper.height));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('camera frame cannot be decoded', 'frame', UNREADABLE);
  }
}

/** A page turned by a quarter (旋转): re-encoded within the same limits. */
export async function turnPage(jpeg: Buffer): Promise<PageImage> {
  await loadSharp();
  try {
    const turned = await frameOf(jpeg).rotate(90).toBuffer();
    const { width = 0, height = 0 } = await frameOf(turned).metadata();
    return await encode(turned, a4Box(width, height));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('page cannot be turned', 'pageId', UNREADABLE);
  }
}
