/**
 * The kiosk's 从手机上传 against the real district server over loopback HTTP (SQLite): the link opened for
 * the session, the phone's uploads fetched by the long poll into a real in-memory session page store,
 * thumbnails for the panel; the session's end closes the link on the server; a demo kiosk and an offline
 * one say that this needs the network.
 */
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PhoneUploadState } from '../../src-main/contract/phone-upload.types.js';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { silentLogger } from '../../src-main/log/logger.js';
import type { MaterialPageSink } from '../../src-main/services/materials/material-page.js';
import {
  PHONE_DEMO_MESSAGE,
  PHONE_OFFLINE_MESSAGE,
  PhoneUploadService,
} from '../../src-main/services/materials/phone-upload.service.js';
import { SessionPages } from '../../src-main/services/materials/session-pages.js';
import { phoneJpeg, phonePng } from '../helpers/phone-photos.js';
import { startHarness, type Harness } from '../server/server-harness.js';

interface Rig {
  service: PhoneUploadService;
  session: { id: string | undefined; data: Map<string, unknown> };
  pages: SessionPages;
  /** Resolves with the first state (pushed to the renderer) that passes `test`. */
  until(test: (state: PhoneUploadState) => boolean): Promise<PhoneUploadState>;
}

describe('the kiosk side of 从手机上传', () => {
  let h: Harness;
  let baseUrl: string;
  let token: string;
  beforeEach(async () => {
    h = await startHarness('sqlite');
    baseUrl = await h.app.listen({ host: '127.0.0.1', port: 0 });
    token = (await h.enroll()).deviceToken;
  });
  afterEach(() => h.close());

  function rig(options: { provisioned?: boolean; baseUrl?: string; sink?: MaterialPageSink } = {}): Rig {
    const session = { id: crypto.randomUUID() as string | undefined, data: new Map<string, unknown>() };
    const pages = new SessionPages({
      data: () => (session.id ? session.data : undefined),
      onEnd: () => () => undefined,
    });
    const waiters: Array<{ test: (s: PhoneUploadState) => boolean; resolve: (s: PhoneUploadState) => void }> =
      [];
    const client = new DistrictClient({ baseUrl: options.baseUrl ?? baseUrl, token, timeoutMs: 10_000 });
    const service = new PhoneUploadService({
      live: (call) => call(client),
      provisioned: () => options.provisioned ?? true,
      sessionId: () => session.id,
      pages: options.sink ?? pages,
      emit: (state) => {
        for (const w of [...waiters])
          if (w.test(state)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(state);
          }
      },
      log: silentLogger(),
      waitSeconds: 5,
      retryMs: 200,
    });
    return {
      service,
      session,
      pages,
      until: (test) =>
        test(service.state())
          ? Promise.resolve(service.state())
          : new Promise((resolve) => waiters.push({ test, resolve })),
    };
  }

  async function phoneUploads(url: string, photos: Buffer[]): Promise<number[]> {
    const phoneToken = new URL(url).hash.slice(1);
    const claim = await fetch(`${baseUrl}/v1/phone/claim`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: phoneToken }),
    });
    const { uploadKey } = (await claim.json()) as { uploadKey: string };
    const statuses: number[] = [];
    for (const photo of photos) {
      const res = await fetch(`${baseUrl}/v1/phone/pages`, {
        method: 'POST',
        headers: { 'content-type': 'image/jpeg', 'x-phone-token': phoneToken, 'x-upload-key': uploadKey },
        body: new Uint8Array(photo),
      });
      statuses.push(res.status);
    }
    return statuses;
  }

  it('takes the phone’s pages into the session and shows their thumbnails; the session’s end closes the link', async () => {
    const r = rig();
    const opened = await r.service.open('户口簿');
    expect(opened).toMatchObject({ status: 'open', materialName: '户口簿', claimed: false, thumbnails: [] });
    expect(opened.url).toMatch(/\/phone\/#[A-Za-z0-9_-]{43}$/);

    expect(await phoneUploads(opened.url ?? '', [await phoneJpeg(), await phonePng()])).toEqual([201, 201]);
    const arrived = await r.until((s) => s.thumbnails.length === 2);
    expect(arrived.claimed).toBe(true);
    expect(arrived.thumbnails.map((t) => t.seq)).toEqual([1, 2]);
    const pages = r.pages.list();
    expect(pages).toHaveLength(2);
    expect(pages.map((p) => [p.materialName, p.source])).toEqual([
      ['户口簿', 'phone'],
      ['户口簿', 'phone'],
    ]);
    expect([...(pages[0]?.jpeg.subarray(0, 3) ?? [])]).toEqual([0xff, 0xd8, 0xff]);
    expect(arrived.thumbnails[0]?.pageId).toBe(pages[0]?.pageId);

    // The session ends: the link is closed on the server (the phone is refused), thumbnails are gone.
    r.session.id = undefined;
    r.session.data.clear();
    r.service.endSession();
    expect(r.service.state()).toMatchObject({ status: 'idle', url: null, thumbnails: [] });
    await expect.poll(() => h.count('phone_pages')).toBe(0);
    const [row] = await h.rows<{ closed_at: string | null }>('SELECT closed_at FROM phone_links');
    expect(row?.closed_at).not.toBeNull();
    expect(await phoneUploads(opened.url ?? '', [])).toEqual([]);
  });

  it('tells the citizen when the session’s page store refuses a page', async () => {
    const r = rig({ sink: { addPage: () => ({ added: false, reason: 'too-many-pages' }) } });
    const opened = await r.service.open('病历');
    await phoneUploads(opened.url ?? '', [await phoneJpeg()]);
    const refused = await r.until((s) => s.message !== null);
    expect(refused.message).toContain('页数已到上限');
    expect(refused.thumbnails).toEqual([]);
    r.service.close();
  });

  it('shows the link as expired when the server says so', async () => {
    const r = rig();
    await r.service.open('病历');
    h.clock.now = new Date(h.clock.now.getTime() + 10 * 60_000 + 1000);
    const expired = await r.until((s) => s.status === 'expired');
    expect(expired.message).toContain('已过期');
    expect(expired.url).toBeNull();
  });

  it('a demo kiosk and an offline kiosk say plainly that phone upload needs the network', async () => {
    const demo = await rig({ provisioned: false }).service.open('户口簿');
    expect(demo).toMatchObject({ status: 'unavailable', message: PHONE_DEMO_MESSAGE });
    expect(demo.message).toContain('需要联网');
    expect(demo.message).toContain('拍照');
    expect(demo.message).toContain('到窗口再交');

    const closedPort = await h.app.close().then(() => baseUrl);
    const offline = await rig({ baseUrl: closedPort }).service.open('户口簿');
    expect(offline).toMatchObject({ status: 'unavailable', message: PHONE_OFFLINE_MESSAGE });
  });
});
