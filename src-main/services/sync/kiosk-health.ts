/**
 * What the heartbeat tells the district about this kiosk: the reader's and the printer's last known
 * state (paper, cover), the outbox's depth and the age of its oldest row, and how full the data
 * folder's disk is. Read from state the kiosk already holds (no device is queried here), never
 * personal data.
 */
import type { DevicesStatus } from '../../contract/devices.types.js';
import { diskSpace } from '../../store/disk-space.js';
import type { OutboxRepository } from '../../store/outbox.repository.js';
import type { HealthProvider } from './heartbeat.js';

export interface KioskHealthParts {
  /** The devices' last known state; absent for the technician's CLI, which does not open the ports. */
  devices?: { snapshot(): DevicesStatus };
  outbox: Pick<OutboxRepository, 'counts' | 'oldestPending'>;
  dataDir: string;
  now?: () => Date;
  /** The document camera as the screen last found it; absent for the CLI. */
  camera?: { health(): { state: string; checkedAt: string | null; configured: boolean } };
}

const PAPER: Record<DevicesStatus['printer']['state'], 'ok' | 'low' | 'out' | 'unknown'> = {
  ready: 'ok',
  'paper-low': 'low',
  'paper-out': 'out',
  'cover-open': 'unknown',
  offline: 'unknown',
  'no-answer': 'unknown',
};

export function kioskHealth(parts: KioskHealthParts): HealthProvider {
  const now = parts.now ?? (() => new Date());
  return () => {
    const counts = parts.outbox.counts();
    const oldest = parts.outbox.oldestPending(1)[0];
    const devices = parts.devices?.snapshot();
    return {
      uptimeSec: Math.round(process.uptime()),
      platform: `${process.platform}-${process.arch}`,
      reader: devices
        ? { state: devices.reader.state, simulated: devices.reader.simulated }
        : { state: 'not-checked' },
      printer: devices
        ? {
            state: devices.printer.state,
            paper: PAPER[devices.printer.state],
            coverOpen: devices.printer.state === 'cover-open',
            simulated: devices.printer.simulated,
          }
        : { state: 'not-checked' },
      outbox: {
        pending: counts.pending,
        dead: counts.dead,
        oldestPendingAgeSec: oldest
          ? Math.max(0, Math.round((now().getTime() - Date.parse(oldest.createdAt)) / 1000))
          : 0,
      },
      disk: diskSpace(parts.dataDir),
      ...(parts.camera ? { camera: parts.camera.health() } : {}),
    };
  };
}
