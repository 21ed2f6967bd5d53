/**
 * One fresh build of the search index, in a process of its own, as at a kiosk's first start (no snapshot):
 * nothing compiled yet, no word or pinyin remembered. Prints one JSON line for search.bench.ts, which runs
 * it as the kiosk runs its core: bundled by esbuild (packages left in node_modules), on plain Node with the
 * kiosk's flags, not through the TypeScript loader the bench itself needs.
 *
 *   node <KIOSK_NODE_FLAGS> <bundle of this file> <items> ours|minisearch
 *
 * - `ours`: the dictionaries (jieba, the thesaurus, pinyin-pro) are loaded first and timed apart, then the
 *   index is built (it answers every query from then on), then what it left for first need is filled (as
 *   the kiosk does right after the build), then one query of each kind is timed.
 * - `minisearch`: the library baseline (MiniSearch + jieba over the same catalog), built the same way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { catalogSchema } from '../src-main/contract/catalog.schema.js';
import { resourcesDir } from '../src-main/paths.js';
import { preloadJieba } from '../src-main/services/search/jieba.segmenter.js';
import { loadLexicon } from '../src-main/services/search/search-lexicon.load.js';
import { textPinyin } from '../src-main/services/search/search.pinyin.js';
import { createKioskSearchIndex } from '../src-main/services/search/kiosk-search.js';
import { miniSearchBaseline } from './search-baselines.js';
import { BENCH_QUERIES, growCatalog } from './search-catalog.js';

export interface FreshBuild {
  items: number;
  engine: 'ours' | 'minisearch';
  /** jieba's dictionary, the thesaurus and pinyin-pro loaded (once per process, before any build). */
  dictMs: number;
  dictCpuMs: number;
  /** Until the index answers every query (what a query may still fill at its first need is not in it). */
  buildMs: number;
  buildCpuMs: number;
  /** Pages of memory the build touched for the first time (minor page faults). */
  buildFaults: number;
  /**
   * What one such page costs on this machine (µs), measured after the build on 16 MB touched page by page:
   * a virtual machine can make it forty times dearer than bare metal, and the build pays it per page.
   */
  faultUs: number;
  /** Then filling what the build left for first need (the pinyin space): the index is then fully built. */
  warmMs: number;
  warmCpuMs: number;
  /** The slowest first query of a kind right after the build, and its kind. */
  firstQueryMaxMs: number;
  firstQueryMaxKind: string;
  loadavg1: number;
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const round = (x: number): number => Math.round(x * 10) / 10;

/** The time of one minor page fault here: 16 MB of fresh memory written one byte per 4 KB page. */
function pageFaultUs(): number {
  const f0 = process.resourceUsage().minorPageFault;
  const t0 = performance.now();
  const pages = new Uint8Array(16 << 20);
  for (let i = 0; i < pages.length; i += 4096) pages[i] = 1;
  const ms = performance.now() - t0;
  const faults = process.resourceUsage().minorPageFault - f0;
  return faults > 0 ? (ms * 1000) / faults : 0;
}

function main(): void {
  const size = Number(process.argv[2]);
  const engine = process.argv[3] === 'minisearch' ? 'minisearch' : 'ours';
  if (!(size > 0)) throw new Error('usage: search-build.child.ts <items> ours|minisearch');
  const file = path.join(resourcesDir(), 'catalog', 'demo-catalog.json');
  const catalog = growCatalog(catalogSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).items, size);

  let c0 = cpu();
  let t0 = performance.now();
  preloadJieba();
  if (engine === 'ours') {
    loadLexicon();
    textPinyin('养老');
  }
  const dictMs = performance.now() - t0;
  const dictCpuMs = cpu() - c0;

  const f0 = process.resourceUsage().minorPageFault;
  c0 = cpu();
  t0 = performance.now();
  const index = engine === 'ours' ? createKioskSearchIndex(catalog) : miniSearchBaseline(catalog);
  const buildMs = performance.now() - t0;
  const buildCpuMs = cpu() - c0;
  const buildFaults = process.resourceUsage().minorPageFault - f0;

  c0 = cpu();
  t0 = performance.now();
  if (engine === 'ours') (index as ReturnType<typeof createKioskSearchIndex>).warm();
  const warmMs = performance.now() - t0;
  const warmCpuMs = cpu() - c0;

  let firstQueryMaxMs = 0;
  let firstQueryMaxKind = '';
  const seen = new Set<string>();
  for (const [kind, q] of BENCH_QUERIES) {
    if (seen.has(kind)) continue;
    seen.add(kind);
    const t = performance.now();
    const hits = index.search(q, 20);
    const ms = performance.now() - t;
    if (engine === 'ours' && hits.length === 0) throw new Error(`a fresh index finds nothing for ${q}`);
    if (ms > firstQueryMaxMs) {
      firstQueryMaxMs = ms;
      firstQueryMaxKind = kind;
    }
  }
  const out: FreshBuild = {
    items: size,
    engine,
    dictMs: round(dictMs),
    dictCpuMs: round(dictCpuMs),
    buildMs: round(buildMs),
    buildCpuMs: round(buildCpuMs),
    buildFaults,
    warmMs: round(warmMs),
    warmCpuMs: round(warmCpuMs),
    firstQueryMaxMs: round(firstQueryMaxMs),
    firstQueryMaxKind,
    faultUs: round(pageFaultUs()),
    loadavg1: round(os.loadavg()[0] ?? 0),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main();
