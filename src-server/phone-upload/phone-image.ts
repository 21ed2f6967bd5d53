/**
 * A phone photo made fit for a case: only JPEG and PNG are taken (checked by their bytes, not by what the
 * phone says), turned upright by its EXIF orientation, scaled to A4 at about 200 dpi at most, and encoded
 * again as JPEG of at most PAGE_MAX_BYTES with no metadata at all — phone photos carry GPS positions, the
 * camera's serial number and the time, none of which belongs in a case. sharp (libvips) does the work.
 */
import sharp, { type Metadata } from 'sharp';

/** A4 at 200 dpi: 1654 × 2339 pixels. A photo is scaled to fit these, either way round. */
const LONG_SIDE = 2339;
const SHORT_SIDE = 1654;
/** A page's JPEG after encoding (issue 材料采集: ≤ 400 KB a page). */
export const PAGE_MAX_BYTES = 400 * 1024;
const THUMBNAIL_SIDE = 320;
/** Decoding bombs are refused: 50 megapixels is above any phone camera in use. */
const MAX_INPUT_PIXELS = 50_000_000;
const QUALITIES = [82, 72, 62, 52, 42] as const;

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

const UNSUPPORTED = '只能上传 JPEG 或 PNG 格式的照片。请用手机相机直接拍照，或从相册选择照片。';
const UNREADABLE = '这张照片无法打开，可能已损坏。请重新拍一张。';

export function imageKind(bytes: Uint8Array): 'jpeg' | 'png' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'png';
  return null;
}

export async function normalizePhonePhoto(input: Buffer): Promise<NormalizedPage> {
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
  // Orientations 5–8 turn the picture a quarter: its upright width is the stored height.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  const box =
    width > height ? { width: LONG_SIDE, height: SHORT_SIDE } : { width: SHORT_SIDE, height: LONG_SIDE };

  try {
    const upright = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize({ ...box, fit: 'inside', withoutEnlargement: true });
    let scale = 1;
    for (;;) {
      const pipeline =
        scale === 1
          ? upright.clone()
          : upright.clone().resize({
              width: Math.round(box.width * scale),
              height: Math.round(box.height * scale),
              fit: 'inside',
              withoutEnlargement: true,
            });
      for (const quality of QUALITIES) {
        const { data, info } = await pipeline
          .clone()
          .jpeg({ quality, mozjpeg: true })
          .toBuffer({ resolveWithObject: true });
        if (data.length <= PAGE_MAX_BYTES) {
          const thumbnail = await sharp(data)
            .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside' })
            .jpeg({ quality: 70 })
            .toBuffer();
          return { jpeg: data, thumbnail, width: info.width, height: info.height };
        }
      }
      scale *= 0.75;
    }
  } catch (error) {
    if (error instanceof BadImageError) throw error;
    throw new BadImageError('image could not be decoded', UNREADABLE);
  }
}
