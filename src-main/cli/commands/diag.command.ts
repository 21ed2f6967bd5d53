/**
 * `kiosk diag [--out FILE] [--data DIR]`: a .tar.gz for the district's support: the kiosk's logs, its
 * settings, status and health, the admin audit log, and the outbox by number and state. Personal data is
 * absent: logs never hold it (logger redaction), payloads and the device key stay out, the enrollment
 * token and the admin PIN hash stay out, and as a second line of defence any 18-character ID number or
 * mobile number in a copied log line is masked. A test plants a citizen's data and scans the archive.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { maskIdNumber, maskPhone } from '../../contract/id-number.js';
import { defaultDataDir } from '../../paths.js';
import { diskSpace } from '../../store/disk-space.js';
import { SetupService } from '../../services/admin/setup.service.js';
import { AdminPin } from '../../services/admin/admin-pin.js';
import { AuditRepository } from '../../store/audit.repository.js';
import { SettingsRepository } from '../../store/settings.repository.js';
import type { CliIo } from '../cli-io.js';
import { openSyncContext, type SyncContext } from '../sync-context.js';
import { writeTarGz, type TarEntry } from '../tar-gz.js';
import { deviceSummary } from './status.command.js';

const USAGE = '用法 / usage: kiosk diag [--out FILE] [--data DIR]';
const ROOT = 'kiosk-diag';
/** Per log file: the newest part only (a log can grow large on a kiosk that ran for months). */
const MAX_LOG_BYTES = 8 * 1024 * 1024;

const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** Masks ID numbers and mobile numbers in text (a safety net: the logger never writes them). */
export function scrubText(text: string): string {
  return text.replace(ID_NUMBER, (id) => maskIdNumber(id)).replace(MOBILE, (p) => maskPhone(p));
}

function stamp(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000)
    .toISOString()
    .slice(0, 19)
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

function json(name: string, value: unknown): TarEntry {
  return { name: `${ROOT}/${name}`, data: Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8') };
}

function readTail(file: string): Buffer {
  const size = fs.statSync(file).size;
  if (size <= MAX_LOG_BYTES) return fs.readFileSync(file);
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(MAX_LOG_BYTES);
    fs.readSync(fd, buf, 0, MAX_LOG_BYTES, size - MAX_LOG_BYTES);
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

function logEntries(dataDir: string): TarEntry[] {
  const dir = path.join(dataDir, 'logs');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile() && /^[\w.-]{1,80}$/.test(f))
    .map((f) => ({
      name: `${ROOT}/logs/${f}`,
      data: Buffer.from(scrubText(readTail(path.join(dir, f)).toString('utf8')), 'utf8'),
      mtime: fs.statSync(path.join(dir, f)).mtime,
    }));
}

export async function diagCommand(
  args: string[],
  io: CliIo,
  open: (dataDir: string) => SyncContext = openSyncContext,
): Promise<number> {
  let values: { out?: string; data?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { out: { type: 'string' }, data: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const dataDir = values.data ?? defaultDataDir();
  if (!fs.existsSync(path.join(dataDir, 'kiosk.db'))) {
    io.err(`数据目录里没有终端数据 / no kiosk data in ${dataDir}`);
    return 1;
  }
  const now = new Date();
  const ctx = open(dataDir);
  let entries: TarEntry[];
  let hallCode: string;
  try {
    const config = ctx.config.get();
    hallCode = config.hallCode;
    const settings = new SettingsRepository(ctx.db);
    const pin = new AdminPin(settings);
    const setup = new SetupService({ settings, config: ctx.config, sync: ctx.sync, pin, log: ctx.log });
    const status = ctx.sync.status();
    const link = ctx.sync.link();
    const meta = ctx.catalog.meta();
    const integrity = ctx.db.pragma('integrity_check', { simple: true }) as string;
    const dbFile = path.join(dataDir, 'kiosk.db');
    entries = [
      {
        name: `${ROOT}/README.txt`,
        data: Buffer.from(
          [
            '便民服务自助终端 诊断包 / kiosk diagnostics',
            `生成时间 / created: ${now.toISOString()}`,
            '',
            'config.json   设置（不含管理密码、设备令牌）/ settings (no PIN hash, no token)',
            'status.json   版本、大厅、同步、设备 / version, hall, sync, devices',
            'health.json   数据库检查、磁盘、运行环境 / database check, disk, runtime',
            'outbox.json   待发送记录（仅编号和状态）/ outbox by number and state only',
            'audit.json    管理操作记录 / admin audit log',
            'logs/         运行日志（身份证号、手机号已遮盖）/ logs (ID and phone numbers masked)',
            '',
          ].join('\n'),
          'utf8',
        ),
      },
      json('config.json', config),
      json('status.json', {
        version: ctx.version,
        hall: {
          name: config.hallName,
          code: config.hallCode,
          address: config.hallAddress,
          phone: config.hallPhone,
        },
        demoMode: config.demoMode,
        setup: { needed: setup.needed(), pinSet: pin.isSet() },
        provisioned: status.provisioned,
        server: link?.serverUrl ?? null,
        deviceId: link?.deviceId ?? null,
        online: status.online,
        unauthorized: status.unauthorized,
        lastSyncAt: status.lastSyncAt,
        catalog: {
          version: status.catalogVersion,
          displayVersion: meta?.version ?? null,
          source: meta?.source ?? null,
        },
        outbox: { ...status.outbox, discarded: ctx.outbox.discardedCount() },
        devices: deviceSummary(config),
      }),
      json('health.json', {
        createdAt: now.toISOString(),
        database: { integrityCheck: integrity, bytes: fs.statSync(dbFile).size },
        disk: diskSpace(dataDir),
        runtime: {
          node: process.version,
          platform: process.platform,
          arch: process.arch,
          osRelease: os.release(),
        },
        memory: { totalBytes: os.totalmem(), freeBytes: os.freemem() },
        uptimeSec: Math.round(os.uptime()),
      }),
      json(
        'outbox.json',
        [...ctx.outbox.deadLetters(500), ...ctx.outbox.oldestPending(500)].map((r) => ({
          number: r.localNumber,
          kind: r.kind,
          state: r.state,
          createdAt: r.createdAt,
          attempts: r.attempts,
          lastError: r.lastError,
        })),
      ),
      json('audit.json', new AuditRepository(ctx.db).recent(1000)),
      ...logEntries(dataDir),
    ];
  } finally {
    await ctx.close();
  }
  const out = path.resolve(values.out ?? `kiosk-diag-${hallCode}-${stamp(now)}.tar.gz`);
  writeTarGz(out, entries);
  io.out(`诊断包已生成 / diagnostics written: ${out}`);
  return 0;
}
