#!/usr/bin/env node
// The field technician's `kiosk` command. It runs the compiled JavaScript (dist/) whenever that build is
// up to date — always in a packaged kiosk, which ships no sources — and the TypeScript sources through tsx
// only in a source checkout that has no build, or whose sources changed after the last build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIsCurrent } from './build-freshness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src-main', 'cli', 'main.ts');
const compiled = path.join(root, 'dist', 'main', 'src-main', 'cli', 'main.js');

let entry = compiled;
if (fs.existsSync(source) && !buildIsCurrent(root)) {
  try {
    const { register } = await import('tsx/esm/api');
    register();
    entry = source;
  } catch {
    entry = compiled;
  }
}
if (!fs.existsSync(entry)) {
  console.error('kiosk: 程序未构建，请先运行 npm run build / not built: run npm run build');
  process.exit(1);
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
