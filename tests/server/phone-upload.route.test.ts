import crypto from 'node:crypto';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RejectedError } from '../../src-main/district/district.errors.js';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { PHONE_LINK_MAX_PAGES, PHONE_PHOTO_MAX_BYTES } from '../../src-protocol/phone-links.js';
import { buildApp } from '../../src-server/app.js';
import { densePhoto, phoneJpeg, phonePng } from '../helpers/phone-photos.js';
import { HALL, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

const SESSION = crypto.randomUUID();

interface PhoneAnswer {
  status: number;
  body: {
    error?: { code: string; message: string };
    uploadKey?: string;
    seq?: number;
    materialName?: string;
  };
}

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let baseUrl: string;
  let kiosk: DistrictClient;

  beforeEach(async () => {
    h = await startHarness(kind);
    baseUrl = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const { deviceToken } = await h.enroll();
    kiosk = new DistrictClient({ baseUrl, token: deviceToken, timeoutMs: 30_000 });
  });
  afterEach(() => h.close());

  /** What the phone page does: the fragment's token, claimed, then photos as raw bytes. */
  const tokenOf = (url: string): string => new URL(url).hash.slice(1);
  async function claim(token: string, uploadKey?: string): Promise<PhoneAnswer> {
    const res = await fetch(`${baseUrl}/v1/phone/claim`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(uploadKey ? { token, uploadKey } : { token }),
    });
    return { status: res.status, body: (await res.json()) as PhoneAnswer['body'] };
  }
  async function upload(
    token: string,
    key: string,
    bytes: Buffer,
    type = 'image/jpeg',
  ): Promise<PhoneAnswer> {
    const res = await fetch(`${baseUrl}/v1/phone/pages`, {
      method: 'POST',
      headers: { 'content-type': type, 'x-phone-token': token, 'x-upload-key': key },
      body: new Uint8Array(bytes),
    });
    return { status: res.status, body: (await res.json()) as PhoneAnswer['body'] };
  }
  async function openAndClaim(): Promise<{ linkId: string; token: string; key: string }> {
    const link = await kiosk.openPhoneLink({ sessionId: SESSION, materialName: '户口簿' });
    const token = tokenOf(link.url);
    const claimed = await claim(token);
    expect(claimed.status).toBe(200);
    return { linkId: link.linkId, token, key: claimed.body.uploadKey ?? '' };
  }

  it('opens a 10-minute link with a 256-bit token; a phone uploads a JPEG and a PNG; the kiosk fetches them upright, re-encoded, without EXIF', async () => {
    const link = await kiosk.openPhoneLink({ sessionId: SESSION, materialName: '户口簿' });
    expect(link.url).toMatch(new RegExp(`^${baseUrl}/phone/#[A-Za-z0-9_-]{43}$`));
    expect(Buffer.from(tokenOf(link.url), 'base64url')).toHaveLength(32);
    expect(Date.parse(link.expiresAt) - h.clock.now.getTime()).toBe(10 * 60_000);
    // Only the token's hash is stored.
    expect(await h.dump()).not.toContain(tokenOf(link.url));

    const claimed = await claim(tokenOf(link.url));
    expect(claimed.body).toMatchObject({
      materialName: '户口簿',
      pageCount: 0,
      maxPages: PHONE_LINK_MAX_PAGES,
    });
    const key = claimed.body.uploadKey ?? '';
    const photo = await phoneJpeg(1200, 900);
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    expect(photo.includes(Buffer.from('TestPhone'))).toBe(true);

    // The kiosk's long poll is answered when the first page arrives.
    const waiting = kiosk.phoneArrivals(link.linkId, {
      sessionId: SESSION,
      after: 0,
      claimed: true,
      waitSeconds: 20,
    });
    expect((await upload(tokenOf(link.url), key, photo)).body).toMatchObject({ seq: 1 });
    const first = await waiting;
    expect(first.state).toBe('open');
    expect(first.pages.map((p) => p.seq)).toEqual([1]);
    expect((await upload(tokenOf(link.url), key, await phonePng(), 'image/png')).body).toMatchObject({
      seq: 2,
    });

    const arrivals = await kiosk.phoneArrivals(link.linkId, { sessionId: SESSION, after: 0, claimed: true });
    expect(arrivals.pages.map((p) => p.seq)).toEqual([1, 2]);
    const page = await kiosk.phonePage(link.linkId, 1, SESSION);
    const jpeg = Buffer.from(page.jpeg, 'base64');
    const meta = await sharp(jpeg).metadata();
    expect(meta.format).toBe('jpeg');
    // Stored sideways with orientation 6: delivered upright, with no metadata left at all.
    expect([meta.width, meta.height]).toEqual([900, 1200]);
    expect([page.width, page.height]).toEqual([900, 1200]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(jpeg.includes(Buffer.from('TestPhone'))).toBe(false);
    expect(jpeg.length).toBeLessThanOrEqual(400 * 1024);
    expect((await sharp(Buffer.from(page.thumbnail, 'base64')).metadata()).height).toBeLessThanOrEqual(320);
    const png = await kiosk.phonePage(link.linkId, 2, SESSION);
    expect((await sharp(Buffer.from(png.jpeg, 'base64')).metadata()).format).toBe('jpeg');
  });

  it('scales a large photo to A4 at 200 dpi and at most 400 KB', async () => {
    const { linkId, token, key } = await openAndClaim();
    const big = await densePhoto();
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
    expect((await upload(token, key, big)).status).toBe(201);
    const page = await kiosk.phonePage(linkId, 1, SESSION);
    expect(page.width).toBeLessThanOrEqual(2339);
    expect(page.height).toBeLessThanOrEqual(1654);
    expect(Buffer.from(page.jpeg, 'base64').length).toBeLessThanOrEqual(400 * 1024);
  });

  it('refuses a link the kiosk closed, and deletes its pages', async () => {
    const { linkId, token, key } = await openAndClaim();
    expect((await upload(token, key, await phoneJpeg())).status).toBe(201);
    await kiosk.closePhoneLink(linkId, SESSION);
    expect(await h.count('phone_pages')).toBe(0);
    const again = await claim(token, key);
    expect(again.status).toBe(410);
    expect(again.body.error).toMatchObject({ code: 'LINK_GONE' });
    expect(again.body.error?.message).toContain('已经关闭');
    expect((await upload(token, key, await phoneJpeg())).status).toBe(410);
    expect((await kiosk.phoneArrivals(linkId, { sessionId: SESSION, after: 0, claimed: true })).state).toBe(
      'closed',
    );
    await expect(kiosk.phonePage(linkId, 1, SESSION)).rejects.toMatchObject({ status: 410 });
  });

  it('refuses an expired link after 10 minutes, and its pages are swept', async () => {
    const { linkId, token, key } = await openAndClaim();
    expect((await upload(token, key, await phoneJpeg())).status).toBe(201);
    h.clock.now = new Date(h.clock.now.getTime() + 10 * 60_000);
    const late = await upload(token, key, await phoneJpeg());
    expect(late.status).toBe(410);
    expect(late.body.error?.message).toContain('已过期');
    expect((await claim(token, key)).status).toBe(410);
    expect((await kiosk.phoneArrivals(linkId, { sessionId: SESSION, after: 0, claimed: true })).state).toBe(
      'expired',
    );
    // The next link any kiosk opens sweeps the expired link's pages.
    await kiosk.openPhoneLink({ sessionId: crypto.randomUUID(), materialName: '身份证' });
    expect(await h.rows('SELECT seq FROM phone_pages WHERE link_id = ?', linkId)).toEqual([]);
  });

  it('refuses guessed and malformed tokens alike', async () => {
    await openAndClaim();
    const guessed = await claim(crypto.randomBytes(32).toString('base64url'));
    expect(guessed.status).toBe(404);
    expect(guessed.body.error?.message).toContain('无效');
    expect((await claim('short')).status).toBe(400);
    expect((await upload(crypto.randomBytes(32).toString('base64url'), 'x', await phoneJpeg())).status).toBe(
      404,
    );
  });

  it('takes uploads only from the first phone that opened the link', async () => {
    const { token, key } = await openAndClaim();
    const other = await claim(token);
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({ code: 'LINK_CLAIMED' });
    expect((await upload(token, 'not-the-key', await phoneJpeg())).status).toBe(409);
    // The same phone opening the page again keeps its key.
    expect((await claim(token, key)).body.uploadKey).toBe(key);
  });

  it('serves a link only to its own device, hall and session; a new link closes the device’s earlier one', async () => {
    const { linkId, token, key } = await openAndClaim();
    expect((await upload(token, key, await phoneJpeg())).status).toBe(201);
    const notFound = { status: 404 };
    await expect(
      kiosk.phoneArrivals(linkId, { sessionId: crypto.randomUUID(), after: 0, claimed: true }),
    ).rejects.toMatchObject(notFound);
    await expect(kiosk.phonePage(linkId, 1, crypto.randomUUID())).rejects.toMatchObject(notFound);
    await expect(kiosk.closePhoneLink(linkId, crypto.randomUUID())).rejects.toBeInstanceOf(RejectedError);

    const sameHall = new DistrictClient({ baseUrl, token: (await h.enroll()).deviceToken });
    await expect(sameHall.phonePage(linkId, 1, SESSION)).rejects.toMatchObject(notFound);
    await h.store.createHall(
      { ...HALL, code: 'ZCXX02', name: '淄川区西河镇便民服务中心' },
      h.clock.now.toISOString(),
    );
    const code = 'ZCXX02AB';
    const { sha256Hex } = await import('../../src-server/core/tokens.js');
    await h.store.issueEnrollmentCode({
      codeHash: sha256Hex(code),
      hallCode: 'ZCXX02',
      createdAt: h.clock.now.toISOString(),
      expiresAt: new Date(h.clock.now.getTime() + 86_400_000).toISOString(),
    });
    const otherHall = new DistrictClient({
      baseUrl,
      token: (await new DistrictClient({ baseUrl }).enroll(code, { appVersion: '0.1.0' })).deviceToken,
    });
    await expect(otherHall.phonePage(linkId, 1, SESSION)).rejects.toMatchObject(notFound);

    // The next session's link closes this one: the old QR code is dead.
    await kiosk.openPhoneLink({ sessionId: crypto.randomUUID(), materialName: '身份证' });
    expect((await upload(token, key, await phoneJpeg())).status).toBe(410);
    expect(await h.count('phone_pages')).toBe(0);
  });

  it('refuses what is not a JPEG or PNG photo, too large a photo, and a 21st page, each with a Chinese sentence', async () => {
    const { token, key } = await openAndClaim();
    const text = await upload(token, key, Buffer.from('<html>not a photo</html>'));
    expect(text.status).toBe(415);
    expect(text.body.error).toMatchObject({ code: 'BAD_IMAGE' });
    expect(text.body.error?.message).toContain('JPEG 或 PNG');
    const heic = await upload(
      token,
      key,
      Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic')]),
      'image/heic',
    );
    expect(heic.status).toBe(415);
    const broken = (await phoneJpeg()).subarray(0, 2000);
    expect((await upload(token, key, broken)).body.error?.code).toBe('BAD_IMAGE');
    expect((await upload(token, key, await phoneJpeg(), 'application/json')).status).toBeGreaterThanOrEqual(
      400,
    );
    const huge = await upload(token, key, Buffer.alloc(PHONE_PHOTO_MAX_BYTES + 1, 0xff));
    expect(huge.status).toBe(413);
    expect(huge.body.error?.message).toContain('照片太大');

    const small = await phonePng(120, 160);
    for (let i = 1; i <= PHONE_LINK_MAX_PAGES; i++)
      expect((await upload(token, key, small, 'image/png')).body.seq).toBe(i);
    const full = await upload(token, key, small, 'image/png');
    expect(full.status).toBe(409);
    expect(full.body.error?.message).toContain(`${PHONE_LINK_MAX_PAGES} 页`);
  });

  it('rate-limits the links a device opens', async () => {
    const app = await buildApp({
      store: h.store,
      now: () => h.clock.now,
      phoneUpload: { links: { max: 2, windowMs: 60_000 } },
    });
    try {
      const url = await app.listen({ host: '127.0.0.1', port: 0 });
      const limited = new DistrictClient({ baseUrl: url, token: (await h.enroll()).deviceToken });
      await limited.openPhoneLink({ sessionId: SESSION, materialName: '户口簿' });
      await limited.openPhoneLink({ sessionId: SESSION, materialName: '户口簿' });
      await expect(
        limited.openPhoneLink({ sessionId: SESSION, materialName: '户口簿' }),
      ).rejects.toMatchObject({
        name: 'RateLimitedError',
      });
    } finally {
      await app.close();
    }
  });
});
