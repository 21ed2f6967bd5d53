/**
 * Smoke tests of the two programs a technician starts: `node dist/main/src-main/start.js` (what `npm start`
 * runs after the build) on a machine with no display, and `node bin/kiosk.js --help`. Real processes,
 * real HTTP; needs `npm run build` first (scripts/test.sh builds before the tests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const START = path.resolve('dist/main/src-main/start.js');
const KIOSK_BIN = path.resolve('bin/kiosk.js');

/** The environment of a headless machine: no X or Wayland display, the web shell forced. */
function headlessEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KIOSK_DATA_DIR: dataDir, KIOSK_SHELL: 'web' };
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  delete env['KIOSK_PORT'];
  return env;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** The child's stdout as lines, and a wait for the first line (seen or to come) that matches. */
function stdoutLines(child: ChildProcess): {
  seen: string[];
  until(pattern: RegExp): Promise<RegExpMatchArray>;
} {
  const seen: string[] = [];
  const waiters = new Set<() => void>();
  if (child.stdout)
    createInterface({ input: child.stdout }).on('line', (line) => {
      seen.push(line);
      for (const w of [...waiters]) w();
    });
  const until = (pattern: RegExp): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        for (const line of seen) {
          const match = pattern.exec(line);
          if (match) {
            waiters.delete(check);
            child.off('exit', onExit);
            return resolve(match);
          }
        }
      };
      const onExit = (code: number | null): void => {
        waiters.delete(check);
        reject(new Error(`start.js exited (${code}) before printing ${pattern}:\n${seen.join('\n')}`));
      };
      waiters.add(check);
      child.once('exit', onExit);
      check();
    });
  return { seen, until };
}

describe('headless start (npm start without a display)', () => {
  const data = tempDir('start-smoke');
  let child: ChildProcess | undefined;

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited(child);
    }
    data.remove();
  });

  it('prints a one-time launch URL, serves the kiosk, refuses the API without the session, stops on SIGTERM', async () => {
    if (!fs.existsSync(START)) throw new Error(`${START} is missing: run \`npm run build\` first`);
    const stderr: string[] = [];
    child = spawn(process.execPath, [START], {
      env: headlessEnv(data.dir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const out = stdoutLines(child);

    const [, appUrl] = await out.until(/打开 \/ open: (http:\/\/127\.0\.0\.1:\d+\/\?launch=\S+) /);
    const url = new URL(appUrl!);
    expect(url.searchParams.get('launch')!.length).toBeGreaterThanOrEqual(16);
    await out.until(/没有显示器或 Chromium/);
    expect(out.seen.join('\n')).toContain(`数据目录 / data folder: ${data.dir}`);

    const launched = await fetch(appUrl!, { redirect: 'manual' });
    expect(launched.status).toBe(303);
    expect(launched.headers.get('location')).toBe('/');
    const cookie = launched.headers.get('set-cookie')!.split(';')[0]!;
    const page = await fetch(`${url.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<div id="root">');
    // The secret the cookie carries was never printed.
    expect(out.seen.join('\n')).not.toContain(cookie.split('=')[1]!);

    const api = `${url.origin}/api/app.info`;
    const post = (headers: Record<string, string>): Promise<Response> =>
      fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
    const refused = await post({});
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await post({ Cookie: `${cookie}x` });
    expect(wrong.status).toBe(401);
    const info = await post({ Cookie: cookie });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({
      ok: true,
      value: { hallName: '淄川区昆仑镇便民服务中心', demo: true },
    });
    expect(fs.existsSync(path.join(data.dir, 'kiosk.db'))).toBe(true);

    child.kill('SIGTERM');
    expect(await exited(child)).toEqual({ code: 0, signal: null });
    expect(stderr.join('')).not.toMatch(/Error|错误/);
  }, 60_000);
});

describe('kiosk command line', () => {
  it('--help exits 0 and lists every command', async () => {
    const child = spawn(process.execPath, [KIOSK_BIN, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    expect(await exited(child)).toEqual({ code: 0, signal: null });
    for (const command of [
      'catalog validate',
      'search',
      'reader read|info',
      'printer test|status',
      'ports',
      'provision',
      'sync',
      'status',
    ])
      expect(out, command).toContain(`kiosk ${command}`);
  }, 60_000);
});
