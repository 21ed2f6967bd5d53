/**
 * `kiosk config get [KEY]` and `kiosk config set KEY VALUE` [--data DIR]: the kiosk's settings, checked by
 * the same rules as the admin screens (config.schema.ts). A value is taken as text first, then as JSON
 * (numbers, true/false, lists): `kiosk config set idleTimeoutSec 120`, `kiosk config set announcements
 * '["本周六正常上班"]'`. Exit 0 done, 1 refused value, 2 usage (unknown setting, missing argument).
 * A running kiosk reads the new value when it starts again (admin screen: 系统 → 重启终端).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KioskError } from '../../contract/errors.js';
import { defaultDataDir } from '../../paths.js';
import {
  CONFIG_KEYS,
  CONFIG_LABELS,
  isConfigKey,
  type ConfigKey,
} from '../../services/config/config.schema.js';
import { ConfigService } from '../../services/config/config.service.js';
import { AuditRepository } from '../../store/audit.repository.js';
import { openDatabase } from '../../store/database.js';
import { SettingsRepository } from '../../store/settings.repository.js';
import type { CliIo } from '../cli-io.js';

const USAGE = [
  '用法 / usage:',
  '  kiosk config get [KEY] [--data DIR]',
  '  kiosk config set KEY VALUE [--data DIR]',
].join('\n');

function keyList(): string {
  return CONFIG_KEYS.map((k) => `  ${k.padEnd(20)} ${CONFIG_LABELS[k]}`).join('\n');
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

export function configCommand(args: string[], io: CliIo): Promise<number> {
  return Promise.resolve(runConfig(args, io));
}

function runConfig(args: string[], io: CliIo): number {
  let positionals: string[];
  let data: string | undefined;
  try {
    const parsed = parseArgs({
      args,
      options: { data: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    positionals = parsed.positionals;
    data = parsed.values.data;
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  // `kiosk config` alone shows every setting, like `kiosk config get`.
  const [sub = 'get', key, value, ...extra] = positionals;
  if ((sub !== 'get' && sub !== 'set') || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  if (key !== undefined && !isConfigKey(key)) {
    io.err(`没有这个设置项 / unknown setting: ${key}\n可用的设置项 / settings:\n${keyList()}`);
    return 2;
  }
  if (sub === 'get' && value !== undefined) {
    io.err(USAGE);
    return 2;
  }
  if (sub === 'set' && (key === undefined || value === undefined)) {
    io.err(`${USAGE}\n可用的设置项 / settings:\n${keyList()}`);
    return 2;
  }

  const dataDir = data ?? defaultDataDir();
  const db = openDatabase(path.join(dataDir, 'kiosk.db'));
  try {
    const config = new ConfigService(new SettingsRepository(db));
    if (sub === 'get') {
      io.out(key === undefined ? JSON.stringify(config.get(), null, 2) : show(config.get()[key]));
      return 0;
    }
    const k = key as ConfigKey;
    const raw = value as string;
    const saved = trySet(config, k, raw);
    if (!saved.ok) {
      io.err(`设置未保存 / not saved: ${saved.message}`);
      return 1;
    }
    new AuditRepository(db).add('cli.config.set', `命令行修改设置：${CONFIG_LABELS[k]}`);
    io.out(`已保存 / saved: ${CONFIG_LABELS[k]}（${k}）= ${show(config.get()[k])}`);
    io.out('正在运行的终端重启后生效 / a running kiosk uses it after a restart');
    return 0;
  } finally {
    db.close();
  }
}

/** The value as text first, then as JSON; the first one the rules accept is stored. */
function trySet(
  config: ConfigService,
  key: ConfigKey,
  raw: string,
): { ok: true } | { ok: false; message: string } {
  const candidates: unknown[] = [raw];
  try {
    const json = JSON.parse(raw) as unknown;
    if (typeof json !== 'string') candidates.push(json);
  } catch {
    // Not JSON: text only.
  }
  let message = '';
  // The message of the last candidate explains a typed value best (a number out of range, say).
  for (const candidate of candidates.reverse()) {
    try {
      config.update({ [key]: candidate });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof KioskError)) throw error;
      message ||= error.userMessage ?? error.message;
    }
  }
  return { ok: false, message };
}
