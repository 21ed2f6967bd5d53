/**
 * A power cut right after the device key is made must not leave a key file that is empty or missing
 * beside data sealed with it. Proven under strace: the key's bytes are fsynced before the key file gets
 * its name, and the folder is fsynced after, all before the process goes on to use the key.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputPath, tempDir } from '../helpers/temp-dir.js';

const data = tempDir('device-key-fsync');
afterAll(() => data.remove());

interface Call {
  index: number;
  syscall: string;
  line: string;
}

function trace(dataDir: string): Call[] {
  const out = outputPath('strace', 'device-key-fsync.strace');
  const run = spawnSync(
    'strace',
    [
      '-f',
      '-qq',
      '-yy',
      '-e',
      'trace=write,fsync,fdatasync,link,linkat,rename,renameat,renameat2',
      '-o',
      out,
      process.execPath,
      '--import',
      'tsx',
      path.resolve('tests/helpers/make-device-key.ts'),
      dataDir,
    ],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('KEY READY');
  return fs
    .readFileSync(out, 'utf8')
    .split('\n')
    .map((line, index) => ({ index, syscall: /^\d+\s+([a-z0-9_]+)\(/.exec(line)?.[1] ?? '', line }))
    .filter((c) => c.syscall !== '');
}

describe('the device key is on disk before it is used', () => {
  it('bytes fsynced, then named, then the folder fsynced, before the process goes on', () => {
    const dir = path.join(data.dir, 'kiosk');
    const calls = trace(dir);
    const keyFile = path.join(dir, 'device.key');
    const ready = calls.find((c) => c.syscall === 'write' && c.line.includes('KEY READY'));
    const keyWrite = calls.find(
      (c) => c.syscall === 'write' && c.line.includes(`<${keyFile}.`) && c.line.includes('.tmp>'),
    );
    const keySync = calls.find(
      (c) =>
        c.syscall === 'fsync' &&
        c.line.includes(`<${keyFile}.`) &&
        c.line.includes('.tmp>') &&
        c.index > (keyWrite?.index ?? 0),
    );
    const named = calls.find((c) => /^link/.test(c.syscall) && c.line.includes(`"${keyFile}"`));
    const folderSync = calls.find(
      (c) => c.syscall === 'fsync' && c.line.includes(`<${dir}>`) && c.index > (named?.index ?? 0),
    );
    expect(ready, 'the child said the key was ready').toBeDefined();
    expect(keyWrite, 'the key bytes written to a temporary file').toBeDefined();
    expect(keySync, 'the temporary file fsynced').toBeDefined();
    expect(named, 'the key file named by link()').toBeDefined();
    expect(folderSync, 'the folder fsynced after the name').toBeDefined();
    expect(keySync!.index).toBeLessThan(named!.index);
    expect(folderSync!.index).toBeLessThan(ready!.index);
    // The key file is whole, private, and the temporary name is gone.
    expect(fs.readFileSync(keyFile, 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a second process finds the key made by the first, and does not replace it', () => {
    const dir = path.join(data.dir, 'kiosk');
    const before = fs.readFileSync(path.join(dir, 'device.key'), 'utf8');
    const calls = trace(dir);
    expect(calls.some((c) => /^link|^rename/.test(c.syscall))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'device.key'), 'utf8')).toBe(before);
  });
});
