/** Settings: code defaults, overridden by what is stored in SQLite; every write validated. */
import type { z } from 'zod';
import { InputError } from '../../contract/errors.js';
import type { SettingsRepository } from '../../store/settings.repository.js';
import {
  CONFIG_LABELS,
  configSchema,
  isConfigKey,
  type KioskConfig,
  type KioskConfigInput,
} from './config.schema.js';

const CONFIG_KEY = 'config';

/** One Chinese sentence for a refused value, naming the setting: "大厅名称：名称应为……". */
export function describeIssue(issue: z.core.$ZodIssue | undefined): { field: string; message: string } {
  const path = issue?.path ?? [];
  const field = path.map(String).join('.');
  const key = String(path[0] ?? '');
  const label = isConfigKey(key) ? CONFIG_LABELS[key] : key || '设置';
  const detail =
    issue?.code === 'custom' || /[\u4e00-\u9fff]/.test(issue?.message ?? '') ? issue?.message : '';
  const where = describePath(key, path.slice(1));
  return { field, message: `${label}${where}：${detail || '取值不正确'}` };
}

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** "（周三第 2 段）" for hours, "（第 3 条）" for list entries; empty for a plain value. */
function describePath(key: string, rest: PropertyKey[]): string {
  const [a, b] = rest;
  if (typeof a !== 'number') return '';
  if ((key === 'openingHours' || key === 'extendedHours') && typeof b === 'number')
    return `（${WEEKDAYS[a] ?? ''}第 ${b + 1} 段）`;
  if (key === 'openingHours' || key === 'extendedHours') return `（${WEEKDAYS[a] ?? ''}）`;
  return `（第 ${a + 1} 条）`;
}

export class ConfigService {
  private current: KioskConfig;
  private readonly listeners = new Set<(config: KioskConfig) => void>();

  constructor(private readonly settings: SettingsRepository) {
    this.current = loadTolerant(settings.get(CONFIG_KEY));
  }

  get(): KioskConfig {
    return this.current;
  }

  /**
   * Validates and stores a partial update; takes effect at once for every listener. A bad value is never
   * stored: InputError naming the setting in Chinese (`field` is its key path, e.g. `openingHours.2.0`).
   */
  update(patch: Partial<KioskConfigInput>): KioskConfig {
    const parsed = configSchema.safeParse({ ...this.current, ...patch });
    if (!parsed.success) {
      const { field, message } = describeIssue(parsed.error.issues[0]);
      throw new InputError(`invalid config field ${field}`, field, message);
    }
    this.current = parsed.data;
    this.settings.set(CONFIG_KEY, this.current);
    for (const l of this.listeners) l(this.current);
    return this.current;
  }

  onChange(listener: (config: KioskConfig) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * The stored config, with any setting that no longer validates (a rule made stricter by an update) back
 * at its default rather than the whole config: a hall's ports and hours survive a new naming rule.
 */
function loadTolerant(stored: unknown): KioskConfig {
  let candidate: Record<string, unknown> =
    stored !== null && typeof stored === 'object' ? { ...(stored as Record<string, unknown>) } : {};
  for (let i = 0; i < 50; i++) {
    const parsed = configSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const keys = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
    const next = Object.fromEntries(Object.entries(candidate).filter(([k]) => !keys.has(k)));
    if (Object.keys(next).length === Object.keys(candidate).length) break;
    candidate = next;
  }
  return configSchema.parse({});
}
