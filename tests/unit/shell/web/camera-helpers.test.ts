/** The camera panel's pure parts: the stillness rule of the automatic photo and the page outline; the web shell's camera flag. */
import { describe, expect, it } from 'vitest';
import { kioskBrowserArgs } from '../../../../src-main/shell/web/browser.js';
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from '../../../../src-main/shell/security-headers.js';
import { pageOutline } from '../../../../src-renderer/materials/page-outline.js';
import {
  AUTO_CAPTURE_MS,
  initialStill,
  meanDifference,
  stepStill,
  type StillState,
} from '../../../../src-renderer/materials/still-frames.js';

const flat = (level: number): Uint8Array => new Uint8Array(64).fill(level);

function run(samples: Array<[number, Uint8Array]>): boolean[] {
  let state: StillState = initialStill();
  return samples.map(([at, sample]) => {
    const next = stepStill(state, sample, at);
    state = next.state;
    return next.fire;
  });
}

describe('the automatic photo', () => {
  it('fires once the picture has been still for 3 seconds, and not again until it moved', () => {
    const samples: Array<[number, Uint8Array]> = [];
    for (let t = 0; t <= 8000; t += 250) samples.push([t, flat(100)]);
    const fired = run(samples);
    expect(fired.filter(Boolean)).toHaveLength(1);
    expect(samples[fired.indexOf(true)]?.[0]).toBe(250 + AUTO_CAPTURE_MS);
  });

  it('fires again after the picture moved and lay still again (the next page)', () => {
    const samples: Array<[number, Uint8Array]> = [];
    for (let t = 0; t <= 4000; t += 250) samples.push([t, flat(100)]);
    samples.push([4250, flat(180)]); // a hand, a new page
    for (let t = 4500; t <= 9000; t += 250) samples.push([t, flat(180)]);
    expect(run(samples).filter(Boolean)).toHaveLength(2);
  });

  it('never fires while the picture keeps changing', () => {
    const samples: Array<[number, Uint8Array]> = [];
    for (let t = 0; t <= 10_000; t += 250) samples.push([t, flat(t % 500 === 0 ? 60 : 120)]);
    expect(run(samples).some(Boolean)).toBe(false);
  });

  it('treats samples of different sizes as different pictures', () => {
    expect(meanDifference(new Uint8Array(4), new Uint8Array(8))).toBe(255);
  });
});

describe('the page outline', () => {
  it('is an A4 portrait sheet centred in the picture, inside it in any frame shape', () => {
    for (const [w, h] of [
      [1920, 1080],
      [1280, 720],
      [2592, 1944],
      [1080, 1920],
    ] as const) {
      const r = pageOutline(w, h);
      expect(r.height / r.width).toBeCloseTo(Math.SQRT2, 1);
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.y).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(w);
      expect(r.y + r.height).toBeLessThanOrEqual(h);
    }
  });
});

describe('the shells let the app, and only the app, use the camera', () => {
  it("answers the web shell Chromium's camera prompt and keeps the camera to the app", () => {
    expect(kioskBrowserArgs('http://127.0.0.1:1/', '/tmp/p')).toContain('--use-fake-ui-for-media-stream');
    expect(PERMISSIONS_POLICY).toContain('camera=(self)');
    expect(PERMISSIONS_POLICY).toContain('microphone=()');
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: blob:");
  });
});
