/**
 * What the heartbeat tells the district about this kiosk: the reader's and the printer's last known
 * state (paper, cover), the outbox's depth and the age of its oldest row, and how full the data
 * folder's disk is. Read from state the kiosk already holds (no device is queried here), never
 * personal data.
 */
import fs from 'node:fs';
import type { DevicesStatus } from '../../contract/devices.types.js';
import type { OutboxRepository } from '../../store/outbox.repository.js';
import type { HealthProvider } from './heartbeat.js';

export interface KioskHealthParts {
  /** The devices' last known state; absent for the technician's CLI, which does not open the ports. */
  devices?: { snapshot(): DevicesStatus };
  outbox: Pick<OutboxRepository, 'counts' | 'oldestPending'>;
  dataDir: string;
  now?: () => Date;
}

export interface DiskHealth {
  freeBytes: number;
  totalBytes: number;
  /** Share of the file system in use, 0–100. */
  usedPercent: number;
}

export function diskHealth(dir: string): DiskHealth | null {
  try {
    const s = fs.statfsSync(dir);
    const totalBytes = s.blocks * s.bsize;
    const freeBytes = s.bavail * s.bsize;
    const usedPercent = totalBytes > 0 ? Math.round(((totalBytes - freeBytes) / totalBytes) * 1000) / 10 : 0;
    return { freeBytes, totalBytes, usedPercent };
  } catch {
    return null;
  }
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
      disk: diskHealth(parts.dataDir),
    };
  };
}
