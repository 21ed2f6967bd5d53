/**
 * The systemd unit for Linux halls without Electron (build/linux/systemd/): `systemd-analyze verify`
 * (systemd's own parser: unknown keys, bad values, missing executables), plus what the kiosk needs of
 * it — the web shell's entry point as the build makes it (with the kiosk's V8 flags), its data folder,
 * restarts, hardening that Chromium survives.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KIOSK_NODE_FLAGS } from '../../../src-main/core/node-flags.js';
import { tempDir } from '../../helpers/temp-dir.js';

const UNIT = 'build/linux/systemd/zichuan-kiosk.service';
const ANALYZE = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((p) => fs.existsSync(p));
/** Installed in the hall, not on a build machine: their absence is not a defect of the unit. */
const DEPLOY_TIME_EXECUTABLES = new Set(['/usr/bin/cage', '/usr/bin/node']);

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Section → key → values (a key may repeat). Comments and blank lines dropped. */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[([A-Za-z]+)\]$/.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1]!, current);
      continue;
    }
    const kv = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (!kv || !current) throw new Error(`not a unit file line: ${line}`);
    current.set(kv[1]!, [...(current.get(kv[1]!) ?? []), kv[2]!]);
  }
  return sections;
}

/** systemd-analyze's complaints about a unit file, but for executables only a hall has. */
function verify(file: string): string[] {
  const result = spawnSync(ANALYZE!, ['verify', '--man=no', file], { encoding: 'utf8' });
  return `${result.stdout}\n${result.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .filter((l) => {
      const missing = /Command (\S+) is not executable/.exec(l);
      return !(missing && DEPLOY_TIME_EXECUTABLES.has(missing[1]!));
    });
}

describe('the systemd unit of the web shell', () => {
  const text = fs.readFileSync(UNIT, 'utf8');
  const unit = parseUnit(text);
  const service = unit.get('Service')!;
  const one = (key: string): string | undefined => service.get(key)?.at(-1);

  it.runIf(ANALYZE)('passes systemd-analyze verify', () => {
    expect(verify(path.resolve(UNIT))).toEqual([]);
  });

  it.runIf(ANALYZE)('the verify check does catch a broken unit', () => {
    const t = tempDir('unit');
    cleanups.push(t.remove);
    const broken = path.join(t.dir, 'zichuan-kiosk.service');
    fs.writeFileSync(
      broken,
      text.replace('Restart=always', 'Restart=allways').replace('ProtectHome=yes', 'ProtectHom=yes'),
    );
    const problems = verify(broken);
    expect(problems.some((p) => p.includes('Restart') || p.includes('restart'))).toBe(true);
    expect(problems.some((p) => p.includes("Unknown key 'ProtectHom'"))).toBe(true);
  });

  it('runs the web shell entry point the build produces, with a supervised Chromium', () => {
    expect([...unit.keys()]).toEqual(['Unit', 'Service', 'Install']);
    const exec = one('ExecStart')!;
    const flags = KIOSK_NODE_FLAGS.join(' ');
    const [, start] = /\/usr\/bin\/node (?:--\S+ )*(\S+)$/.exec(exec) ?? [];
    expect(start).toBe(`${one('WorkingDirectory')}/dist/main/src-main/start.js`);
    expect(exec).toContain(`/usr/bin/node ${flags} ${start}`);
    expect(fs.readFileSync('scripts/build-main.mjs', 'utf8')).toContain("'tsconfig.main.json'");
    const scripts = (
      JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['start']).toContain(`node ${flags} dist/main/src-main/start.js`);
    // The bench times the kiosk's own work under the same flags.
    expect(scripts['bench']).toContain(`node ${flags} --import tsx bench/run.ts`);
    expect(service.get('Environment')).toEqual(
      expect.arrayContaining(['KIOSK_SHELL=web', `KIOSK_DATA_DIR=/var/lib/${one('StateDirectory')}`]),
    );
    expect(one('Restart')).toBe('always');
    expect(unit.get('Install')?.get('WantedBy')).toEqual(['graphical.target']);
  });

  it("starts Node with flags this Node knows (V8's own carry no stability guarantee)", () => {
    // An unknown V8 flag is refused at start ("bad option"): the kiosk would not start at all.
    const run = spawnSync(process.execPath, [...KIOSK_NODE_FLAGS, '-e', 'process.exit(0)'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const bogus = spawnSync(process.execPath, ['--max-inlined-bytecode-sise=120', '-e', '0'], {
      encoding: 'utf8',
    });
    expect(bogus.status).not.toBe(0);
  });

  it('is hardened, without the options that would break Chromium', () => {
    for (const [key, value] of Object.entries({
      NoNewPrivileges: 'yes',
      ProtectSystem: 'strict',
      ProtectHome: 'yes',
      PrivateTmp: 'yes',
      ProtectKernelTunables: 'yes',
      ProtectKernelModules: 'yes',
      ProtectControlGroups: 'yes',
      RestrictSUIDSGID: 'yes',
      LockPersonality: 'yes',
    }))
      expect(one(key), key).toBe(value);
    for (const key of ['MemoryDenyWriteExecute', 'RestrictNamespaces', 'SystemCallFilter', 'PrivateDevices'])
      expect(service.has(key), key).toBe(false);
    expect(one('User')).not.toBe('root');
    expect(one('SupplementaryGroups')).toContain('dialout');
  });
});
