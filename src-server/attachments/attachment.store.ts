/**
 * Storage of material pages. One implementation per database; the SQLite one runs on the district
 * store's own connection (one file, one transaction per chunk).
 */
import type { Database } from 'better-sqlite3';
import { manifestOf, sha256Hex, type ManifestPage } from './attachment-rules.js';

export interface CaseAttachments {
  caseNumber: string;
  hallCode: string;
  manifest: ManifestPage[];
}

export interface StoredPage {
  pageNo: number;
  materialName: string;
  sha256: string;
  size: number;
  received: number;
  completedAt: string | null;
}

export interface AttachmentStore {
  /** The declaration's hall and its announced pages; null when there is no such declaration. */
  caseAttachments(caseNumber: string): Promise<CaseAttachments | null>;
  /** Progress of each announced page that has a row. */
  pages(caseNumber: string): Promise<StoredPage[]>;
  /**
   * Appends a chunk if the page has exactly `offset` bytes stored, in one transaction; completes the page
   * when the last byte arrived and the hash matches (a mismatch empties the page). Returns the progress.
   */
  append(
    page: ManifestPage & { caseNumber: string },
    offset: number,
    chunk: Buffer,
    at: string,
  ): Promise<StoredPage & { hashMismatch?: boolean }>;
  /** A complete page's bytes. */
  pageBytes(caseNumber: string, pageNo: number): Promise<Buffer | null>;
}

interface PageRow {
  page_no: number;
  material_name: string;
  sha256: string;
  size: number;
  received: number;
  completed_at: string | null;
}

const toPage = (r: PageRow): StoredPage => ({
  pageNo: r.page_no,
  materialName: r.material_name,
  sha256: r.sha256,
  size: r.size,
  received: r.received,
  completedAt: r.completed_at,
});

export function sqliteAttachmentStore(db: Database): AttachmentStore {
  const row = (caseNumber: string, pageNo: number): PageRow | undefined =>
    db
      .prepare<[string, number], PageRow>(
        'SELECT page_no, material_name, sha256, size, received, completed_at FROM attachments WHERE case_number = ? AND page_no = ?',
      )
      .get(caseNumber, pageNo);
  return {
    caseAttachments(caseNumber) {
      const found = db
        .prepare<[string], { payload: string; hall_code: string; kind: string }>(
          `SELECT s.payload, s.kind, d.hall_code FROM submissions s JOIN devices d ON d.id = s.device_id
            WHERE s.case_number = ?`,
        )
        .get(caseNumber);
      if (!found || found.kind !== 'declaration') return Promise.resolve(null);
      return Promise.resolve({
        caseNumber,
        hallCode: found.hall_code,
        manifest: manifestOf(JSON.parse(found.payload) as unknown),
      });
    },
    pages(caseNumber) {
      return Promise.resolve(
        db
          .prepare<[string], PageRow>(
            'SELECT page_no, material_name, sha256, size, received, completed_at FROM attachments WHERE case_number = ? ORDER BY page_no',
          )
          .all(caseNumber)
          .map(toPage),
      );
    },
    append(page, offset, chunk, at) {
      const run = db.transaction(() => {
        db.prepare(
          `INSERT INTO attachments (case_number, page_no, material_name, sha256, size) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (case_number, page_no) DO NOTHING`,
        ).run(page.caseNumber, page.pageNo, page.materialName, page.sha256, page.size);
        const before = row(page.caseNumber, page.pageNo) as PageRow;
        if (before.completed_at !== null || before.received !== offset) return { ...toPage(before) };
        // Concatenated here, not with SQL `||` (which would turn the blob into text).
        const stored = db
          .prepare<[string, number], { data: Buffer }>(
            'SELECT data FROM attachments WHERE case_number = ? AND page_no = ?',
          )
          .get(page.caseNumber, page.pageNo) as { data: Buffer };
        db.prepare<[Buffer, number, string, number]>(
          'UPDATE attachments SET data = ?, received = ? WHERE case_number = ? AND page_no = ?',
        ).run(Buffer.concat([stored.data, chunk]), offset + chunk.length, page.caseNumber, page.pageNo);
        if (offset + chunk.length < page.size) return toPage(row(page.caseNumber, page.pageNo) as PageRow);
        const data = db
          .prepare<[string, number], { data: Buffer }>(
            'SELECT data FROM attachments WHERE case_number = ? AND page_no = ?',
          )
          .get(page.caseNumber, page.pageNo) as { data: Buffer };
        if (sha256Hex(data.data) !== page.sha256) {
          db.prepare(
            `UPDATE attachments SET data = x'', received = 0 WHERE case_number = ? AND page_no = ?`,
          ).run(page.caseNumber, page.pageNo);
          return { ...toPage(row(page.caseNumber, page.pageNo) as PageRow), hashMismatch: true };
        }
        db.prepare('UPDATE attachments SET completed_at = ? WHERE case_number = ? AND page_no = ?').run(
          at,
          page.caseNumber,
          page.pageNo,
        );
        return toPage(row(page.caseNumber, page.pageNo) as PageRow);
      });
      return Promise.resolve(run());
    },
    pageBytes(caseNumber, pageNo) {
      const found = db
        .prepare<[string, number], { data: Buffer }>(
          'SELECT data FROM attachments WHERE case_number = ? AND page_no = ? AND completed_at IS NOT NULL',
        )
        .get(caseNumber, pageNo);
      return Promise.resolve(found?.data ?? null);
    },
  };
}
