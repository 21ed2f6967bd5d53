/**
 * Sync benchmark, kiosk against the reference district server on 127.0.0.1 (real HTTP, real SQLite on
 * both sides, the kiosk's own SyncService):
 * - a full catalog sync of 3,000 items (the demo items grown the way the search bench grows them),
 * - a delta of 50 changed items (target: ≤ 10 % of the full sync of the same run, and < 150 ms),
 *   with the search index kept in step as the kiosk keeps it (CatalogSearchService): the full sync's
 *   figure includes the index build, the delta's the index update,
 * - the drain rate of 5,000 queued submissions (target ≥ 500/s).
 * Same-run baseline for the full sync: one JSON.parse of the same catalog text.
 * `bench/run.ts` calls benchSync() and stores the figures in bench/results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogSchema, type Catalog, type ServiceItem } from '../src-main/contract/catalog.schema.js';
import { openSyncContext } from '../src-main/cli/sync-context.js';
import { CatalogSearchService } from '../src-main/services/search/catalog-search.service.js';
import { preloadJieba } from '../src-main/services/search/jieba.segmenter.js';
import { UsageRepository } from '../src-main/store/usage.repository.js';
import { silentLogger } from '../src-main/log/logger.js';
import { buildApp } from '../src-server/app.js';
import { publishCatalog } from '../src-server/core/catalog-publish.js';
import { newEnrollmentCode, sha256Hex } from '../src-server/core/tokens.js';
import { SqliteDistrictStore } from '../src-server/store/sqlite.store.js';
import { growCatalog } from './search-catalog.js';
import { declarationPayload } from '../tests/helpers/outbox-payloads.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SYNC_BENCH = { catalogItems: 3_000, deltaItems: 50, submissions: 5_000, targetPerSec: 500 };

const round = (n: number, digits = 1): number => Number(n.toFixed(digits));

function demoCatalog(): Catalog {
  const file = path.join(root, 'resources', 'catalog', 'demo-catalog.json');
  return catalogSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

export async function benchSync(): Promise<Record<string, unknown>> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bench-sync-'));
  const store = SqliteDistrictStore.open(path.join(tmp, 'district.db'));
  const app = await buildApp({ store });
  const ctx = openSyncContext(path.join(tmp, 'kiosk'), { log: silentLogger() });
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
    // The kiosk's search follows the catalog as in the app; listeners run in order, so the two around
    // the search service's own time its index update (the dictionary loads once per process, before).
    preloadJieba();
    let indexStart = 0;
    let indexMs = 0;
    ctx.catalog.onChange(() => {
      indexStart = performance.now();
    });
    const search = new CatalogSearchService(ctx.catalog, new UsageRepository(ctx.db));
    ctx.catalog.onChange(() => {
      indexMs = performance.now() - indexStart;
    });

    // Full catalog of 3,000 items.
    const demo = demoCatalog();
    const items: ServiceItem[] = growCatalog(demo.items, SYNC_BENCH.catalogItems);
    const v1: Catalog = { ...demo, version: 'bench-1', items };
    const text = JSON.stringify(items);
    const bytes = Buffer.byteLength(text);
    // Same-run baseline: reading the same catalog text once (the floor of any sync of it).
    const parseStart = performance.now();
    JSON.parse(text);
    const baselineParseMs = performance.now() - parseStart;
    const published = await publishCatalog(store, v1, new Date());
    if (!published.ok) throw new Error('bench catalog did not validate');
    const full = await timed(() => ctx.sync.runRound(['catalog']));
    if (full.value.catalog?.kind !== 'updated' || !full.value.catalog.full)
      throw new Error(`full sync failed: ${JSON.stringify(full.value.catalog)}`);
    const fullIndexMs = indexMs;
    if (
      search.search(items[SYNC_BENCH.catalogItems - 1]!.name, 1)[0]?.id !==
      items[SYNC_BENCH.catalogItems - 1]!.id
    )
      throw new Error('the search does not find the synced catalog');

    // A delta: 50 items changed.
    const changed = new Set(
      items
        .slice(0, SYNC_BENCH.deltaItems * 10)
        .filter((_, i) => i % 10 === 0)
        .map((i) => i.id),
    );
    const v2: Catalog = {
      ...v1,
      version: 'bench-2',
      items: items.map((i) => (changed.has(i.id) ? { ...i, aliases: [...i.aliases, '新俗称'] } : i)),
    };
    const republished = await publishCatalog(store, v2, new Date());
    if (!republished.ok) throw new Error('bench delta did not validate');
    const delta = await timed(() => ctx.sync.runRound(['catalog']));
    if (delta.value.catalog?.kind !== 'updated' || delta.value.catalog.full)
      throw new Error(`delta sync failed: ${JSON.stringify(delta.value.catalog)}`);
    const deltaIndexMs = indexMs;
    if (search.search('新俗称', 60).length < SYNC_BENCH.deltaItems)
      throw new Error('the search does not find the delta');

    // 5,000 queued submissions, drained.
    const enqueueStart = performance.now();
    for (let i = 0; i < SYNC_BENCH.submissions; i++)
      ctx.outbox.enqueue({
        kind: 'declaration',
        itemId: items[i % items.length]!.id,
        payload: declarationPayload({
          seq: i,
          applicant: { name: '韩红英', idNumber: '370302199001010029' },
          fields: { reason: '因病致贫' },
        }),
        summary: { itemName: '最低生活保障审核确认' },
      });
    const enqueueMs = performance.now() - enqueueStart;
    const drain = await timed(() => ctx.sync.runRound(['outbox']));
    const outbox = drain.value.outbox;
    if (!outbox || 'kind' in outbox || outbox.sent !== SYNC_BENCH.submissions)
      throw new Error(`drain incomplete: ${JSON.stringify(outbox)}`);
    const perSec = SYNC_BENCH.submissions / (drain.ms / 1000);

    return {
      catalogItems: SYNC_BENCH.catalogItems,
      catalogMB: round(bytes / 1024 / 1024, 2),
      fullSyncMs: round(full.ms),
      fullSyncIndexMs: round(fullIndexMs),
      baselineParseMs: round(baselineParseMs),
      fullToParseRatio: round(full.ms / baselineParseMs),
      deltaItems: SYNC_BENCH.deltaItems,
      deltaSyncMs: round(delta.ms),
      deltaSyncIndexMs: round(deltaIndexMs),
      deltaToFullRatio: round(delta.ms / full.ms, 3),
      deltaMaxRatio: 0.1,
      deltaTargetMs: 150,
      fullTargetMs: 1_500,
      deltaMeetsTarget: delta.ms <= full.ms * 0.1 && delta.ms < 150,
      fullMeetsTarget: full.ms < 1_500,
      loadavg: os.loadavg().map((l) => round(l, 2)),
      submissions: SYNC_BENCH.submissions,
      enqueuePerSec: Math.round(SYNC_BENCH.submissions / (enqueueMs / 1000)),
      drainMs: round(drain.ms),
      drainPerSec: Math.round(perSec),
      drainTargetPerSec: SYNC_BENCH.targetPerSec,
      drainMeetsTarget: perSec >= SYNC_BENCH.targetPerSec,
    };
  } finally {
    await ctx.close();
    await app.close();
    await store.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  console.table(await benchSync());
