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

// Written last: bin/kiosk.js runs this build, instead of the sources, while it is newer than them.
fs.writeFileSync('dist/main/.build-stamp', `${new Date().toISOString()}\n`);
