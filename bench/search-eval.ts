/** The search evaluation set (tests/fixtures/search-eval.tsv) and its scores, shared by tests and bench. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EvalQuery {
  query: string;
  expected: string[];
  kind: string;
}

export interface EvalScores {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  zeroResult: number;
  /** Queries whose expected items were not in the top 3. */
  misses: Array<{ query: string; expected: string[]; got: string[] }>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const EVAL_FILE = path.resolve(here, '../tests/fixtures/search-eval.tsv');

export function loadEvalSet(file = EVAL_FILE): EvalQuery[] {
  const out: EvalQuery[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/u)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [query, expected, kind] = line.split('\t');
    if (query === undefined || expected === undefined || query === 'query') continue;
    out.push({ query, expected: expected.split(',').map((s) => s.trim()), kind: kind ?? '' });
  }
  return out;
}

/** hit@1, hit@3, MRR (over the top 10) and the share of queries with no result at all. */
export function scoreEval(set: readonly EvalQuery[], search: (q: string) => string[]): EvalScores {
  let h1 = 0;
  let h3 = 0;
  let rr = 0;
  let zero = 0;
  const misses: EvalScores['misses'] = [];
  for (const q of set) {
    const got = search(q.query).slice(0, 10);
    if (got.length === 0) zero++;
    const rank = got.findIndex((id) => q.expected.includes(id));
    if (rank === 0) h1++;
    if (rank >= 0 && rank < 3) h3++;
    else misses.push({ query: q.query, expected: q.expected, got: got.slice(0, 3) });
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  const n = Math.max(1, set.length);
  const r = (x: number): number => Math.round((x / n) * 10000) / 10000;
  return { queries: set.length, hitAt1: r(h1), hitAt3: r(h3), mrr: r(rr), zeroResult: r(zero), misses };
}
