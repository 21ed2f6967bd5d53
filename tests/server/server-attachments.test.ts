/**
 * Material pages on the district server, on both stores (SQLite and PostgreSQL): chunked upload with the page's hash, resumable from
 * the server's count, idempotent (a repeat stores nothing), complete only when every announced page
 * arrived, size limits with clear errors, and another hall's device refused as if the case did not exist.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RejectedError } from '../../src-main/district/district.errors.js';
import type { DistrictClient } from '../../src-main/district/district.client.js';
import { newEnrollmentCode, sha256Hex } from '../../src-server/core/tokens.js';
import fs from 'node:fs';
import path from 'node:path';
import { attachmentStoreFor } from '../../src-server/attachments/attachment-store-for.js';
import { runCli } from '../../src-server/cli/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { startHarness, STORE_KINDS, type Harness } from './server-harness.js';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe.each(STORE_KINDS)('material pages on the district server (%s store)', (kind) => {
  let h: Harness;
  let client: DistrictClient;
  let caseNumber: string;
  const pages = [randomBytes(300_000), randomBytes(50_000)];

  beforeEach(async () => {
    h = await startHarness(kind);
    client = h.client((await h.enroll()).deviceToken);
    const answer = await client.submit({
      idempotencyKey: randomUUID(),
      kind: 'declaration',
      payload: {
        itemName: '最低生活保障审核确认',
        attachments: pages.map((p, i) => ({
          pageNo: i + 1,
          materialName: '申请书',
          sha256: sha(p),
          size: p.length,
        })),
      },
    });
    caseNumber = answer.caseNumber;
  });
  afterEach(() => h.close());

  const put = (pageNo: number, offset: number, bytes: Buffer, hash = sha(pages[pageNo - 1]!)) =>
    client.putAttachmentChunk({ caseNumber, pageNo, offset, sha256: hash, bytes });

  it('takes a page in chunks, resumes from its count, and is complete only when every page arrived', async () => {
    const [first, second] = pages as [Buffer, Buffer];
    expect(await put(1, 0, first.subarray(0, 100_000))).toMatchObject({ received: 100_000, complete: false });
    // A kiosk that lost track (killed mid-page) asks, and goes on from the server's count.
    const asked = await client.attachmentProgress(caseNumber);
    expect(asked).toMatchObject({ expected: 2, complete: false });
    expect(asked.pages[0]).toMatchObject({ received: 100_000, complete: false });
    await expect(put(1, 0, first.subarray(0, 100_000))).rejects.toMatchObject({ status: 409 });
    expect(await put(1, 100_000, first.subarray(100_000, 228_000))).toMatchObject({ received: 228_000 });
    expect(await put(1, 228_000, first.subarray(228_000))).toMatchObject({ complete: true });
    expect((await client.attachmentProgress(caseNumber)).complete).toBe(false);
    expect(await put(2, 0, second)).toMatchObject({ complete: true });
    expect((await client.attachmentProgress(caseNumber)).complete).toBe(true);
    const stored = await h.rows<{ data: Buffer }>(
      'SELECT data FROM attachments WHERE case_number = ? ORDER BY page_no',
      caseNumber,
    );
    expect(stored.map((r) => Buffer.compare(r.data, pages[stored.indexOf(r)]!))).toEqual([0, 0]);
  });

  it('stores nothing twice: a repeat of a complete page is answered and ignored', async () => {
    const second = pages[1]!;
    await put(2, 0, second);
    expect(await put(2, 0, second)).toMatchObject({ complete: true });
    const [row] = await h.rows<{ n: number | string; size: number | string }>(
      'SELECT count(*) AS n, sum(length(data)) AS size FROM attachments WHERE case_number = ?',
      caseNumber,
    );
    expect({ n: Number(row?.n), size: Number(row?.size) }).toEqual({ n: 1, size: second.length });
  });

  it('applies one of racing copies of a chunk and stores the page once', async () => {
    // Straight to the store, past the route's own offset check: concurrent transactions (PostgreSQL
    // pool) meet on the page's row lock, and only the first one appends.
    const first = pages[0]!;
    const store = attachmentStoreFor(h.store)!;
    const page = { caseNumber, pageNo: 1, materialName: '申请书', sha256: sha(first), size: first.length };
    const at = h.clock.now.toISOString();
    // The page's row exists with a first part, so the copies of the rest meet on its lock.
    await store.append(page, 0, first.subarray(0, 100_000), at);
    const rest = first.subarray(100_000);
    // On PostgreSQL another session holds the row until all four transactions wait for it, so they
    // truly overlap; SQLite runs one transaction at a time by itself.
    const holder = h.kind === 'postgres' ? new pg.Client({ connectionString: h.db }) : undefined;
    if (holder) {
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM attachments WHERE case_number = $1 AND page_no = 1 FOR UPDATE', [
        caseNumber,
      ]);
    }
    const racing = Promise.all([1, 2, 3, 4].map(() => store.append(page, 100_000, rest, at)));
    if (holder) {
      for (let waiting = 0; waiting < 4;) {
        // Inside a transaction the activity view is a snapshot: take a new one each time.
        await holder.query('SELECT pg_stat_clear_snapshot()');
        const found = await holder.query<{ n: string }>(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
        );
        waiting = Number(found.rows[0]?.n);
      }
      await holder.query('COMMIT');
      await holder.end();
    }
    const answers = await racing;
    expect(answers.every((a) => a.received === first.length && a.completedAt === at)).toBe(true);
    expect(answers.some((a) => a.hashMismatch)).toBe(false);
    const [row] = await h.rows<{ n: number | string; size: number | string }>(
      'SELECT count(*) AS n, sum(length(data)) AS size FROM attachments WHERE case_number = ?',
      caseNumber,
    );
    expect({ n: Number(row?.n), size: Number(row?.size) }).toEqual({ n: 1, size: first.length });
    expect(Buffer.compare((await store.pageBytes(caseNumber, 1))!, first)).toBe(0);
    expect((await client.attachmentProgress(caseNumber)).pages[0]).toMatchObject({ complete: true });
  });

  it('refuses chunks that are too large, a wrong hash, and bytes that do not match the hash', async () => {
    const first = pages[0]!;
    await expect(put(1, 0, first.subarray(0, 200_000))).rejects.toSatisfy(
      (e) => e instanceof RejectedError && (e.status === 413 || e.status === 400),
    );
    await expect(put(1, 0, first.subarray(0, 1000), 'a'.repeat(64))).rejects.toMatchObject({
      status: 400,
      reason: '材料页的校验值与申报不符',
    });
    // Right length, wrong bytes: the page is emptied and must come again.
    const wrong = randomBytes(pages[1]!.length);
    await expect(put(2, 0, wrong)).rejects.toMatchObject({ status: 422 });
    expect((await client.attachmentProgress(caseNumber)).pages[1]).toMatchObject({
      received: 0,
      complete: false,
    });
  });

  it('refuses a declaration announcing a page over 400 KB, or more than 20 pages', async () => {
    const big = await client.submit({
      idempotencyKey: randomUUID(),
      kind: 'declaration',
      payload: {
        attachments: [{ pageNo: 1, materialName: '申请书', sha256: 'b'.repeat(64), size: 500_000 }],
      },
    });
    await expect(
      client.putAttachmentChunk({
        caseNumber: big.caseNumber,
        pageNo: 1,
        offset: 0,
        sha256: 'b'.repeat(64),
        bytes: Buffer.alloc(10),
      }),
    ).rejects.toMatchObject({ status: 413, serverCode: 'PAYLOAD_TOO_LARGE' });
    const many = await client.submit({
      idempotencyKey: randomUUID(),
      kind: 'declaration',
      payload: {
        attachments: Array.from({ length: 21 }, (_, i) => ({
          pageNo: i + 1,
          materialName: '申请书',
          sha256: 'c'.repeat(64),
          size: 10,
        })),
      },
    });
    await expect(
      client.putAttachmentChunk({
        caseNumber: many.caseNumber,
        pageNo: 1,
        offset: 0,
        sha256: 'c'.repeat(64),
        bytes: Buffer.alloc(10),
      }),
    ).rejects.toMatchObject({ status: 413, reason: '每件申报最多 20 页材料' });
  });

  it("refuses another hall's device as if the case did not exist", async () => {
    const at = h.clock.now.toISOString();
    await h.store.createHall(
      { code: 'ZCSJ01', name: '淄川区寨里镇便民服务中心', address: '', phone: '' },
      at,
    );
    const code = newEnrollmentCode();
    await h.store.issueEnrollmentCode({
      codeHash: sha256Hex(code),
      hallCode: 'ZCSJ01',
      createdAt: at,
      expiresAt: new Date(h.clock.now.getTime() + 86_400_000).toISOString(),
    });
    const other = h.client(
      (await h.client().enroll(code, { appVersion: '0.1.0', hostname: 'other' })).deviceToken,
    );
    await expect(other.attachmentProgress(caseNumber)).rejects.toMatchObject({ status: 404 });
    await expect(
      other.putAttachmentChunk({
        caseNumber,
        pageNo: 2,
        offset: 0,
        sha256: sha(pages[1]!),
        bytes: pages[1]!,
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await h.count('attachments')).toBe(0);
  });

  it('case show --out writes the complete pages byte for byte and says how many arrived', async () => {
    await put(2, 0, pages[1]!);
    const out = tempDir('case-show');
    try {
      const lines: string[] = [];
      const code = await runCli(['case', 'show', caseNumber, '--out', out.dir, '--db', h.db], {
        io: { out: (s) => lines.push(s), err: (s) => lines.push(s) },
      });
      expect(code).toBe(0);
      expect(lines[0]).toContain('材料 1/2 页');
      const file = path.join(out.dir, `${caseNumber}-p02.jpg`);
      expect(fs.readFileSync(file).equals(pages[1]!)).toBe(true);
      expect(fs.existsSync(path.join(out.dir, `${caseNumber}-p01.jpg`))).toBe(false);
    } finally {
      out.remove();
    }
  });
});
