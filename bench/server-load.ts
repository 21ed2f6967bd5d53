/**
 * `npm run bench:server`: 5,000 simulated kiosks against the PostgreSQL-backed district server on
 * loopback. Starts a private PostgreSQL (durable settings: fsync and synchronous commit on), two server
 * instances as separate processes on one database, enrolls every kiosk over HTTP, then drives the traffic
 * model of bench/server/load-model.ts for a measured window and reports throughput and p50/p95/p99
 * latency per request kind and overall; the figures are merged into bench/results.json under
 * `results.server` (other keys kept).
 *
 * Why two instances: a Node server uses one core for its JavaScript, and this machine has two, shared
 * with PostgreSQL and the load generator. Two instances let the HTTP/JSON work of the server use both
 * cores when PostgreSQL leaves room, and they exercise the deployment this is for (several stateless
 * instances behind nginx on one database). `--instances 1` compares.
 *
 * Options: --kiosks 5000 --speedup 1 --duration 60 --warmup 10 --instances 2 --pool 8 --no-write
 * (BENCH_CPU_PROF=DIR writes a CPU profile of each server instance there).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogSchema, type Catalog } from '../src-main/contract/catalog.schema.js';
import { publishCatalog } from '../src-server/core/catalog-publish.js';
import { PostgresDistrictStore } from '../src-server/store/postgres.store.js';
import { freshDatabase, startPostgres } from '../tests/helpers/postgres.js';
import { startServerProcess, type ServerProcess } from '../tests/helpers/server-process.js';
import { machineBusyMs, treeCpuMs } from './server/cpu-usage.js';
import { drive } from './server/driver.js';
import { enrollFleet } from './server/fleet.js';
import { LoadClient } from './server/http-client.js';
import type { KindSummary } from './server/latency.js';
import { DEFAULT_MODEL, REQUEST_KINDS, steadyRates, type LoadModel } from './server/load-model.js';
import { seededRandom } from '../tests/helpers/seeded-random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = path.join(root, 'bench', 'results.json');
const TARGET_P99_MS = 100;

interface Options {
  model: LoadModel;
  instances: number;
  pool: number;
  write: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const model = { ...DEFAULT_MODEL };
  let instances = 2;
  let pool = 8;
  let write = true;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--no-write') {
      write = false;
      continue;
    }
    const value = Number(argv[++i]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`选项 ${flag} 需要一个正数`);
    if (flag === '--kiosks') model.kiosks = Math.round(value);
    else if (flag === '--speedup') model.speedup = value;
    else if (flag === '--duration') model.durationS = value;
    else if (flag === '--warmup') model.warmupS = value;
    else if (flag === '--instances') instances = Math.round(value);
    else if (flag === '--pool') pool = Math.round(value);
    else throw new Error(`未知选项 ${flag}`);
  }
  model.halls = Math.max(1, Math.min(model.halls, Math.ceil(model.kiosks / 10)));
  return { model, instances, pool, write };
}

function demoCatalog(): Catalog {
  const file = path.join(root, 'resources', 'catalog', 'demo-catalog.json');
  return catalogSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The n-th catalog version: the demo catalog with `changed` items given a new alias per version. */
function catalogVersion(demo: Catalog, n: number, changed: number): Catalog {
  const ids = new Set(
    demo.items
      .slice(0, changed * n)
      .slice(-changed)
      .map((i) => i.id),
  );
  return {
    ...demo,
    version: `bench-${n}`,
    items: demo.items.map((item) =>
      n > 1 && ids.has(item.id) ? { ...item, aliases: [...item.aliases, `新俗称${n}`] } : item,
    ),
  };
}

function readResults(): Record<string, unknown> {
  if (!fs.existsSync(resultsFile)) return {};
  const data: unknown = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

function writeResults(server: Record<string, unknown>): void {
  const previous = readResults();
  const results = previous['results'];
  const out = {
    ...previous,
    results: { ...(results !== null && typeof results === 'object' ? results : {}), server },
  };
  fs.writeFileSync(resultsFile, `${JSON.stringify(out, null, 2)}\n`);
}

const row = (name: string, s: KindSummary) => ({
  kind: name,
  requests: s.requests,
  'req/s': s.perSec,
  'p50 ms': s.p50Ms,
  'p95 ms': s.p95Ms,
  'p99 ms': s.p99Ms,
  'max ms': s.maxMs,
  failures: Object.entries(s.failures)
    .map(([status, n]) => `${status}×${n}`)
    .join(' '),
});

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { model } = options;
  const loadBefore = os.loadavg();
  console.log(
    `区级服务器压力测试：${model.kiosks} 台终端，时间压缩 ×${model.speedup}，测量 ${model.durationS} s（预热 ${model.warmupS} s），` +
      `${options.instances} 个服务器实例，每实例 PostgreSQL 连接 ${options.pool} 个`,
  );
  console.log(
    `机器负载（1/5/15 分钟）：${loadBefore.map((l) => l.toFixed(2)).join(' / ')}，CPU ${os.cpus().length} 核`,
  );

  const cluster = await startPostgres({ durable: true });
  const servers: ServerProcess[] = [];
  let client: LoadClient | undefined;
  let store: PostgresDistrictStore | undefined;
  try {
    const db = await freshDatabase(cluster, 'district_bench');
    // The district's own admin connection: creates halls, issues codes, publishes catalogs.
    store = await PostgresDistrictStore.open(db.url, { max: 4 });
    const admin = store;
    const demo = demoCatalog();
    const first = await publishCatalog(admin, catalogVersion(demo, 1, model.itemsPerPublish), new Date());
    if (!first.ok) throw new Error('demo catalog did not validate');
    let published = 1;

    for (let i = 0; i < options.instances; i++)
      servers.push(
        await startServerProcess({
          db: db.url,
          // One address enrolls the whole fleet: lift the per-address enrollment limit for it.
          env: {
            DISTRICT_PG_POOL: String(options.pool),
            DISTRICT_ENROLL_PER_HOUR: String(model.kiosks + 100),
          },
          ...(process.env['BENCH_CPU_PROF']
            ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`] }
            : {}),
        }),
      );
    client = new LoadClient(
      servers.map((s) => s.url),
      64,
    );

    console.log(`PostgreSQL ${cluster.url('district_bench')}；服务器 ${servers.map((s) => s.url).join(' ')}`);
    const fleet = await enrollFleet({
      store: admin,
      client,
      kiosks: model.kiosks,
      halls: model.halls,
      catalogVersion: 1,
      now: new Date(),
    });
    console.log(
      `已通过 HTTP 注册 ${fleet.kiosks.length} 台终端（${model.halls} 个服务站），${(fleet.enrollMs / 1000).toFixed(1)} s，${fleet.enrollPerSec.toFixed(0)} 台/s`,
    );
    const rates = steadyRates(model);
    const steadyTotal = Object.values(rates).reduce((a, b) => a + b, 0);
    console.log(
      `模型稳态请求率 ≈ ${steadyTotal.toFixed(0)} req/s：` +
        REQUEST_KINDS.map((k) => `${k} ${rates[k].toFixed(1)}`).join('，') +
        `；另有每次目录发布后 ${model.kiosks} 个增量请求`,
    );

    // A fixed seed makes runs comparable.
    const random = seededRandom(20_261_125);
    const postmaster = Number(
      fs.readFileSync(path.join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    const cpu = (): Record<string, number> => ({
      servers: servers.reduce((sum, s) => sum + treeCpuMs(s.child.pid ?? -1), 0),
      postgres: treeCpuMs(postmaster),
      generator: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
      machine: machineBusyMs(),
    });
    let cpuStart: Record<string, number> = {};
    let cpuEnd: Record<string, number> = {};
    // Transactions PostgreSQL committed (every statement outside a transaction is one): divided by the
    // requests, the database round trips a request costs, a figure the machine's load cannot blur.
    const transactions = (): Promise<number> =>
      admin.pool
        .query<{ n: string }>(
          `SELECT (xact_commit + xact_rollback)::text AS n FROM pg_stat_database WHERE datname = current_database()`,
        )
        .then((r) => Number(r.rows[0]?.n ?? 0));
    let xactStart: Promise<number> = Promise.resolve(0);
    let xactEnd: Promise<number> = Promise.resolve(0);
    // What PostgreSQL's sessions are doing, every 10 s: shows a queue on a lock or on WAL flushes.
    const waits = setInterval(() => {
      void admin.pool
        .query<{ what: string; n: number }>(
          `SELECT coalesce(wait_event_type || ':' || wait_event, state, '?') AS what, count(*)::int AS n
             FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
            GROUP BY 1 ORDER BY 2 DESC`,
        )
        .then((r) => console.log(`  PostgreSQL 会话: ${r.rows.map((w) => `${w.what} ${w.n}`).join('，')}`))
        .catch(() => undefined);
    }, 10_000);
    const result = await drive({
      model,
      client,
      kiosks: fleet.kiosks,
      random,
      log: (line) => console.log(line),
      onWindow: (edge) => {
        if (edge === 'start') {
          cpuStart = cpu();
          xactStart = transactions();
        } else {
          cpuEnd = cpu();
          xactEnd = transactions();
        }
      },
      publish: async () => {
        published++;
        const r = await publishCatalog(
          admin,
          catalogVersion(demo, published, model.itemsPerPublish),
          new Date(),
        );
        if (!r.ok) throw new Error('bench catalog did not validate');
        return r.manifest.version;
      },
    });

    clearInterval(waits);
    const { byKind, overall } = result.recorder.summary(REQUEST_KINDS, result.measuredS);
    const submissions = result.recorder.summary(
      ['declaration', 'rating', 'complaint', 'help'],
      result.measuredS,
    );
    console.table([
      ...REQUEST_KINDS.flatMap((k) => (byKind[k] ? [row(k, byKind[k])] : [])),
      row('submissions (all)', submissions.overall),
      row('overall', overall),
    ]);
    const loadAfter = os.loadavg();
    // Share of one core used during the window, per part; "others" is every other process on the machine.
    const cores = (key: string): number =>
      Number((((cpuEnd[key] ?? 0) - (cpuStart[key] ?? 0)) / (result.measuredS * 1000)).toFixed(2));
    const cpuCores = {
      servers: cores('servers'),
      postgres: cores('postgres'),
      generator: cores('generator'),
      others: Number(
        Math.max(0, cores('machine') - cores('servers') - cores('postgres') - cores('generator')).toFixed(2),
      ),
    };
    // CPU time per answered request (less noisy than latency on a shared machine) and the generator's
    // share of the CPU this bench used: the cores it takes are cores the server does not get.
    const perRequestMs = (key: 'servers' | 'postgres' | 'generator'): number =>
      Number(((cpuCores[key] * 1000) / Math.max(1, overall.perSec)).toFixed(3));
    const cpuPerRequestMs = {
      servers: perRequestMs('servers'),
      postgres: perRequestMs('postgres'),
      generator: perRequestMs('generator'),
    };
    // A busy backend reports to pg_stat_database about once a second: the lag is the same at both ends.
    const transactionsPerRequest = Number(
      (((await xactEnd) - (await xactStart)) / Math.max(1, overall.requests)).toFixed(2),
    );
    const benchCores = cpuCores.servers + cpuCores.postgres + cpuCores.generator;
    const generatorShare = Number((cpuCores.generator / Math.max(0.01, benchCores)).toFixed(3));
    console.log(
      `测量期间 CPU（核）：服务器 ${cpuCores.servers}，PostgreSQL ${cpuCores.postgres}，压测程序 ${cpuCores.generator}，` +
        `本机其他进程 ${cpuCores.others}（共 ${os.cpus().length} 核）；每个请求 CPU：服务器 ${cpuPerRequestMs.servers} ms，` +
        `PostgreSQL ${cpuPerRequestMs.postgres} ms，压测程序 ${cpuPerRequestMs.generator} ms；` +
        `压测程序占本测试 CPU 的 ${(generatorShare * 100).toFixed(1)} %；每个请求 PostgreSQL 事务 ${transactionsPerRequest} 个`,
    );
    // A refused request is a failure of the run, whatever its latency.
    const failed = Object.values(overall.failures).reduce((a, b) => a + b, 0);
    const meetsTarget = overall.p99Ms < TARGET_P99_MS && failed === 0;
    console.log(
      `总吞吐 ${overall.perSec} req/s，p50 ${overall.p50Ms} ms，p95 ${overall.p95Ms} ms，p99 ${overall.p99Ms} ms ` +
        `（目标 p99 < ${TARGET_P99_MS} ms 且无失败请求：${meetsTarget ? '达到' : `未达到，失败 ${failed} 个`}）；发送滞后 p99 ${result.sendLagP99Ms.toFixed(1)} ms；` +
        `最多同时 ${result.maxInFlight} 个请求；目录发布 ${result.publishes.map((p) => `v${p.version} ${p.ms.toFixed(0)} ms`).join('，')}`,
    );
    const counts = await admin.pool.query<{ submissions: number; followups: number; devices: number }>(
      `SELECT (SELECT count(*)::int FROM submissions) AS submissions,
              (SELECT count(*)::int FROM followups) AS followups,
              (SELECT count(*)::int FROM devices WHERE heartbeat_at IS NOT NULL) AS devices`,
    );
    const server = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? '',
        node: process.version,
        loadAvgBefore: loadBefore.map((l) => Number(l.toFixed(2))),
        loadAvgAfter: loadAfter.map((l) => Number(l.toFixed(2))),
      },
      setup: {
        kiosks: model.kiosks,
        halls: model.halls,
        instances: options.instances,
        pgPoolPerInstance: options.pool,
        postgres: 'private cluster on 127.0.0.1, fsync and synchronous_commit on',
        enrollPerSec: Math.round(fleet.enrollPerSec),
      },
      model: {
        speedup: model.speedup,
        durationS: model.durationS,
        warmupS: model.warmupS,
        heartbeatEveryS: model.heartbeatS / model.speedup,
        catalogCheckEveryS: model.catalogCheckS / model.speedup,
        casesEveryS: model.casesS / model.speedup,
        submissionsPerKioskHour: model.submissionsPerKioskHour * model.speedup,
        mix: model.mix,
        steadyRequestsPerSec: Math.round(steadyTotal),
        catalogPublishes: result.publishes,
      },
      cpuCores,
      cpuPerRequestMs,
      generatorShare,
      transactionsPerRequest,
      overall,
      byKind: { ...byKind, submissions: submissions.overall },
      targetP99Ms: TARGET_P99_MS,
      meetsTarget,
      generator: {
        sendLagP99Ms: Number(result.sendLagP99Ms.toFixed(2)),
        sendLagMaxMs: Number(result.sendLagMaxMs.toFixed(2)),
        maxInFlight: result.maxInFlight,
        inFlightAtEnd: result.inFlightAtEnd,
        errors: result.generatorErrors,
      },
      stored: counts.rows[0],
    };
    // The saturation search (bench/server-saturation.ts) reads each run's summary from this file.
    const summaryFile = process.env['BENCH_SERVER_SUMMARY'];
    if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify(server));
    if (options.write) {
      writeResults(server);
      console.log(`结果已写入 ${path.relative(root, resultsFile)}（results.server）`);
    }
  } finally {
    await client?.close();
    await Promise.all(servers.map((s) => s.stop()));
    await store?.close();
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
