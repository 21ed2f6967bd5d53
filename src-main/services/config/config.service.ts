/** Settings: code defaults, overridden by what is stored in SQLite; every write validated. */
import { InputError } from '../../contract/errors.js';
import type { SettingsRepository } from '../../store/settings.repository.js';
import { configSchema, type KioskConfig, type KioskConfigInput } from './config.schema.js';

const CONFIG_KEY = 'config';

export class ConfigService {
  private current: KioskConfig;
  private readonly listeners = new Set<(config: KioskConfig) => void>();

  constructor(private readonly settings: SettingsRepository) {
    const stored = settings.get(CONFIG_KEY);
    const parsed = configSchema.safeParse(stored ?? {});
    // A stored config that no longer validates falls back to defaults rather than stopping the kiosk.
    this.current = parsed.success ? parsed.data : configSchema.parse({});
  }

  get(): KioskConfig {
    return this.current;
  }

  /** Validates and stores a partial update; takes effect at once for every listener. */
  update(patch: Partial<KioskConfigInput>): KioskConfig {
    const parsed = configSchema.safeParse({ ...this.current, ...patch });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      throw new InputError(`invalid config field ${field}`, field, `设置项"${field}"的值不正确。`);
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
