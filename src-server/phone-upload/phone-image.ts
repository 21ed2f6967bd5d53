/**
 * A phone photo made fit for a case: only JPEG and PNG are taken (checked by their bytes, not by what the
 * phone says), turned upright by its EXIF orientation, scaled to A4 at about 200 dpi at most, and encoded
 * again as JPEG of at most PAGE_MAX_BYTES with no metadata at all — phone photos carry GPS positions, the
 * camera's serial number and the time, none of which belongs in a case. sharp (libvips) does the work.
 *
 * The work is bounded, because anyone holding an upload link can send photos: the photo is decoded,
 * turned and scaled once, to raw pixels; the quality is chosen from encodes of a quarter of the rows (plain
 * libjpeg first, which is quick and larger than mozjpeg, then mozjpeg in a binary search), and the slow
 * mozjpeg encode of the whole page runs once, for the JPEG kept. Only when even the lowest quality is too
 * large are the decoded pixels scaled down further. At most PHOTO_SLOTS photos are worked on at once in this
 * process, PHOTO_QUEUE more wait, and any further one is refused at once with PhotosBusyError.
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import { WorkSlots } from '../core/work-slots.js';

/** A4 at 200 dpi: 1654 × 2339 pixels. A photo is scaled to fit these, either way round. */
const LONG_SIDE = 2339;
const SHORT_SIDE = 1654;
/** A page's JPEG after encoding (材料采集: ≤ 400 KB a page). */
export const PAGE_MAX_BYTES = 400 * 1024;
const THUMBNAIL_SIDE = 320;
/** Decoding bombs are refused: 50 megapixels is above any phone camera in use. */
const MAX_INPUT_PIXELS = 50_000_000;
/** Qualities tried, best first; below the last one the page is scaled down instead. */
const QUALITIES = [82, 72, 62, 52, 42] as const;
/** Each smaller scale is three quarters of the one before, as A4 at 150 dpi, 112 dpi… */
const SCALE_STEP = 0.75;
/** A predicted size must leave this much of PAGE_MAX_BYTES spare: predictions are off by a few percent. */
const PREDICTION_MARGIN = 0.96;
/** Predictions encode one band of SAMPLE_ROWS rows in every SAMPLE_EVERY (16 rows: whole JPEG blocks). */
const SAMPLE_ROWS = 16;
const SAMPLE_EVERY = 4;

/** Photos worked on at once in this process (each takes a core for up to a second). */
export const PHOTO_SLOTS = 2;
/** Photos that may wait for a slot; any further one is refused at once. */
export const PHOTO_QUEUE = 16;

export interface NormalizedPage {
  jpeg: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
}

export class BadImageError extends Error {
  constructor(
    message: string,
    readonly userMessage: string,
  ) {
    super(message);
    this.name = 'BadImageError';
  }
}

/** Every slot taken and the queue full: the phone may send the photo again in a moment. */
export class PhotosBusyError extends Error {
  constructor() {
    super('phone photos busy');
    this.name = 'PhotosBusyError';
  }
}

const UNSUPPORTED = '只能上传 JPEG 或 PNG 格式的照片。请用手机相机直接拍照，或从相册选择照片。';
const UNREADABLE = '这张照片无法打开，可能已损坏。请重新拍一张。';

export function imageKind(bytes: Uint8Array): 'jpeg' | 'png' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'png';
  return null;
}

const photoSlots = new WorkSlots(PHOTO_SLOTS, PHOTO_QUEUE, () => new PhotosBusyError());

/** Decoded, upright, flattened pixels: 8 bits a channel, no alpha. */
interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

const fromPixels = (pixels: Pixels): Sharp =>
  sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });

async function toPixels(image: Sharp): Promise<Pixels> {
  const { data, info } = await image.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** The header's checks: the bytes' kind, a readable header of that kind, not too many pixels. */
async function readHeader(input: Buffer): Promise<Metadata> {
  const kind = imageKind(input);
  if (!kind) throw new BadImageError('not a JPEG or PNG', UNSUPPORTED);
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new BadImageError('unreadable image header', UNREADABLE);
  }
  if (meta.format !== kind || !meta.width || !meta.height)
    throw new BadImageError('image header does not match its bytes', UNREADABLE);
  if (meta.width * meta.height > MAX_INPUT_PIXELS)
    throw new BadImageError('image too many pixels', '这张照片的像素太多，请用手机相机的普通模式重新拍。');
  return meta;
}

/** The A4 box the photo is scaled into, turned the same way as the upright photo. */
function pageBox(meta: Metadata): { width: number; height: number } {
  // Orientations 5–8 turn the picture a quarter: its upright width is the stored height.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  return width > height ? { width: LONG_SIDE, height: SHORT_SIDE } : { width: SHORT_SIDE, height: LONG_SIDE };
}

/** The only decode of the photo: upright, on white, scaled into the box. Metadata stays behind. */
async function decodeOnce(input: Buffer, box: { width: number; height: number }): Promise<Pixels> {
  try {
    return await toPixels(
      sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
        .rotate()
        .flatten({ background: '#ffffff' })
        .resize({ ...box, fit: 'inside', withoutEnlargement: true }),
    );
  } catch {
    throw new BadImageError('image could not be decoded', UNREADABLE);
  }
}

/** The JPEG kept: mozjpeg (trellis quantisation, optimised progressive scans), the slow encode. */
const encodeFinal = (pixels: Pixels, quality: number): Promise<Buffer> =>
  fromPixels(pixels).jpeg({ quality, mozjpeg: true }).toBuffer();

/** Rows of whole 16-row bands, one band in SAMPLE_EVERY: a quarter of the page, spread over all of it. */
function sampleRows(pixels: Pixels): Pixels {
  const rowBytes = pixels.width * pixels.channels;
  const bands: Buffer[] = [];
  let height = 0;
  for (let y = 0; y < pixels.height; y += SAMPLE_ROWS * SAMPLE_EVERY) {
    const rows = Math.min(SAMPLE_ROWS, pixels.height - y);
    bands.push(pixels.data.subarray(y * rowBytes, (y + rows) * rowBytes));
    height += rows;
  }
  return { ...pixels, data: Buffer.concat(bands), height };
}

/** The size of the whole page's JPEG, predicted from `encode`, the same encode of its sample rows. */
async function predictedBytes(page: Pixels, sample: Pixels, encode: Sharp): Promise<number> {
  const bytes = (await encode.toBuffer()).length;
  return Math.round((bytes * page.height) / sample.height);
}

/** Plain libjpeg: several times faster than mozjpeg, and its JPEG is larger (by 20–130 % on photos). */
const plainEncode = (sample: Pixels, quality: number): Sharp => fromPixels(sample).jpeg({ quality });
const mozjpegEncode = (sample: Pixels, quality: number): Sharp =>
  fromPixels(sample).jpeg({ quality, mozjpeg: true });

const fits = (bytes: number): boolean => bytes <= PAGE_MAX_BYTES * PREDICTION_MARGIN;

/**
 * The index in QUALITIES of the best quality predicted to fit (QUALITIES.length when none does), and the
 * predicted size at the lowest quality that did not fit. Sizes fall as the quality falls: a binary search.
 */
async function chooseQuality(pixels: Pixels): Promise<{ index: number; overBytes: number }> {
  const sample = sampleRows(pixels);
  // Most photos fit at the best quality even as plain libjpeg: one quick encode of the sample settles it.
  if (fits(await predictedBytes(pixels, sample, plainEncode(sample, QUALITIES[0]))))
    return { index: 0, overBytes: 0 };
  let low = 0;
  let high: number = QUALITIES.length;
  let overBytes = 0;
  while (low < high) {
    const middle = (low + high) >> 1;
    // middle < high <= QUALITIES.length: always one of the qualities.
    const quality = QUALITIES[middle] ?? 0;
    const bytes = await predictedBytes(pixels, sample, mozjpegEncode(sample, quality));
    if (fits(bytes)) {
      high = middle;
    } else {
      low = middle + 1;
      overBytes = bytes;
    }
  }
  return { index: low, overBytes };
}

/**
 * The pixels scaled down by SCALE_STEP as many times as a JPEG of `bytes` needs to fit, its size taken to
 * follow the area; at least once. A prediction short of the truth only means one more round.
 */
async function shrink(pixels: Pixels, bytes: number): Promise<Pixels> {
  const areaStep = SCALE_STEP * SCALE_STEP;
  const steps = Math.max(
    1,
    Math.ceil(Math.log((PAGE_MAX_BYTES * PREDICTION_MARGIN) / bytes) / Math.log(areaStep)),
  );
  const scale = SCALE_STEP ** steps;
  return toPixels(
    fromPixels(pixels).resize({
      width: Math.max(1, Math.round(pixels.width * scale)),
      height: Math.max(1, Math.round(pixels.height * scale)),
      fit: 'inside',
    }),
  );
}

/**
 * The best JPEG of at most PAGE_MAX_BYTES: at the chosen quality, at the next lower one when the encode
 * came out larger than predicted, or of smaller pixels when even the lowest quality is too large.
 */
async function fitPage(start: Pixels): Promise<{ jpeg: Buffer; pixels: Pixels }> {
  let pixels = start;
  for (;;) {
    const choice = await chooseQuality(pixels);
    let overBytes = choice.overBytes;
    for (const quality of QUALITIES.slice(choice.index)) {
      const jpeg = await encodeFinal(pixels, quality);
      if (jpeg.length <= PAGE_MAX_BYTES) return { jpeg, pixels };
      overBytes = jpeg.length;
    }
    pixels = await shrink(pixels, overBytes);
  }
}

const thumbnailOf = (pixels: Pixels): Promise<Buffer> =>
  fromPixels(pixels)
    .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside' })
    .jpeg({ quality: 70 })
    .toBuffer();

export async function normalizePhonePhoto(input: Buffer): Promise<NormalizedPage> {
  const box = pageBox(await readHeader(input));
  return photoSlots.run(async () => {
    const { jpeg, pixels } = await fitPage(await decodeOnce(input, box));
    const thumbnail = await thumbnailOf(pixels);
    return { jpeg, thumbnail, width: pixels.width, height: pixels.height };
  });
}
