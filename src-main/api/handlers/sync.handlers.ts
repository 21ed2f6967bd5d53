/** `sync.*`: the district-server link's state, and a round now. */
import type { SyncService } from '../../services/sync/sync.service.js';
import type { AreaHandlers } from './handler-types.js';

export function syncHandlers(deps: { sync: SyncService }): AreaHandlers<'sync'> {
  const { sync } = deps;
  return {
    'sync.status': () => sync.status(),
    'sync.now': () => sync.syncNow(),
  };
}
