/**
 * `npm run bench:server`: the district server's limit on this machine. Runs bench/server-load.ts (same
 * traffic model, PostgreSQL, two instances) at growing fleet sizes — doubling from --from until p99
 * crosses 100 ms or a request fails (halving instead when the first size already fails), then bisecting between the last size that held and the first
 * that did not, to within --precision — and reports the saturation point and kiosks per server core.
 * Figures go to bench/results.json under `results.serverSaturation` (each step with its load average).
 *
 * Options: --from 5000 --max 80000 --min 250 --precision 0.1 --duration 30 --warmup 8 --speedup 1
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = path.join(root, 'bench', 'results.json');
const TARGET_P99_MS = 100;
const TARGET_KIOSKS = 20_000;

interface Step {
  kiosks: number;
  p99Ms: number;
  p50Ms: number;
  perSec: number;
  failures: number;
  held: boolean;
  loadavg: number[];
  cpuCores: Record<string, number>;
  cpuPerRequestMs: Record<string, number>;
  generatorShare: number;
}

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '5000' },
    max: { type: 'string', default: '80000' },
    min: { type: 'string', default: '250' },
    precision: { type: 'string', default: '0.1' },
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '8' },
    speedup: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
  },
});

const loadavgAtStart = os.loadavg().map((l) => Number(l.toFixed(2)));
console.log(
  `机器负载 / load average (1/5/15 min): ${loadavgAtStart.join(' / ')}，CPU ${os.cpus().length} 核 / cores`,
);

function runAt(kiosks: number): Step {
  const summary = path.join(os.tmpdir(), `kiosk-bench-server-${process.pid}-${kiosks}.json`);
  const args = [
    '--import',
    'tsx',
    path.join(root, 'bench', 'server-load.ts'),
    '--kiosks',
    String(kiosks),
    '--duration',
    values.duration,
    '--warmup',
    values.warmup,
    '--speedup',
    values.speedup,
    '--no-write',
  ];
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, BENCH_SERVER_SUMMARY: summary },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (child.status !== 0 || !fs.existsSync(summary))
    throw new Error(`bench/server-load.ts --kiosks ${kiosks} failed (exit ${child.status})`);
  const run = JSON.parse(fs.readFileSync(summary, 'utf8')) as {
    overall: { p99Ms: number; p50Ms: number; perSec: number; failures: Record<string, number> };
    cpuCores: Record<string, number>;
    cpuPerRequestMs?: Record<string, number>;
    generatorShare?: number;
  };
  fs.rmSync(summary, { force: true });
  const failures = Object.values(run.overall.failures).reduce((a, b) => a + b, 0);
  const step: Step = {
    kiosks,
    p99Ms: run.overall.p99Ms,
    p50Ms: run.overall.p50Ms,
    perSec: run.overall.perSec,
    failures,
    held: run.overall.p99Ms < TARGET_P99_MS && failures === 0,
    loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
    cpuCores: run.cpuCores,
    cpuPerRequestMs: run.cpuPerRequestMs ?? {},
    generatorShare: run.generatorShare ?? 0,
  };
  console.log(
    `== ${kiosks} 台终端：p99 ${step.p99Ms} ms，失败 ${failures}，压测程序 ${step.cpuCores['generator'] ?? '?'} 核` +
      `（占本测试 CPU ${(step.generatorShare * 100).toFixed(1)} %），负载 ${step.loadavg[0]}，` +
      `${step.held ? '未饱和 / holds' : '已饱和 / saturated'}`,
  );
  return step;
}

const from = Number(values.from);
const max = Number(values.max);
const precision = Number(values.precision);
const min = Number(values.min);
const steps: Step[] = [];
let held: Step | undefined;
let broke: Step | undefined;
for (let n = from; n <= max; n *= 2) {
  const step = runAt(n);
  steps.push(step);
  if (step.held) held = step;
  else {
    broke = step;
    break;
  }
}
// Saturated at the first size already (a loaded machine): halve until a size holds.
while (!held && broke && broke.kiosks / 2 >= min) {
  const step = runAt(Math.round(broke.kiosks / 2));
  steps.push(step);
  if (step.held) held = step;
  else broke = step;
}
while (held && broke && (broke.kiosks - held.kiosks) / held.kiosks > precision) {
  // Sizes are rounded to a hundred (to 10 below 1,000); a midpoint that rounds onto either end would run
  // the same size again and again, so the search stops there.
  const unit = held.kiosks < 1000 ? 10 : 100;
  const mid = Math.round((held.kiosks + broke.kiosks) / 2 / unit) * unit;
  if (mid <= held.kiosks || mid >= broke.kiosks) break;
  const step = runAt(mid);
  steps.push(step);
  if (step.held) held = step;
  else broke = step;
}
const cores = os.cpus().length;
const saturation = held?.kiosks ?? 0;
const loadavgAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
const result = {
  generatedAt: new Date().toISOString(),
  loadavgAtStart,
  loadavgAtEnd,
  /** Other work on the machine (a 1-minute load above half the cores at either end) makes the figure unfit to judge. */
  machineShared: Math.max(loadavgAtStart[0] ?? 0, loadavgAtEnd[0] ?? 0) > cores / 2,
  targetP99Ms: TARGET_P99_MS,
  targetKiosks: TARGET_KIOSKS,
  saturationKiosks: saturation,
  /** The run at the saturation point (the largest fleet that held). */
  atSaturation: held
    ? {
        p99Ms: held.p99Ms,
        p50Ms: held.p50Ms,
        requestsPerSec: held.perSec,
        cpuCores: held.cpuCores,
        cpuPerRequestMs: held.cpuPerRequestMs,
        generatorCores: held.cpuCores['generator'] ?? null,
        generatorShare: held.generatorShare,
        loadavg: held.loadavg,
      }
    : null,
  /** true when even --max held: the real limit is higher. */
  limitAboveMax: broke === undefined,
  firstSaturatedKiosks: broke?.kiosks ?? null,
  cores,
  kiosksPerCore: Math.round(saturation / cores),
  meetsTarget: saturation >= TARGET_KIOSKS,
  baselineFromKiosks: from,
  ratioToBaseline: Number((saturation / from).toFixed(2)),
  options: {
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    speedup: Number(values.speedup),
  },
  steps,
};
console.log(JSON.stringify({ ...result, steps: undefined }, null, 2));
if (result.machineShared)
  console.log(
    `注意：机器同时在做别的工作（负载 ${loadavgAtStart[0]} → ${loadavgAtEnd[0]}，${cores} 核），饱和点偏低，不能据此评判。` +
      ' / the machine was shared: the saturation point is understated and cannot be judged.',
  );
if (!values['no-write']) {
  const previous = fs.existsSync(resultsFile)
    ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Record<string, unknown>)
    : {};
  const results = (previous['results'] ?? {}) as Record<string, unknown>;
  fs.writeFileSync(
    resultsFile,
    `${JSON.stringify({ ...previous, results: { ...results, serverSaturation: result } }, null, 2)}\n`,
  );
  console.log(`结果已写入 bench/results.json（results.serverSaturation）`);
}
