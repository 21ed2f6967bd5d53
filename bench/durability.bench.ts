/**
 * What `synchronous = FULL` costs, in the same run as NORMAL: the kiosk and the reference server on
 * 127.0.0.1, both on SQLite files on the machine's disk, each side opened at the level measured.
 * - enqueue/s: citizens' submissions written one by one to the outbox (one commit each, as at the
 *   counter: FULL waits for one WAL fsync per submission);
 * - drain/s: the outbox sent in batches (one server commit and one kiosk commit per batch of 50, so
 *   FULL costs two fsyncs per batch). Target: drain ≥ 500/s with FULL.
 * `bench/run.ts` stores the figures in bench/results.json under `durability`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openSyncContext } from '../src-main/cli/sync-context.js';
import { silentLogger } from '../src-main/log/logger.js';
import type { Synchronous } from '../src-main/store/database.js';
import { buildApp } from '../src-server/app.js';
import { newEnrollmentCode, sha256Hex } from '../src-server/core/tokens.js';
import { SqliteDistrictStore } from '../src-server/store/sqlite.store.js';
import { declarationPayload } from '../tests/helpers/outbox-payloads.js';

export const DURABILITY_BENCH = { submissions: 2_000, targetDrainPerSec: 500 };

interface Rates {
  enqueuePerSec: number;
  drainPerSec: number;
}

async function measure(synchronous: Synchronous): Promise<Rates> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `kiosk-bench-durability-${synchronous}-`));
  const store = SqliteDistrictStore.open(path.join(tmp, 'district.db'), { synchronous });
  const app = await buildApp({ store });
  const ctx = openSyncContext(path.join(tmp, 'kiosk'), { log: silentLogger(), synchronous });
  try {
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const now = new Date();
    await store.createHall(
      { code: 'ZCKL01', name: '淄川区昆仑镇便民服务中心', address: null, phone: null },
      now.toISOString(),
    );
    const code = newEnrollmentCode();
    await store.issueEnrollmentCode({
      codeHash: sha256Hex(code),
      hallCode: 'ZCKL01',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 86_400_000).toISOString(),
    });
    await ctx.sync.provision(url, code);

    const enqueueStart = performance.now();
    for (let i = 0; i < DURABILITY_BENCH.submissions; i++)
      ctx.outbox.enqueue({
        kind: 'declaration',
        itemId: 'elder-card',
        payload: declarationPayload({
          seq: i,
          applicant: { name: '韩红英', idNumber: '370302199001010029' },
        }),
        summary: { itemName: '老年人优待证办理' },
      });
    const enqueueMs = performance.now() - enqueueStart;
    const drainStart = performance.now();
    const round = await ctx.sync.runRound(['outbox']);
    const drainMs = performance.now() - drainStart;
    const outbox = round.outbox;
    if (!outbox || 'kind' in outbox || outbox.sent !== DURABILITY_BENCH.submissions)
      throw new Error(`drain incomplete: ${JSON.stringify(outbox)}`);
    return {
      enqueuePerSec: Math.round(DURABILITY_BENCH.submissions / (enqueueMs / 1000)),
      drainPerSec: Math.round(DURABILITY_BENCH.submissions / (drainMs / 1000)),
    };
  } finally {
    await ctx.close();
    await app.close();
    await store.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const best = (runs: Rates[]): Rates => ({
  enqueuePerSec: Math.max(...runs.map((r) => r.enqueuePerSec)),
  drainPerSec: Math.max(...runs.map((r) => r.drainPerSec)),
});

/** Two runs of each level, alternating so that load and warm-up hit both alike; the best of each. */
export async function benchDurability(): Promise<Record<string, unknown>> {
  const runs: Record<Synchronous, Rates[]> = { NORMAL: [], FULL: [] };
  for (const level of ['NORMAL', 'FULL', 'NORMAL', 'FULL'] as const) runs[level].push(await measure(level));
  const normal = best(runs.NORMAL);
  const full = best(runs.FULL);
  return {
    submissions: DURABILITY_BENCH.submissions,
    tmpDir: os.tmpdir(),
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    normal,
    full,
    enqueueCostPct: Math.round((1 - full.enqueuePerSec / normal.enqueuePerSec) * 100),
    drainCostPct: Math.round((1 - full.drainPerSec / normal.drainPerSec) * 100),
    drainTargetPerSec: DURABILITY_BENCH.targetDrainPerSec,
    drainMeetsTargetWithFull: full.drainPerSec >= DURABILITY_BENCH.targetDrainPerSec,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  console.log(JSON.stringify(await benchDurability(), null, 2));
