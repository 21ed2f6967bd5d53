// Builds the main-process code: tsc for the core and shells, the SQL migrations copied beside
// their loader, and the Electron preload bundled to one CommonJS file (sandboxed preloads cannot import).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.main.json'], {
  stdio: 'inherit',
});

const from = 'src-main/store/migrations';
const to = 'dist/main/src-main/store/migrations';
fs.mkdirSync(to, { recursive: true });
for (const file of fs.readdirSync(from))
  if (file.endsWith('.sql')) fs.copyFileSync(path.join(from, file), path.join(to, file));

await build({
  entryPoints: ['src-main/shell/electron/preload.ts'],
  outfile: 'dist/main/src-main/shell/electron/preload.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['electron'],
  target: 'node20',
  logLevel: 'warning',
});

// The web shell's start (`node dist/main/src-main/start.js`: npm start, the systemd unit, the tests)
// as one bundle with the core in a chunk of its own, loaded after the port and the browser: Node then
// resolves and compiles a few files instead of a few hundred, which halves the CPU time of loading the
// core. Packages stay in node_modules. The chunks' folder gets the migrations its database code reads
// beside itself. The Electron shell and the CLI keep tsc's files.
const chunks = 'dist/main/src-main/start-chunks';
fs.rmSync(chunks, { recursive: true, force: true });
await build({
  entryPoints: ['src-main/start.ts'],
  outdir: 'dist/main/src-main',
  entryNames: '[name]',
  chunkNames: 'start-chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  target: 'node20',
  allowOverwrite: true,
  logLevel: 'warning',
});
fs.mkdirSync(path.join(chunks, 'migrations'), { recursive: true });
for (const file of fs.readdirSync(from))
  if (file.endsWith('.sql')) fs.copyFileSync(path.join(from, file), path.join(chunks, 'migrations', file));

// Written last: bin/kiosk.js runs this build, instead of the sources, while it is newer than them.
fs.writeFileSync('dist/main/.build-stamp', `${new Date().toISOString()}\n`);
