/**
 * One-time phone upload links and their pages, on either district store. Secrets arrive hashed (the link's
 * token, the phone's upload key). Times are ISO-8601 strings from the server's clock, compared as text
 * (all made by Date.toISOString, so text order is time order).
 */
import type { PhonePageInfo } from '../../src-protocol/phone-links.js';
import type { StoreSql } from '../store/store-sql.js';

export interface PhoneLinkRow {
  id: string;
  token_hash: string;
  device_id: string;
  hall_code: string;
  session_id: string;
  material_name: string;
  created_at: string;
  expires_at: string;
  closed_at: string | null;
  upload_key_hash: string | null;
  page_count: number;
}

export interface NewPhoneLink {
  id: string;
  tokenHash: string;
  deviceId: string;
  hallCode: string;
  sessionId: string;
  materialName: string;
  createdAt: string;
  expiresAt: string;
}

export interface StoredPhonePage extends PhonePageInfo {
  jpeg: Buffer;
  thumbnail: Buffer;
}

/** A closed or expired link's row stays this long, so its phone hears 已关闭 / 已过期 rather than 无效. */
const KEEP_GONE_LINKS_MS = 24 * 3_600_000;

export class PhoneLinksStore {
  constructor(private readonly sql: StoreSql) {}

  /**
   * Opens a link. A kiosk serves one citizen at a time: the device's other open links are closed (and
   * their pages deleted) first, so a link of an earlier session cannot take uploads any more.
   */
  async create(link: NewPhoneLink): Promise<void> {
    await this.closeOpenOfDevice(link.deviceId, link.createdAt);
    await this.sql.run(
      `INSERT INTO phone_links (id, token_hash, device_id, hall_code, session_id, material_name, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        link.id,
        link.tokenHash,
        link.deviceId,
        link.hallCode,
        link.sessionId,
        link.materialName,
        link.createdAt,
        link.expiresAt,
      ],
    );
  }

  byToken(tokenHash: string): Promise<PhoneLinkRow | undefined> {
    return this.sql.get<PhoneLinkRow>('SELECT * FROM phone_links WHERE token_hash = ?', [tokenHash]);
  }

  byId(id: string): Promise<PhoneLinkRow | undefined> {
    return this.sql.get<PhoneLinkRow>('SELECT * FROM phone_links WHERE id = ?', [id]);
  }

  /** The first phone to open the link takes it: false when another phone has. */
  async claim(id: string, uploadKeyHash: string): Promise<boolean> {
    return (
      (await this.sql.run(
        'UPDATE phone_links SET upload_key_hash = ? WHERE id = ? AND upload_key_hash IS NULL',
        [uploadKeyHash, id],
      )) === 1
    );
  }

  /**
   * Adds a page to an open, unexpired link with room left: its seq (1, 2, …), or null when the link is
   * closed, expired or full. The count and the seq are one statement, so parallel uploads never share a seq.
   */
  async addPage(
    linkId: string,
    page: { jpeg: Buffer; thumbnail: Buffer; width: number; height: number },
    maxPages: number,
    now: string,
  ): Promise<number | null> {
    const row = await this.sql.get<{ page_count: number }>(
      `UPDATE phone_links SET page_count = page_count + 1
       WHERE id = ? AND closed_at IS NULL AND expires_at > ? AND page_count < ?
       RETURNING page_count`,
      [linkId, now, maxPages],
    );
    if (!row) return null;
    const seq = Number(row.page_count);
    await this.sql.run(
      `INSERT INTO phone_pages (link_id, seq, jpeg, thumbnail, width, height, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [linkId, seq, page.jpeg, page.thumbnail, page.width, page.height, now],
    );
    return seq;
  }

  async pages(linkId: string, after: number): Promise<PhonePageInfo[]> {
    const rows = await this.sql.all<{ seq: number; width: number; height: number; bytes: number }>(
      `SELECT seq, width, height, ${this.sql.dialect === 'sqlite' ? 'length(jpeg)' : 'octet_length(jpeg)'} AS bytes
       FROM phone_pages WHERE link_id = ? AND seq > ? ORDER BY seq`,
      [linkId, after],
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      width: Number(r.width),
      height: Number(r.height),
      bytes: Number(r.bytes),
    }));
  }

  async page(linkId: string, seq: number): Promise<StoredPhonePage | undefined> {
    const row = await this.sql.get<{
      seq: number;
      width: number;
      height: number;
      jpeg: Buffer;
      thumbnail: Buffer;
    }>('SELECT seq, width, height, jpeg, thumbnail FROM phone_pages WHERE link_id = ? AND seq = ?', [
      linkId,
      seq,
    ]);
    if (!row) return undefined;
    return {
      seq: Number(row.seq),
      width: Number(row.width),
      height: Number(row.height),
      bytes: row.jpeg.length,
      jpeg: row.jpeg,
      thumbnail: row.thumbnail,
    };
  }

  /** Closes the link (if still open) and deletes its pages. */
  async close(linkId: string, now: string): Promise<void> {
    await this.sql.run('UPDATE phone_links SET closed_at = ? WHERE id = ? AND closed_at IS NULL', [
      now,
      linkId,
    ]);
    await this.sql.run('DELETE FROM phone_pages WHERE link_id = ?', [linkId]);
  }

  /** Deletes the pages of every closed or expired link, and links gone for a day. */
  async sweep(now: Date): Promise<void> {
    const at = now.toISOString();
    await this.sql.run(
      `DELETE FROM phone_pages WHERE link_id IN
         (SELECT id FROM phone_links WHERE closed_at IS NOT NULL OR expires_at <= ?)`,
      [at],
    );
    await this.sql.run('DELETE FROM phone_links WHERE expires_at <= ?', [
      new Date(now.getTime() - KEEP_GONE_LINKS_MS).toISOString(),
    ]);
  }

  private async closeOpenOfDevice(deviceId: string, now: string): Promise<void> {
    const open = await this.sql.all<{ id: string }>(
      'SELECT id FROM phone_links WHERE device_id = ? AND closed_at IS NULL AND expires_at > ?',
      [deviceId, now],
    );
    for (const { id } of open) await this.close(id, now);
  }
}
