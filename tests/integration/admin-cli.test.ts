/**
 * The field tech's `kiosk config get|set`, `kiosk diag` and `kiosk status` on a real data folder. The diag
 * test plants a citizen's data (a declaration, a raw outbox row, a help call, card reads) and scans every
 * file of the extracted archive for it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskApp } from '../../src-main/app.js';
import { scrubText } from '../../src-main/cli/commands/diag.command.js';
import { main } from '../../src-main/cli/main.js';
import { createLogger } from '../../src-main/log/logger.js';
import { APPLICANT, validValues } from '../helpers/declaration-values.js';
import { tempDir } from '../helpers/temp-dir.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function folder(prefix: string): string {
  const t = tempDir(prefix);
  cleanups.push(t.remove);
  return t.dir;
}

async function kiosk(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The planted person, in clear, JSON-escaped and \u-escaped forms. */
const PERSON = { ...APPLICANT, address: '昆仑镇昆仑村123号' };
function personalHits(text: string): string[] {
  const hits: string[] = [];
  for (const [field, value] of Object.entries(PERSON)) {
    const unicode = Array.from(value, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    for (const form of [value, JSON.stringify(value).slice(1, -1), unicode])
      if (text.includes(form)) hits.push(field);
  }
  return hits;
}

describe('kiosk config', () => {
  it('get prints the setting, set validates with the same rules and exit codes 0/1/2', async () => {
    const data = folder('cli-config');
    const all = await kiosk('config', 'get', '--data', data);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.out)).toMatchObject({ hallName: '淄川区昆仑镇便民服务中心', demoMode: true });
    expect(JSON.parse((await kiosk('config', '--data', data)).out)).toEqual(JSON.parse(all.out));
    expect(await kiosk('config', 'get', 'idleTimeoutSec', '--data', data)).toMatchObject({
      code: 0,
      out: '90',
    });

    const set = await kiosk('config', 'set', 'idleTimeoutSec', '120', '--data', data);
    expect(set.code, set.err).toBe(0);
    expect(set.out).toContain('无操作返回时间（idleTimeoutSec）= 120');
    expect((await kiosk('config', 'get', 'idleTimeoutSec', '--data', data)).out).toBe('120');

    const name = await kiosk('config', 'set', 'hallName', '淄川区罗村镇便民服务中心', '--data', data);
    expect(name.code, name.err).toBe(0);
    expect((await kiosk('config', 'get', 'hallName', '--data', data)).out).toBe('淄川区罗村镇便民服务中心');

    const list = await kiosk('config', 'set', 'announcements', '["本周六正常上班"]', '--data', data);
    expect(list.code, list.err).toBe(0);
    expect(JSON.parse((await kiosk('config', 'get', 'announcements', '--data', data)).out)).toEqual([
      '本周六正常上班',
    ]);
    expect((await kiosk('config', 'set', 'demoMode', 'false', '--data', data)).code).toBe(0);

    const badName = await kiosk('config', 'set', 'hallName', '昆仑镇政府', '--data', data);
    expect(badName.code).toBe(1);
    expect(badName.err).toContain('设置未保存 / not saved: 大厅名称：');
    const badNumber = await kiosk('config', 'set', 'idleTimeoutSec', '5000', '--data', data);
    expect(badNumber).toMatchObject({
      code: 1,
      err: expect.stringContaining('无操作返回时间：最多 1800 秒'),
    });
    expect((await kiosk('config', 'get', 'hallName', '--data', data)).out).toBe('淄川区罗村镇便民服务中心');

    const unknown = await kiosk('config', 'set', 'colour', 'red', '--data', data);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('没有这个设置项 / unknown setting: colour');
    expect(unknown.err).toContain('hallName');
    expect((await kiosk('config', 'set', 'hallName', '--data', data)).code).toBe(2);
    expect((await kiosk('config', 'frob', '--data', data)).code).toBe(2);

    // The kiosk starts with what the CLI stored; the change is in its audit log.
    const app = createKioskApp({ dataDir: data, log: createLogger({ level: 'silent' }), sync: false });
    try {
      expect(app.config.get()).toMatchObject({ idleTimeoutSec: 120, demoMode: false });
      expect(app.setup.needed()).toBe(true);
      expect(app.audit.recent().map((a) => a.detail)).toContain('命令行修改设置：大厅名称');
    } finally {
      app.close();
    }
  });
});

describe('kiosk status', () => {
  it('adds the devices as configured', async () => {
    const data = folder('cli-status');
    expect((await kiosk('config', 'set', 'simulatedDevices', 'false', '--data', data)).code).toBe(0);
    expect((await kiosk('config', 'set', 'printerPort', '/dev/ttyUSB0', '--data', data)).code).toBe(0);
    const status = await kiosk('status', '--data', data);
    expect(status.code, status.err).toBe(0);
    expect(JSON.parse(status.out).devices).toEqual({
      simulated: false,
      reader: { port: null, baud: 115200, label: '未配置' },
      printer: { port: '/dev/ttyUSB0', baud: 115200, label: '凭条打印机' },
      a4Queue: null,
    });
  });
});

describe('kiosk diag', () => {
  it('packs logs, config, status, health and audit into a tar.gz with no personal data in any file', async () => {
    const data = folder('cli-diag');
    const logFile = path.join(data, 'logs', 'kiosk.log');
    const app = createKioskApp({
      dataDir: data,
      log: createLogger({ file: logFile, level: 'debug' }),
      sync: false,
    });
    try {
      await app.dispatch('session.activity', {});
      await app.dispatch('devices.simulateCard', { present: true });
      const read = await app.dispatch('devices.readCard', {});
      expect(read.ok).toBe(true);
      const declared = await app.dispatch('declaration.submit', {
        itemId: 'pension-enroll',
        consent: true,
        identityMethod: 'card',
        values: validValues(app.catalog),
      });
      expect(declared.ok).toBe(true);
      app.outbox.enqueue({
        kind: 'complaint',
        payload: {
          category: '意见建议',
          text: `${PERSON.name} ${PERSON.idNumber} ${PERSON.phone}`,
          phone: PERSON.phone,
        },
        summary: { category: '意见建议' },
      });
      await app.dispatch('help.call', { screen: 'declare/pension-enroll' });
      await app.dispatch('admin.enter', { pin: '123456' });
      await app.dispatch('admin.updateSettings', { announcements: ['本周六正常上班'] });
      await app.dispatch('session.end', { reason: 'done' });
    } finally {
      app.close();
    }
    // A stray line of the kind the logger never writes: the archive masks it all the same.
    fs.appendFileSync(logFile, `{"msg":"stray ${PERSON.idNumber} ${PERSON.phone}"}\n`);

    const out = path.join(folder('cli-diag-out'), 'diag.tar.gz');
    const run = await kiosk('diag', '--out', out, '--data', data);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(out);

    const extracted = folder('cli-diag-x');
    execFileSync('tar', ['-xzf', out, '-C', extracted]);
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true }))
        if (f.isDirectory()) walk(path.join(dir, f.name));
        else files.push(path.join(dir, f.name));
    };
    walk(extracted);
    const names = files.map((f) => path.relative(extracted, f)).sort();
    expect(names).toEqual([
      'kiosk-diag/README.txt',
      'kiosk-diag/audit.json',
      'kiosk-diag/config.json',
      'kiosk-diag/health.json',
      'kiosk-diag/logs/kiosk.log',
      'kiosk-diag/outbox.json',
      'kiosk-diag/status.json',
    ]);
    for (const file of files) expect(personalHits(fs.readFileSync(file, 'utf8')), file).toEqual([]);

    const read = (name: string): unknown =>
      JSON.parse(fs.readFileSync(path.join(extracted, 'kiosk-diag', name), 'utf8'));
    expect(read('status.json')).toMatchObject({ hall: { code: 'ZCKL01' }, outbox: { pending: 3, dead: 0 } });
    expect(read('health.json')).toMatchObject({ database: { integrityCheck: 'ok' } });
    // How full the data folder's disk is, and whether submissions are refused for want of space.
    expect((read('health.json') as { disk: unknown }).disk).toMatchObject({
      freeBytes: expect.any(Number),
      totalBytes: expect.any(Number),
      usedPct: expect.any(Number),
      low: false,
    });
    expect(JSON.stringify(read('config.json'))).not.toMatch(/salt|scrypt|token/i);
    expect((read('audit.json') as Array<{ action: string }>).map((a) => a.action)).toContain(
      'admin.updateSettings',
    );
    const log = fs.readFileSync(path.join(extracted, 'kiosk-diag', 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain('declaration stored in outbox');
    expect(log).toContain('3703**********0029');
  });

  it('masks ID and mobile numbers in text, and leaves other numbers alone', () => {
    expect(scrubText('id 370302199001010029 tel 13805331234 seq ZCKL01202611290001')).toBe(
      'id 3703**********0029 tel 138****1234 seq ZCKL01202611290001',
    );
  });
});
