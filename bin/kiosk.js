#!/usr/bin/env node
// The field technician's `kiosk` command. In a source checkout it runs the TypeScript directly
// (through tsx); in a packaged kiosk, the compiled JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'src-main', 'cli', 'main.ts');
const compiled = path.join(root, 'dist', 'main', 'src-main', 'cli', 'main.js');

let entry = compiled;
if (fs.existsSync(source)) {
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
