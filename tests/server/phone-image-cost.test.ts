/**
 * What a phone photo costs the server: normalizePhonePhoto decodes the photo once and runs the slow
 * mozjpeg encode of the whole page once, however dense the photo; at most PHOTO_SLOTS photos are worked
 * on at once, PHOTO_QUEUE more wait, and any further one is refused (the upload route answers 503).
 *
 * The work is counted, not timed: every sharp pipeline ends in toBuffer, which the tests watch on sharp's
 * prototype. What a pipeline reads and writes is taken from its options, sharp's own record of them.
 */
import crypto from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import sharp, { type Sharp } from 'sharp';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  normalizePhonePhoto,
  PAGE_MAX_BYTES,
  PHOTO_QUEUE,
  PHOTO_SLOTS,
  PhotosBusyError,
} from '../../src-server/phone-upload/phone-image.js';
import { densePhoto, phoneJpeg, TEST_GPS } from '../helpers/phone-photos.js';
import { startHarness } from './server-harness.js';

/** The part of sharp's pipeline options the counts need. */
interface PipelineOptions {
  input: { rawWidth?: number; rawHeight?: number; createWidth?: number };
  formatOut: string;
  jpegTrellisQuantisation: boolean;
}

interface Pipeline {
  /** Reads a compressed image (a JPEG or PNG), not raw pixels. */
  decodes: boolean;
  /** Writes a mozjpeg JPEG (trellis quantisation: the slow part). */
  mozjpeg: boolean;
  /** Pixels of its raw input; Infinity for a compressed one, whose size is not known here. */
  rawPixels: number;
}

const sharpPrototype = Object.getPrototypeOf(sharp()) as Sharp;

function describePipeline(image: Sharp): Pipeline {
  const { options } = image as unknown as { options: PipelineOptions };
  const raw = options.input.rawWidth !== undefined;
  return {
    decodes: !raw && options.input.createWidth === undefined,
    mozjpeg: options.formatOut === 'jpeg' && options.jpegTrellisQuantisation,
    rawPixels: raw ? (options.input.rawWidth ?? 0) * (options.input.rawHeight ?? 0) : Infinity,
  };
}

/** Watches every toBuffer: records its pipeline, and lets it run once `before` has resolved. */
function watchPipelines(before: () => Promise<void> = () => Promise.resolve()): {
  pipelines: Pipeline[];
  running: () => number;
  mostRunning: () => number;
} {
  const pipelines: Pipeline[] = [];
  let running = 0;
  let most = 0;
  const original = Reflect.get(sharpPrototype, 'toBuffer') as (
    this: Sharp,
    ...args: unknown[]
  ) => Promise<unknown>;
  vi.spyOn(sharpPrototype, 'toBuffer').mockImplementation(async function (this: Sharp, ...args: unknown[]) {
    pipelines.push(describePipeline(this));
    running++;
    most = Math.max(most, running);
    try {
      await before();
      return await original.apply(this, args);
    } finally {
      running--;
    }
  } as Sharp['toBuffer']);
  return { pipelines, running: () => running, mostRunning: () => most };
}

/** Full-page mozjpeg encodes: from a compressed image, or from raw pixels of at least half the page. */
const fullEncodes = (pipelines: Pipeline[], pagePixels: number): number =>
  pipelines.filter((p) => p.mozjpeg && p.rawPixels >= pagePixels / 2).length;

/** Noise from a fixed seed: a photo of nothing but detail, the same bytes on every run. */
function noiseBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

let dense: Buffer;
let uniformNoise: Buffer;

beforeAll(async () => {
  // The dense photo of the measurements: 4000 × 3000 gaussian noise at JPEG quality 95, about 11 MB.
  dense = await densePhoto();
  // Uniform noise: too large at A4 even at the lowest quality, so the page must be scaled down.
  uniformNoise = await sharp(noiseBytes(4000 * 3000 * 3, 7), {
    raw: { width: 4000, height: 3000, channels: 3 },
  })
    .jpeg({ quality: 95 })
    .toBuffer();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('normalizePhonePhoto: the work one photo costs', () => {
  it('decodes a dense 11 MB photo once and encodes the page kept with mozjpeg once', async () => {
    expect(dense.length).toBeGreaterThan(8 * 1024 * 1024);
    const { pipelines } = watchPipelines();
    const page = await normalizePhonePhoto(dense);
    expect(page.jpeg.length).toBeLessThanOrEqual(PAGE_MAX_BYTES);
    // Scaled into A4 landscape at 200 dpi, kept at that size (its lowest quality fits).
    expect([page.width, page.height]).toEqual([2205, 1654]);
    expect(pipelines.filter((p) => p.decodes)).toHaveLength(1);
    expect(fullEncodes(pipelines, page.width * page.height)).toBe(1);
  });

  it('scales the decoded pixels down when even the lowest quality is too large, still decoding once', async () => {
    const { pipelines } = watchPipelines();
    const page = await normalizePhonePhoto(uniformNoise);
    expect(page.jpeg.length).toBeLessThanOrEqual(PAGE_MAX_BYTES);
    expect(page.width).toBeLessThan(2205);
    expect(page.width).toBeGreaterThan(1000);
    expect(pipelines.filter((p) => p.decodes)).toHaveLength(1);
    expect(fullEncodes(pipelines, page.width * page.height)).toBeLessThanOrEqual(2);
  });

  it('decodes an ordinary phone photo once, and keeps no EXIF, XMP, ICC or GPS, upright', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><rect width="100%" height="100%" fill="#eee"/></svg>';
    const photo = await sharp(Buffer.from(svg))
      .jpeg({ quality: 90 })
      .withIccProfile('p3')
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>')
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: 'TestPhone' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: TEST_GPS.latitude },
      })
      .toBuffer();
    const stored = await sharp(photo).metadata();
    expect([stored.exif, stored.icc, stored.xmp].every(Boolean)).toBe(true);
    expect(stored.orientation).toBe(6);
    const { pipelines } = watchPipelines();
    const page = await normalizePhonePhoto(photo);
    expect(pipelines.filter((p) => p.decodes)).toHaveLength(1);
    expect(fullEncodes(pipelines, page.width * page.height)).toBe(1);
    const meta = await sharp(page.jpeg).metadata();
    expect([meta.width, meta.height]).toEqual([900, 1200]);
    expect([meta.exif, meta.icc, meta.xmp, meta.orientation]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(page.jpeg.includes(Buffer.from('TestPhone'))).toBe(false);
  });
});

/** A gate the watched pipelines wait at until the test opens it. */
function gate(): { wait: () => Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { wait: () => opened, open };
}

/** The limits the server is meant to keep: photos worked on at once, and photos waiting for a slot. */
const SLOTS = 2;
const QUEUE = 16;

describe('normalizePhonePhoto: photos at once', () => {
  it(`works on at most ${SLOTS} photos at once, queues ${QUEUE} and refuses the rest at once`, async () => {
    const photo = await phoneJpeg(600, 450);
    const held = gate();
    const watch = watchPipelines(held.wait);
    try {
      const extra = 3;
      const calls = Array.from({ length: SLOTS + QUEUE + extra }, () =>
        normalizePhonePhoto(photo).then(
          () => 'done' as const,
          (error: unknown) => error,
        ),
      );
      const refused: unknown[] = [];
      for (const call of calls) void call.then((outcome) => outcome !== 'done' && refused.push(outcome));
      // While the first photos are held, the queue fills and every further photo is refused at once.
      await vi.waitFor(() => expect(refused).toHaveLength(extra), { timeout: 10_000 });
      await vi.waitFor(() => expect(watch.running()).toBe(SLOTS));
      for (const error of refused)
        expect(error).toMatchObject({ name: 'PhotosBusyError', message: 'phone photos busy' });
      expect(refused[0]).toBeInstanceOf(PhotosBusyError);
      held.open();
      const outcomes = await Promise.all(calls);
      expect(outcomes.filter((o) => o === 'done')).toHaveLength(SLOTS + QUEUE);
      expect(watch.mostRunning()).toBe(SLOTS);
      // The slots are free again afterwards.
      await expect(normalizePhonePhoto(photo)).resolves.toMatchObject({ width: 450, height: 600 });
      expect([PHOTO_SLOTS, PHOTO_QUEUE]).toEqual([SLOTS, QUEUE]);
    } finally {
      held.open();
    }
  });

  it('answers an upload 503 with a Chinese sentence and Retry-After while the queue is full', async () => {
    const h = await startHarness();
    const held = gate();
    try {
      const kiosk = h.client((await h.enroll()).deviceToken);
      const link = await kiosk.openPhoneLink({ sessionId: crypto.randomUUID(), materialName: '户口簿' });
      const token = new URL(link.url).hash.slice(1);
      const claim = await h.app.inject({ method: 'POST', url: '/v1/phone/claim', payload: { token } });
      const { uploadKey } = claim.json<{ uploadKey: string }>();
      const photo = await phoneJpeg(600, 450);
      watchPipelines(held.wait);
      const answered: number[] = [];
      let busy: LightMyRequestResponse | undefined;
      const uploads = Array.from({ length: SLOTS + QUEUE + 1 }, async () => {
        const answer = await h.app.inject({
          method: 'POST',
          url: '/v1/phone/pages',
          headers: { 'content-type': 'image/jpeg', 'x-phone-token': token, 'x-upload-key': uploadKey },
          payload: photo,
        });
        answered.push(answer.statusCode);
        if (answer.statusCode === 503) busy = answer;
      });
      // Every photo but the refused one is held at the gate: the one answer so far is the refusal.
      await vi.waitFor(() => expect(answered).toEqual([503]), { timeout: 10_000 });
      expect(busy?.headers['retry-after']).toBe('1');
      expect(busy?.json()).toEqual({
        error: { code: 'RATE_LIMITED', message: '服务器正忙，请稍后再传这张照片。' },
      });
      held.open();
      await Promise.all(uploads);
      expect(answered.sort((a, b) => a - b)).toEqual([...Array<number>(SLOTS + QUEUE).fill(201), 503]);
    } finally {
      held.open();
      await h.close();
    }
  });
});
