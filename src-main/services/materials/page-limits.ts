/** Limits of captured material pages, shared by the kiosk's session, its outbox and the upload. */

/** A page's JPEG may not be larger than this. */
export const MAX_PAGE_BYTES = 400 * 1024;
/** A declaration carries at most this many pages, all materials together. */
export const MAX_PAGES_PER_CASE = 20;
/** A4 at about 200 dpi, portrait (210 × 297 mm). A page is never enlarged beyond what the camera saw. */
export const A4_200DPI = { width: 1654, height: 2339 } as const;

/** True when the bytes start like a JPEG (SOI marker followed by a marker). */
export function looksLikeJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}
