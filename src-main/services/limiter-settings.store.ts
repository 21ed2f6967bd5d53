/**
 * A limiter's state in the kiosk's SQLite settings, so a lock outlives the process: restarting the kiosk
 * (or pulling its plug) does not give a guesser five fresh tries. A row that does not parse counts as
 * no tries and no lock. On a full disk the state is kept in memory until a write succeeds again, so the
 * hall's staff can still enter admin mode to see why the kiosk refuses submissions.
 */
import { z } from 'zod';
import { isDiskFullError } from '../store/disk-space.js';
import type { SettingsRepository } from '../store/settings.repository.js';
import type { LimiterState, LimiterStateStore } from './attempt-limiter.js';

const stateSchema = z.object({
  tries: z.array(z.string().max(64)).max(100),
  lockedUntil: z.number().int().nonnegative(),
});

export function settingsLimiterStore(settings: SettingsRepository, key: string): LimiterStateStore {
  let unsaved: LimiterState | null = null;
  return {
    load(): LimiterState {
      if (unsaved) return unsaved;
      const parsed = stateSchema.safeParse(settings.get(key));
      return parsed.success ? parsed.data : { tries: [], lockedUntil: 0 };
    },
    save(state: LimiterState): void {
      try {
        settings.set(key, state);
        unsaved = null;
      } catch (error) {
        if (!isDiskFullError(error)) throw error;
        unsaved = state;
      }
    },
  };
}
