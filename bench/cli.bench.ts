/**
 * The `kiosk` CLI against `node -e 0` in the same run: `kiosk --version` (target ≤ 3×) and
 * `kiosk search 低保` (target ≤ 4×), through bin/kiosk.js on the built checkout (`npm run build` first,
 * or the launcher falls back to tsx and the figures show it). Medians of a few runs, wall clock and the
 * child's CPU time (user + system), which a loaded machine disturbs less.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIsCurrent } from '../bin/build-freshness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(root, 'bin', 'kiosk.js');

export const CLI_BENCH = { runs: 5, versionMaxRatio: 3, searchMaxRatio: 4 };

const round = (n: number): number => Number(n.toFixed(1));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Wall and CPU milliseconds of one run of `node ARGS`. */
function run(args: string[], env: NodeJS.ProcessEnv): { wallMs: number; cpuMs: number } {
  const t = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
    env,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - t;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  const [user, sys] = (result.stderr.trim().split('\n').at(-1) ?? '0 0').split(' ').map(Number);
  return { wallMs, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000 };
}

function series(args: string[], env: NodeJS.ProcessEnv, runs: number): { wallMs: number; cpuMs: number } {
  const all = Array.from({ length: runs }, () => run(args, env));
  return { wallMs: round(median(all.map((r) => r.wallMs))), cpuMs: round(median(all.map((r) => r.cpuMs))) };
}

export function benchCli(runs = CLI_BENCH.runs): Record<string, unknown> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-bench-cli-'));
  const env = { ...process.env, KIOSK_DATA_DIR: data };
  try {
    // Interleaved so that load changes hit all three alike.
    const node: Array<{ wallMs: number; cpuMs: number }> = [];
    const version: Array<{ wallMs: number; cpuMs: number }> = [];
    const search: Array<{ wallMs: number; cpuMs: number }> = [];
    for (let i = 0; i < runs; i++) {
      node.push(series(['-e', '0'], env, 1));
      version.push(series([BIN, '--version'], env, 1));
      search.push(series([BIN, 'search', '低保'], env, 1));
    }
    const med = (xs: Array<{ wallMs: number; cpuMs: number }>) => ({
      wallMs: round(median(xs.map((x) => x.wallMs))),
      cpuMs: round(median(xs.map((x) => x.cpuMs))),
    });
    const n = med(node);
    const v = med(version);
    const s = med(search);
    return {
      runs,
      compiledBuildUsed: buildIsCurrent(root),
      loadavg: os.loadavg().map((l) => Number(l.toFixed(2))),
      baselineNodeE0: n,
      version: v,
      search: s,
      versionRatio: round(v.wallMs / n.wallMs),
      versionCpuRatio: round(v.cpuMs / Math.max(n.cpuMs, 1)),
      versionMaxRatio: CLI_BENCH.versionMaxRatio,
      versionMeetsTarget: v.wallMs / n.wallMs <= CLI_BENCH.versionMaxRatio,
      searchRatio: round(s.wallMs / n.wallMs),
      searchCpuRatio: round(s.cpuMs / Math.max(n.cpuMs, 1)),
      searchMaxRatio: CLI_BENCH.searchMaxRatio,
      searchMeetsTarget: s.wallMs / n.wallMs <= CLI_BENCH.searchMaxRatio,
    };
  } finally {
    fs.rmSync(data, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  console.log(JSON.stringify(benchCli(), null, 2));
