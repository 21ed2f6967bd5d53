/**
 * `kiosk config [--data DIR]`: the kiosk's settings as JSON.
 * `kiosk config set KEY VALUE [--data DIR]`: changes one setting, validated like every other write
 * (hall identity, idle timeout, device ports, `simulatedDevices`, the A4 queue…). Settings hold no
 * personal data and nothing sealed, so this works whatever shell keeps the device key. A running kiosk
 * reads them at start: restart it afterwards.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../../contract/errors.js';
import { defaultDataDir } from '../../paths.js';
import { configSchema, type KioskConfig } from '../../services/config/config.schema.js';
import { ConfigService } from '../../services/config/config.service.js';
import { openDatabase } from '../../store/database.js';
import { SettingsRepository } from '../../store/settings.repository.js';
import type { CliIo } from '../cli-io.js';

const USAGE = '用法 / usage: kiosk config [--data DIR] | kiosk config set KEY VALUE [--data DIR]';

/** The text of VALUE as the type the setting has (true/false, a number, JSON for an object, else text). */
export function parseConfigValue(key: keyof KioskConfig, text: string): unknown {
  const example: unknown = configSchema.parse({})[key];
  if (typeof example === 'boolean') {
    if (text === 'true' || text === 'false') return text === 'true';
    throw new InputError(`${key} takes true or false`, key, `${key} 应为 true 或 false`);
  }
  if (typeof example === 'number') {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n))
      throw new InputError(`${key} takes a number`, key, `${key} 应为数字`);
    return n;
  }
  if (example !== null && typeof example === 'object') {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new InputError(`${key} takes a JSON object`, key, `${key} 应为 JSON 对象`);
    }
  }
  return text;
}

export function configCommand(args: string[], io: CliIo): Promise<number> {
  let values: { data?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { data: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return Promise.resolve(2);
  }
  const [action, key, value, ...extra] = positionals;
  const setting = action === 'set';
  if (
    (action !== undefined && !setting) ||
    (setting && (key === undefined || value === undefined)) ||
    extra.length
  ) {
    io.err(USAGE);
    return Promise.resolve(2);
  }
  const keys = Object.keys(configSchema.shape) as Array<keyof KioskConfig>;
  if (setting && !keys.includes(key as keyof KioskConfig)) {
    io.err(`没有这个设置项 / unknown setting: ${key}\n可用 / settings: ${keys.join(', ')}`);
    return Promise.resolve(2);
  }
  const dataDir = values.data ?? defaultDataDir();
  const db = openDatabase(path.join(dataDir, 'kiosk.db'));
  try {
    const config = new ConfigService(new SettingsRepository(db));
    if (!setting) {
      io.out(JSON.stringify(config.get(), null, 2));
      return Promise.resolve(0);
    }
    const name = key as keyof KioskConfig;
    try {
      const updated = config.update({ [name]: parseConfigValue(name, value as string) });
      io.out(`${name} = ${JSON.stringify(updated[name])}`);
      io.out('重启终端程序后生效 / restart the kiosk for it to take effect');
      return Promise.resolve(0);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err(`${error.userMessage ?? ''} / ${error.message}`);
      return Promise.resolve(1);
    }
  } finally {
    db.close();
  }
}
