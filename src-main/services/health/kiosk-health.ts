/**
 * What the heartbeat tells the district about this kiosk beyond its outbox: the process basics and
 * how full the data folder's disk is (a kiosk refusing submissions for want of space shows up on the
 * district's fleet list before a citizen complains). No personal data.
 */
import { diskSpace } from '../../store/disk-space.js';
import { basicHealth, type HealthProvider } from '../sync/heartbeat.js';

export function kioskHealth(dataDir: string): HealthProvider {
  return () => ({ ...basicHealth(), disk: diskSpace(dataDir) });
}
