/**
 * Storage of material pages on PostgreSQL, with the SQLite store's behaviour (attachment.store.ts): one
 * transaction per chunk that locks the page's row (`FOR UPDATE`), so chunks of one page from several
 * server processes are applied one at a time and a chunk at the wrong offset, or for a complete page,
 * stores nothing. The bytes are appended and hashed by the database (`||`, `sha256()`), not sent back.
 */
import type pg from 'pg';
import { inTransaction } from '../store/postgres.transaction.js';
import { manifestOf } from './attachment-rules.js';
import type { AttachmentStore, StoredPage } from './attachment.store.js';

interface PageRow {
  page_no: number;
  material_name: string;
  sha256: string;
  size: number;
  received: number;
  completed_at: string | null;
}

const PAGE_COLUMNS = 'page_no, material_name, sha256, size, received, completed_at';

const toPage = (r: PageRow): StoredPage => ({
  pageNo: r.page_no,
  materialName: r.material_name,
  sha256: r.sha256,
  size: r.size,
  received: r.received,
  completedAt: r.completed_at,
});

export function postgresAttachmentStore(pool: pg.Pool): AttachmentStore {
  return {
    async caseAttachments(caseNumber) {
      const found = await pool.query<{ payload: string; hall_code: string; kind: string }>(
        `SELECT s.payload, s.kind, d.hall_code FROM submissions s JOIN devices d ON d.id = s.device_id
          WHERE s.case_number = $1`,
        [caseNumber],
      );
      const row = found.rows[0];
      if (!row || row.kind !== 'declaration') return null;
      return {
        caseNumber,
        hallCode: row.hall_code,
        manifest: manifestOf(JSON.parse(row.payload) as unknown),
      };
    },

    async pages(caseNumber) {
      const found = await pool.query<PageRow>(
        `SELECT ${PAGE_COLUMNS} FROM attachments WHERE case_number = $1 ORDER BY page_no`,
        [caseNumber],
      );
      return found.rows.map(toPage);
    },

    append(page, offset, chunk, at) {
      return inTransaction(pool, async (c) => {
        await c.query(
          `INSERT INTO attachments (case_number, page_no, material_name, sha256, size)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (case_number, page_no) DO NOTHING`,
          [page.caseNumber, page.pageNo, page.materialName, page.sha256, page.size],
        );
        const before = (
          await c.query<PageRow>(
            `SELECT ${PAGE_COLUMNS} FROM attachments WHERE case_number = $1 AND page_no = $2 FOR UPDATE`,
            [page.caseNumber, page.pageNo],
          )
        ).rows[0] as PageRow;
        if (before.completed_at !== null || before.received !== offset) return toPage(before);
        const after = (
          await c.query<PageRow & { hash: string | null }>(
            `UPDATE attachments SET data = data || $3::bytea, received = received + length($3::bytea)
              WHERE case_number = $1 AND page_no = $2
              RETURNING ${PAGE_COLUMNS},
                        CASE WHEN received >= size THEN encode(sha256(data), 'hex') END AS hash`,
            [page.caseNumber, page.pageNo, chunk],
          )
        ).rows[0] as PageRow & { hash: string | null };
        if (after.hash === null) return toPage(after);
        if (after.hash !== page.sha256) {
          const emptied = (
            await c.query<PageRow>(
              `UPDATE attachments SET data = '\\x'::bytea, received = 0 WHERE case_number = $1 AND page_no = $2
                RETURNING ${PAGE_COLUMNS}`,
              [page.caseNumber, page.pageNo],
            )
          ).rows[0] as PageRow;
          return { ...toPage(emptied), hashMismatch: true };
        }
        const done = (
          await c.query<PageRow>(
            `UPDATE attachments SET completed_at = $3 WHERE case_number = $1 AND page_no = $2
              RETURNING ${PAGE_COLUMNS}`,
            [page.caseNumber, page.pageNo, at],
          )
        ).rows[0] as PageRow;
        return toPage(done);
      });
    },

    async pageBytes(caseNumber, pageNo) {
      const found = await pool.query<{ data: Buffer }>(
        `SELECT data FROM attachments WHERE case_number = $1 AND page_no = $2 AND completed_at IS NOT NULL`,
        [caseNumber, pageNo],
      );
      return found.rows[0]?.data ?? null;
    },
  };
}
