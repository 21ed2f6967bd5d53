/**
 * Photos as a phone makes them, for the phone upload tests: a JPEG whose EXIF carries a GPS position,
 * the camera's make and an orientation (6: stored sideways, shown upright), and a PNG screenshot.
 * Drawn with sharp, so each one is a real, decodable image with the metadata a real phone writes.
 */
import sharp, { type Sharp } from 'sharp';

/** Where the test phone "was": the GPS position the server must not keep. */
export const TEST_GPS = { latitude: '36/1 38/1 1234/100', longitude: '117/1 58/1 4321/100' };

function page(width: number, height: number, shade: number): Sharp {
  const lines = Array.from(
    { length: 12 },
    (_, i) => `<rect x="40" y="${60 + i * 40}" width="${width - 80}" height="8" fill="#333"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="rgb(${shade},${shade},${shade - 10})"/>${lines}</svg>`;
  return sharp(Buffer.from(svg));
}

/** A sideways-stored JPEG (EXIF orientation 6) of `width` × `height` stored pixels, with GPS and make. */
export function phoneJpeg(width = 1200, height = 900, shade = 240): Promise<Buffer> {
  return page(width, height, shade)
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'TestPhone', Model: 'TP-1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: TEST_GPS.latitude,
        GPSLongitudeRef: 'E',
        GPSLongitude: TEST_GPS.longitude,
      },
    })
    .toBuffer();
}

export function phonePng(width = 600, height = 800, shade = 230): Promise<Buffer> {
  return page(width, height, shade).png().toBuffer();
}

/** A photo of nothing but detail: 4000 × 3000 gaussian noise at JPEG quality 95 (about 11 MB). */
export function densePhoto(): Promise<Buffer> {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#888',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .jpeg({ quality: 95 })
    .toBuffer();
}
