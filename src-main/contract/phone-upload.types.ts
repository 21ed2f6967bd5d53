/** 从手机上传 as the renderer sees it: the open link's QR text and the pages that arrived from the phone. */

export interface PhoneUploadThumbnail {
  /** The page's id in the session's material pages. */
  pageId: string;
  /** 1, 2, … in the order the phone uploaded them. */
  seq: number;
  /** A small JPEG (≤ 320 px), base64; gone with the session. */
  jpegBase64: string;
}

export interface PhoneUploadState {
  /**
   * `idle`: no link; `open`: the QR code is valid; `expired`: the link ran out (10 minutes) or the server
   * closed it; `unavailable`: phone upload cannot be used here now (demo kiosk, or offline) — `message` says
   * why and what to do instead.
   */
  status: 'idle' | 'open' | 'expired' | 'unavailable';
  materialName: string | null;
  /** The QR code's text (the phone page's address with its one-time token). */
  url: string | null;
  expiresAt: string | null;
  /** Whether a phone has opened the link. */
  claimed: boolean;
  thumbnails: PhoneUploadThumbnail[];
  /** A Chinese sentence for the citizen, or null. */
  message: string | null;
}

export const IDLE_PHONE_UPLOAD: PhoneUploadState = {
  status: 'idle',
  materialName: null,
  url: null,
  expiresAt: null,
  claimed: false,
  thumbnails: [],
  message: null,
};
