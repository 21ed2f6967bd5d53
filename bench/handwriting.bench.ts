/**
 * Handwriting benchmark: every character of the model drawn as synthetic handwriting from its own
 * stroke medians, clean and with a writer's noise (tests/helpers/handwriting-synth.ts), recognized
 * from the complete drawing (top-1 / top-5 accuracy); then a sample written stroke by stroke, as on the
 * pad, recognizing after each stroke (per-stroke latency, wall clock and CPU, with the machine's load).
 */
import os from 'node:os';
import { buildHandwritingModel } from '../scripts/handwriting-model.js';
import { decodeModel, type HandwritingModel } from '../src-renderer/keyboard/handwriting/model-format.js';
import { recognize } from '../src-renderer/keyboard/handwriting/recognizer.js';
import { synthesize } from '../tests/helpers/handwriting-synth.js';
import { seededRandom } from '../tests/helpers/seeded-random.js';

const PAD = 600;

export interface AccuracyResult {
  characters: number;
  top1Pct: number;
  top5Pct: number;
  /** Top-5 target of the issue: 95 % clean, 85 % noisy. */
  targetTop5Pct: number;
  met: boolean;
  /** A few misses: drawn → best three. */
  misses: string[];
}

export interface HandwritingBenchResult {
  modelCharacters: number;
  modelBytes: number;
  modelDecodeMs: number;
  clean: AccuracyResult;
  noisy: AccuracyResult;
  perStroke: {
    recognitions: number;
    meanMs: number;
    p95Ms: number;
    maxMs: number;
    /** CPU time of the process per recognition (less affected by other processes on the machine). */
    cpuMeanMs: number;
    loadAverage1m: number;
  };
}

function accuracy(model: HandwritingModel, noisy: boolean, target: number): AccuracyResult {
  let n = 0;
  let top1 = 0;
  let top5 = 0;
  const misses: string[] = [];
  for (const char of model.chars) {
    const strokes = synthesize(char, { pad: PAD, noisy });
    if (!strokes) continue;
    const found = recognize(model, strokes, { boxSize: PAD, limit: 8 });
    const at = found.findIndex((c) => c.char === char);
    n += 1;
    if (at === 0) top1 += 1;
    if (at >= 0 && at < 5) top5 += 1;
    else if (misses.length < 20)
      misses.push(
        `${char}→${found
          .map((c) => c.char)
          .join('')
          .slice(0, 3)}`,
      );
  }
  const top5Pct = Math.round((top5 / n) * 1000) / 10;
  return {
    characters: n,
    top1Pct: Math.round((top1 / n) * 1000) / 10,
    top5Pct,
    targetTop5Pct: target,
    met: top5Pct >= target,
    misses,
  };
}

function perStroke(model: HandwritingModel, sample: number): HandwritingBenchResult['perStroke'] {
  const random = seededRandom(19);
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < sample; i += 1) {
    const char = model.chars[Math.floor(random() * model.chars.length)] as string;
    const strokes = synthesize(char, { pad: PAD, noisy: true }) ?? [];
    for (let k = 1; k <= strokes.length; k += 1) {
      const t = performance.now();
      recognize(model, strokes.slice(0, k), { boxSize: PAD, limit: 8 });
      times.push(performance.now() - t);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    recognitions: times.length,
    meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
    p95Ms: round(times[Math.floor(times.length * 0.95)] ?? 0),
    maxMs: round(times[times.length - 1] ?? 0),
    cpuMeanMs: round((cpu.user + cpu.system) / 1000 / times.length),
    loadAverage1m: round(os.loadavg()[0] ?? 0),
  };
}

export function benchHandwriting(): HandwritingBenchResult {
  const serialized = buildHandwritingModel();
  const text = JSON.stringify(serialized);
  const t = performance.now();
  const model = decodeModel(JSON.parse(text));
  const modelDecodeMs = Math.round((performance.now() - t) * 10) / 10;
  return {
    modelCharacters: model.chars.length,
    modelBytes: Buffer.byteLength(text),
    modelDecodeMs,
    clean: accuracy(model, false, 95),
    noisy: accuracy(model, true, 85),
    perStroke: perStroke(model, 200),
  };
}
