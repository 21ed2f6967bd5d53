/**
 * The `kiosk` launcher (bin/kiosk.js) in a project laid out like ours, with real processes: it runs the
 * compiled JavaScript while the build is newer than the sources, and the TypeScript through tsx when
 * there is no build or a source changed after it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A project with bin/, a source entry and a compiled entry that say which one ran. */
function project(): {
  root: string;
  run: (...args: string[]) => string;
  age: (file: string, s: number) => void;
} {
  const t = tempDir('kiosk-bin');
  cleanups.push(t.remove);
  const root = t.dir;
  fs.cpSync(path.resolve('bin'), path.join(root, 'bin'), { recursive: true });
  fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  fs.writeFileSync(path.join(root, 'package.json'), '{ "type": "module", "version": "9.9.9" }\n');
  const entry = (said: string): string =>
    `export async function main(argv) { console.log(${JSON.stringify(said)}, argv.join(' ')); return 0; }\n`;
  fs.mkdirSync(path.join(root, 'src-main', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(root, 'src-main', 'cli', 'main.ts'), entry('source'));
  fs.mkdirSync(path.join(root, 'dist', 'main', 'src-main', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist', 'main', 'src-main', 'cli', 'main.js'), entry('compiled'));
  return {
    root,
    run: (...args) =>
      execFileSync(process.execPath, [path.join(root, 'bin', 'kiosk.js'), ...args], {
        encoding: 'utf8',
      }).trim(),
    age: (file, s) => {
      const at = new Date(Date.now() - s * 1000);
      fs.utimesSync(path.join(root, file), at, at);
    },
  };
}

describe('bin/kiosk.js', () => {
  it('runs the compiled build while its stamp is newer than every source, the sources through tsx otherwise', () => {
    const p = project();
    // No build stamp: the build may be partial, so the sources run.
    expect(p.run('status')).toBe('source status');

    fs.writeFileSync(path.join(p.root, 'dist', 'main', '.build-stamp'), 'now\n');
    for (const file of ['package.json', 'src-main/cli/main.ts']) p.age(file, 60);
    expect(p.run('search', '低保')).toBe('compiled search 低保');

    // A source edited after the build: the sources again.
    p.age('dist/main/.build-stamp', 30);
    fs.writeFileSync(path.join(p.root, 'src-main', 'cli', 'extra.ts'), 'export {};\n');
    expect(p.run('status')).toBe('source status');
  });

  it('a packaged kiosk (no sources) runs the build', () => {
    const p = project();
    fs.rmSync(path.join(p.root, 'src-main'), { recursive: true });
    expect(p.run('--version')).toBe('compiled --version');
  });

  it('in this checkout, answers --version with the package version', () => {
    const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    const out = execFileSync(process.execPath, ['bin/kiosk.js', '--version'], { encoding: 'utf8' });
    expect(out.trim()).toBe(version);
  });
});
