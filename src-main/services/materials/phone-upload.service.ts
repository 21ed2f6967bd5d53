/**
 * 从手机上传 at the kiosk: opens a one-time link on the district server for one material of the open
 * session, long-polls it for the pages the citizen's phone uploads (protocol.md "Phone upload links"),
 * fetches each page and hands it to the session's MaterialPageSink — the only way phone pages enter the
 * session — and keeps the thumbnails of the pages the sink took, for the panel. Closing the panel or
 * ending the session closes the link on the server (which deletes what it held) and forgets the
 * thumbnails. A demo kiosk (no server) and an offline one say plainly that this needs the network.
 * Nothing about the pages reaches the log but link ids and counts.
 */
import { InputError, OfflineError, UnauthorizedError } from '../../contract/errors.js';
import {
  IDLE_PHONE_UPLOAD,
  type PhoneUploadState,
  type PhoneUploadThumbnail,
} from '../../contract/phone-upload.types.js';
import type { DistrictClient } from '../../district/district.client.js';
import { RejectedError } from '../../district/district.errors.js';
import type { Logger } from '../../log/logger.js';
import type { MaterialPageSink } from './material-page.js';

export const PHONE_DEMO_MESSAGE =
  '从手机上传需要联网。本机是演示终端，没有连接区里的服务器，所以现在不能用。请用“拍照”，或选“到窗口再交”。';
export const PHONE_OFFLINE_MESSAGE =
  '从手机上传需要联网。本机现在连不上区里的服务器。请用“拍照”，或选“到窗口再交”。';
const RECONNECTING = '网络中断，正在重新连接。已经收到的照片都在。';
const EXPIRED = '这个二维码已过期（有效 10 分钟）。如还要上传，请点“重新生成二维码”。';
const REFUSED: Record<string, string> = {
  'too-many-pages': '这份材料的页数已到上限，后面的照片没有收下。',
  'too-large': '有一张照片太大，没有收下，请重拍这一页。',
  'not-jpeg': '有一张照片无法使用，没有收下，请重拍这一页。',
  'no-session': '本次办理已结束，照片没有收下。',
};

export interface PhoneUploadDeps {
  live: <T>(call: (client: DistrictClient) => Promise<T>) => Promise<T>;
  provisioned: () => boolean;
  /** The open citizen session's id, or undefined. */
  sessionId: () => string | undefined;
  pages: MaterialPageSink;
  emit: (state: PhoneUploadState) => void;
  log: Logger;
  /** Seconds the server may hold one poll (keep it under the client's request timeout). */
  waitSeconds: number;
  /** Pause before polling again after a network failure. */
  retryMs?: number;
}

interface OpenLink {
  linkId: string;
  sessionId: string;
  materialName: string;
  /** The last page seq fetched. */
  after: number;
}

export class PhoneUploadService {
  private link: OpenLink | null = null;
  private current: PhoneUploadState = IDLE_PHONE_UPLOAD;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(private readonly deps: PhoneUploadDeps) {}

  state(): PhoneUploadState {
    return this.current;
  }

  async open(materialName: string): Promise<PhoneUploadState> {
    const sessionId = this.deps.sessionId();
    if (!sessionId)
      throw new InputError('phone upload without a session', 'session', '请先点一下屏幕，开始办理。');
    this.close();
    if (!this.deps.provisioned()) return this.set(unavailable(materialName, PHONE_DEMO_MESSAGE));
    let answer;
    try {
      answer = await this.deps.live((client) => client.openPhoneLink({ sessionId, materialName }));
    } catch (error) {
      if (error instanceof OfflineError || error instanceof UnauthorizedError) {
        this.deps.log.warn({ err: { message: error.message } }, 'phone link not opened');
        return this.set(unavailable(materialName, PHONE_OFFLINE_MESSAGE));
      }
      throw error;
    }
    // The session may have ended while the server answered.
    if (this.deps.sessionId() !== sessionId) {
      this.closeOnServer({ linkId: answer.linkId, sessionId, materialName, after: 0 });
      return this.current;
    }
    const link: OpenLink = { linkId: answer.linkId, sessionId, materialName, after: 0 };
    this.link = link;
    this.deps.log.info({ linkId: link.linkId }, 'phone link opened');
    this.set({
      status: 'open',
      materialName,
      url: answer.url,
      expiresAt: answer.expiresAt,
      claimed: false,
      thumbnails: [],
      message: null,
    });
    void this.watch(link);
    return this.current;
  }

  /** Closes the link (the panel closed): the pages taken stay in the session, the thumbnails go. */
  close(): PhoneUploadState {
    const link = this.link;
    this.link = null;
    if (link) {
      this.deps.log.info({ linkId: link.linkId, pages: link.after }, 'phone link closed');
      this.closeOnServer(link);
    }
    if (this.current !== IDLE_PHONE_UPLOAD) this.set(IDLE_PHONE_UPLOAD);
    return this.current;
  }

  /** The session ended: close the link and forget everything about it. */
  endSession(): void {
    this.close();
  }

  stop(): void {
    this.stopped = true;
    this.link = null;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private set(state: PhoneUploadState): PhoneUploadState {
    this.current = state;
    this.deps.emit(state);
    return state;
  }

  private update(link: OpenLink, patch: Partial<PhoneUploadState>): void {
    if (this.link === link) this.set({ ...this.current, ...patch });
  }

  private closeOnServer(link: OpenLink): void {
    this.deps
      .live((client) => client.closePhoneLink(link.linkId, link.sessionId))
      .catch((error: unknown) =>
        // The server deletes an unclosed link's pages when it expires anyway.
        this.deps.log.warn(
          { linkId: link.linkId, err: { message: (error as Error).message } },
          'phone link close failed',
        ),
      );
  }

  private async watch(link: OpenLink): Promise<void> {
    let claimed = false;
    while (!this.stopped && this.link === link) {
      let arrivals;
      try {
        arrivals = await this.deps.live((client) =>
          client.phoneArrivals(link.linkId, {
            sessionId: link.sessionId,
            after: link.after,
            claimed,
            waitSeconds: this.deps.waitSeconds,
          }),
        );
      } catch (error) {
        if (this.link !== link) return;
        if (error instanceof RejectedError) {
          this.deps.log.warn(
            { linkId: link.linkId, status: error.status },
            'phone link refused by the server',
          );
          this.update(link, { status: 'expired', url: null, message: EXPIRED });
          this.link = null;
          return;
        }
        this.update(link, { message: RECONNECTING });
        await this.pause(this.deps.retryMs ?? 3000);
        continue;
      }
      if (this.link !== link) return;
      if (this.current.message === RECONNECTING) this.update(link, { message: null });
      if (arrivals.claimed !== claimed) {
        claimed = arrivals.claimed;
        this.update(link, { claimed });
      }
      for (const info of arrivals.pages) {
        if (await this.take(link, info.seq)) continue;
        await this.pause(this.deps.retryMs ?? 3000);
        break;
      }
      if (arrivals.state !== 'open' && this.link === link) {
        this.update(link, { status: 'expired', url: null, message: EXPIRED });
        this.link = null;
        return;
      }
    }
  }

  /** Fetches one page into the session; false when the loop must stop or ask again. */
  private async take(link: OpenLink, seq: number): Promise<boolean> {
    let page;
    try {
      page = await this.deps.live((client) => client.phonePage(link.linkId, seq, link.sessionId));
    } catch (error) {
      this.deps.log.warn(
        { linkId: link.linkId, seq, err: { message: (error as Error).message } },
        'phone page not fetched',
      );
      return false;
    }
    // Closed or a new session while the page travelled: it is not this session's any more.
    if (this.link !== link || this.deps.sessionId() !== link.sessionId) return false;
    link.after = seq;
    const result = this.deps.pages.addPage({
      materialName: link.materialName,
      source: 'phone',
      jpeg: Buffer.from(page.jpeg, 'base64'),
      width: page.width,
      height: page.height,
    });
    if (!result.added) {
      this.deps.log.warn(
        { linkId: link.linkId, seq, reason: result.reason },
        'phone page refused by the session',
      );
      this.update(link, { message: REFUSED[result.reason] ?? null });
      return true;
    }
    this.deps.log.info({ linkId: link.linkId, seq, bytes: page.bytes }, 'phone page received');
    const thumbnail: PhoneUploadThumbnail = { pageId: result.pageId, seq, jpegBase64: page.thumbnail };
    this.update(link, { thumbnails: [...this.current.thumbnails, thumbnail] });
    return true;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

function unavailable(materialName: string, message: string): PhoneUploadState {
  return { ...IDLE_PHONE_UPLOAD, status: 'unavailable', materialName, message };
}
