/** A frame of the live picture, cut to the page outline, as base64 JPEG for `materials.capture`. */
import { MAX_FRAME_BASE64 } from '../../src-main/contract/materials.types.js';
import { pageOutline } from './page-outline.js';

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no frame'))), 'image/jpeg', quality),
  );
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  bytes.fill(0);
  return btoa(text);
}

export async function frameOfOutline(video: HTMLVideoElement): Promise<string> {
  const outline = pageOutline(video.videoWidth, video.videoHeight);
  let scale = 1;
  for (;;) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(outline.width * scale);
    canvas.height = Math.round(outline.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(
      video,
      outline.x,
      outline.y,
      outline.width,
      outline.height,
      0,
      0,
      canvas.width,
      canvas.height,
    );
    const text = await base64Of(await toBlob(canvas, 0.9));
    context.clearRect(0, 0, canvas.width, canvas.height);
    canvas.width = 0;
    if (text.length <= MAX_FRAME_BASE64 || scale < 0.3) return text;
    scale *= 0.75;
  }
}

/** A small grey sample of the live picture, for the stillness check. */
export function sampleOf(video: HTMLVideoElement, canvas: HTMLCanvasElement): Uint8ClampedArray | null {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context || video.videoWidth === 0) return null;
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height).data;
}
