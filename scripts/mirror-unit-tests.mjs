#!/usr/bin/env node
/**
 * Moves each unit test to the path of the module it tests, so tests/unit mirrors the source tree:
 *   src-main/<path>     → tests/unit/<path>
 *   src-renderer/<path> → tests/unit/renderer/<path>
 *   src-server/<path>   → tests/unit/server/<path>
 *   src-protocol/<path> → tests/unit/protocol/<path>
 *   src-console/<path>  → tests/unit/console/<path>
 *   src-phone/<path>    → tests/unit/phone/<path>
 * A test's module is the source file it imports whose name is closest to the test's own name (the first
 * source import on a tie). Cross-cutting folders (lint, properties, packaging) stay; a helper that imports
 * no source goes where most of the tests that import it go. Moves are `git mv`; then every relative path
 * in tests/ and bench/ that points at a moved file, and every relative path inside a moved file (imports,
 * vi.mock, and '../…' strings such as a root directory), is rewritten.
 *
 * Usage: node scripts/mirror-unit-tests.mjs            (prints the moves)
 *        node scripts/mirror-unit-tests.mjs --apply    (does them)
 * Re-run it after merging branches that add unit tests: files already in place are left alone.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const UNIT = 'tests/unit';
const KEEP = new Set(['lint', 'properties', 'packaging']);
const SOURCE_ROOTS = [
  ['src-main/', ''],
  ['src-renderer/', 'renderer/'],
  ['src-server/', 'server/'],
  ['src-protocol/', 'protocol/'],
  ['src-console/', 'console/'],
  ['src-phone/', 'phone/'],
];
const apply = process.argv.includes('--apply');

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const tracked = (dir) =>
  git('ls-files', dir)
    .split('\n')
    .filter((f) => /\.(ts|tsx)$/.test(f));

/** Relative specifiers of a file's imports, dynamic imports and vi.mock calls. */
const SPECIFIER =
  /(?:from\s+|import\(\s*|vi\.mock\(\s*|vi\.importActual(?:<[^>]*>)?\(\s*)'(\.{1,2}\/[^']+)'/g;

function specifiers(text) {
  return [...text.matchAll(SPECIFIER)].map((m) => m[1]);
}

/** Repo-relative path a specifier names, from a file at `from`. */
const resolveFrom = (from, spec) => path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));

/** Where a source file's tests live. */
function testDirOf(source) {
  for (const [prefix, target] of SOURCE_ROOTS)
    if (source.startsWith(prefix))
      return path.posix.join(UNIT, target, path.posix.dirname(source.slice(prefix.length)));
  return undefined;
}

const tokens = (name) =>
  new Set(
    path.posix
      .basename(name)
      .replace(/\.(test|property|spec)?\.?(ts|tsx|js)$/, '')
      .replace(/\.(test|property)$/, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .split(/[-._]/)
      .filter(Boolean),
  );

/** Modules most tests import besides the one they test: they lose a tie. */
const INFRASTRUCTURE = ['src-main/contract/', 'src-protocol/', 'src-main/log/', 'src-main/store/database'];

function score(test, source) {
  const a = tokens(test);
  const b = tokens(source);
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared - (INFRASTRUCTURE.some((p) => source.startsWith(p)) ? 0.5 : 0);
}

/** Where the name-based choice is wrong: the module a test really tests. */
const OVERRIDES = new Map([['catalog-item-digests.test.ts', 'src-main/services/sync/catalog-sync.ts']]);

const TYPE_ONLY = /import\s+type\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g;

const files = tracked(UNIT);
const isTest = (f) => /\.test\.tsx?$/.test(f);
const moves = new Map();

for (const file of files.filter(isTest)) {
  const folder = file.slice(UNIT.length + 1).split('/')[0];
  if (KEEP.has(folder)) continue;
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const typeOnly = new Set([...text.matchAll(TYPE_ONLY)].map((m) => m[1]));
  const all = specifiers(text).filter((s) => testDirOf(resolveFrom(file, s)) !== undefined);
  // A type-only import counts too (a test may load its module dynamically), but loses a tie.
  const weighed = all.map((s) => ({ source: resolveFrom(file, s), penalty: typeOnly.has(s) ? 0.25 : 0 }));
  const override = OVERRIDES.get(path.posix.basename(file));
  if (override) weighed.unshift({ source: override, penalty: -100 });
  if (weighed.length === 0) continue;
  const worth = (w) => score(file, w.source) - w.penalty;
  let best = weighed[0];
  for (const w of weighed) if (worth(w) > worth(best)) best = w;
  best = best.source;
  const target = path.posix.join(testDirOf(best), path.posix.basename(file));
  if (target !== file) moves.set(file, target);
}

// Helpers (no .test): where most of the tests that import them go.
for (const helper of files.filter((f) => !isTest(f))) {
  const votes = new Map();
  for (const file of files.filter(isTest)) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const imports = specifiers(text).map((s) => resolveFrom(file, s).replace(/\.js$/, '.ts'));
    if (!imports.includes(helper)) continue;
    const dir = path.posix.dirname(moves.get(file) ?? file);
    votes.set(dir, (votes.get(dir) ?? 0) + 1);
  }
  const [dir] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (dir && dir !== path.posix.dirname(helper))
    moves.set(helper, path.posix.join(dir, path.posix.basename(helper)));
}

const taken = new Map();
for (const [from, to] of moves) {
  if (taken.has(to) || (fs.existsSync(path.join(ROOT, to)) && !moves.has(to)))
    throw new Error(`two files would land at ${to}: ${from} and ${taken.get(to) ?? to}`);
  taken.set(to, from);
}

for (const [from, to] of [...moves].sort()) console.log(`${from} → ${to}`);
console.log(`${moves.size} files to move`);
if (!apply) process.exit(0);

/** The new path of a repo-relative path (moved or not). */
function moved(p) {
  for (const ext of ['', '.ts', '.tsx']) {
    const key = ext ? p.replace(/\.js$/, ext) : p;
    const to = moves.get(key);
    if (to) return ext ? to.replace(/\.tsx?$/, '.js') : to;
  }
  return p;
}

const relative = (fromFile, target) => {
  const rel = path.posix.relative(path.posix.dirname(fromFile), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
};

// Rewrite every file of tests/ and bench/ whose relative paths change, then move.
const RELATIVE_STRING = /'(\.{1,2}\/[^'\n]*)'/g;
for (const file of [...tracked('tests'), ...tracked('bench')]) {
  const newFile = moves.get(file) ?? file;
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const rewritten = text.replace(RELATIVE_STRING, (whole, spec) => {
    const target = resolveFrom(file, spec);
    const next = relative(newFile, moved(target));
    return next === spec ? whole : `'${next}'`;
  });
  if (rewritten !== text) fs.writeFileSync(path.join(ROOT, file), rewritten);
}
for (const [from, to] of moves) {
  fs.mkdirSync(path.join(ROOT, path.posix.dirname(to)), { recursive: true });
  git('mv', from, to);
}
console.log('moved; now run: npx tsc -p tsconfig.tests.json --noEmit');
