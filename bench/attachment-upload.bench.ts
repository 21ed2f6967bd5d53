/**
 * Material page upload throughput on each district store: a kiosk's DistrictClient sends declarations'
 * pages (≈ 210 KB each, 20 a declaration) in 128 KiB chunks, one at a time as the kiosk does, over real
 * HTTP on 127.0.0.1 through the fault proxy (in `pass` mode) to the reference server on SQLite and on
 * PostgreSQL (a private, durable cluster). Prints MB/s and ms per chunk (p50/p95) with the load average.
 * `npx tsx bench/attachment-upload.bench.ts [--declarations N]`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DistrictClient } from '../src-main/district/district.client.js';
import { ATTACHMENT_CHUNK_BYTES } from '../src-protocol/attachments.js';
import { buildApp } from '../src-server/app.js';
import { newEnrollmentCode, sha256Hex } from '../src-server/core/tokens.js';
import type { DistrictStore } from '../src-server/store/district.store.js';
import { PostgresDistrictStore } from '../src-server/store/postgres.store.js';
import { SqliteDistrictStore } from '../src-server/store/sqlite.store.js';
import { startFaultProxy } from '../tests/emulators/fault-proxy.js';
import { freshDatabase, startPostgres } from '../tests/helpers/postgres.js';
import { tempDir } from '../tests/helpers/temp-dir.js';

const PAGE_BYTES = 210_000;
const PAGES = 20;
const HALL = { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心', address: '', phone: '' };

export interface UploadFigures {
  store: 'sqlite' | 'postgres';
  declarations: number;
  pages: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  chunkMsP50: number;
  chunkMsP95: number;
}

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function measure(
  kind: UploadFigures['store'],
  store: DistrictStore,
  declarations: number,
): Promise<UploadFigures> {
  const app = await buildApp({ store });
  const proxy = await startFaultProxy({ targetPort: 0 });
  try {
    const at = new Date();
    await store.createHall(HALL, at.toISOString());
    const code = newEnrollmentCode();
    await store.issueEnrollmentCode({
      codeHash: sha256Hex(code),
      hallCode: HALL.code,
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + 86_400_000).toISOString(),
    });
    const url = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
    proxy.setTarget(Number(url.port));
    const enrolled = await new DistrictClient({ baseUrl: proxy.url }).enroll(code, {
      appVersion: '0.1.0',
      hostname: 'bench',
    });
    const client = new DistrictClient({ baseUrl: proxy.url, token: enrolled.deviceToken });
    const chunkMs: number[] = [];
    let bytes = 0;
    let seconds = 0;
    for (let d = 0; d < declarations; d++) {
      const pages = Array.from({ length: PAGES }, () => randomBytes(PAGE_BYTES));
      const sha = pages.map((p) => createHash('sha256').update(p).digest('hex'));
      const { caseNumber } = await client.submit({
        idempotencyKey: randomUUID(),
        kind: 'declaration',
        payload: {
          itemName: '最低生活保障审核确认',
          attachments: pages.map((p, i) => ({
            pageNo: i + 1,
            materialName: '申请书',
            sha256: sha[i]!,
            size: p.length,
          })),
        },
      });
      const started = process.hrtime.bigint();
      for (const [i, page] of pages.entries())
        for (let offset = 0; offset < page.length; offset += ATTACHMENT_CHUNK_BYTES) {
          const t0 = process.hrtime.bigint();
          await client.putAttachmentChunk({
            caseNumber,
            pageNo: i + 1,
            offset,
            sha256: sha[i]!,
            bytes: page.subarray(offset, offset + ATTACHMENT_CHUNK_BYTES),
          });
          chunkMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      seconds += Number(process.hrtime.bigint() - started) / 1e9;
      bytes += pages.reduce((n, p) => n + p.length, 0);
      const progress = await client.attachmentProgress(caseNumber);
      if (!progress.complete) throw new Error(`declaration ${caseNumber} incomplete after upload`);
    }
    chunkMs.sort((a, b) => a - b);
    const megabytes = bytes / 1e6;
    return {
      store: kind,
      declarations,
      pages: declarations * PAGES,
      megabytes: Number(megabytes.toFixed(1)),
      seconds: Number(seconds.toFixed(2)),
      mbPerSecond: Number((megabytes / seconds).toFixed(1)),
      chunkMsP50: Number(quantile(chunkMs, 0.5).toFixed(2)),
      chunkMsP95: Number(quantile(chunkMs, 0.95).toFixed(2)),
    };
  } finally {
    await proxy.close();
    await app.close();
  }
}

export async function benchAttachmentUpload(declarations = 5): Promise<{
  loadAverage: number[];
  results: UploadFigures[];
}> {
  const loadAverage = os.loadavg().map((l) => Number(l.toFixed(2)));
  const results: UploadFigures[] = [];
  const tmp = tempDir('attachment-bench');
  try {
    const sqlite = SqliteDistrictStore.open(path.join(tmp.dir, 'district.db'));
    try {
      results.push(await measure('sqlite', sqlite, declarations));
    } finally {
      await sqlite.close();
    }
  } finally {
    tmp.remove();
  }
  const cluster = await startPostgres({ durable: true });
  try {
    const db = await freshDatabase(cluster, 'attachment_bench');
    const postgres = await PostgresDistrictStore.open(db.url, { max: 4 });
    try {
      results.push(await measure('postgres', postgres, declarations));
    } finally {
      await postgres.close();
    }
  } finally {
    await cluster.stop();
  }
  return { loadAverage, results };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--declarations');
  const declarations = at > 0 ? Number(process.argv[at + 1]) : 5;
  const report = await benchAttachmentUpload(declarations);
  console.log(`材料页上传吞吐（经回环故障代理），机器负载 ${report.loadAverage.join(' / ')}`);
  console.log(JSON.stringify(report.results, null, 2));
}
