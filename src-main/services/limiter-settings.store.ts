/**
 * A limiter's state in the kiosk's SQLite settings, so a lock outlives the process: restarting the kiosk
 * (or pulling its plug) does not give a guesser five fresh tries. A row that does not parse counts as
 * no tries and no lock.
 */
import { z } from 'zod';
import type { SettingsRepository } from '../store/settings.repository.js';
import type { LimiterState, LimiterStateStore } from './attempt-limiter.js';

const stateSchema = z.object({
  tries: z.array(z.string().max(64)).max(100),
  lockedUntil: z.number().int().nonnegative(),
});

export function settingsLimiterStore(settings: SettingsRepository, key: string): LimiterStateStore {
  return {
    load(): LimiterState {
      const parsed = stateSchema.safeParse(settings.get(key));
      return parsed.success ? parsed.data : { tries: [], lockedUntil: 0 };
    },
    save(state: LimiterState): void {
      settings.set(key, state);
    },
  };
}
