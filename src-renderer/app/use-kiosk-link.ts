/**
 * The kiosk's link to the district server as the promise vocabulary names it (demo / offline / online),
 * kept current by `sync.state`. Null only until the first answer of this page's life: the last value is
 * kept for the next screen that asks.
 */
import { useEffect, useState } from 'react';
import { linkOf, type KioskLink } from '../../src-main/contract/kiosk-promises.js';
import type { SyncStatus } from '../../src-main/contract/types.js';
import { unwrap } from '../api/client.js';
import { useKiosk } from './kiosk-context.js';

let lastKnown: Pick<SyncStatus, 'provisioned' | 'online'> | null = null;

export interface LinkState {
  link: KioskLink;
  provisioned: boolean;
}

export function useKioskLink(): LinkState | null {
  const { bridge } = useKiosk();
  const [status, setStatus] = useState(lastKnown);
  useEffect(() => {
    let live = true;
    const take = (s: SyncStatus): void => {
      lastKnown = { provisioned: s.provisioned, online: s.online };
      if (live) setStatus(lastKnown);
    };
    const off = bridge.on('sync.state', take);
    unwrap(bridge.api.sync.status({})).then(take, () => undefined);
    return () => {
      live = false;
      off();
    };
  }, [bridge]);
  return status ? { link: linkOf(status), provisioned: status.provisioned } : null;
}

/** The link at the moment something was handed in, from the kiosk's enrollment and the answer's `online`. */
export function linkAtHandIn(state: LinkState | null, online: boolean): KioskLink {
  return linkOf({ provisioned: state?.provisioned ?? false, online });
}
