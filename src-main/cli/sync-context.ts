/**
 * The kiosk core for the technician's commands (`provision`, `sync`, `status`, `diag`): the same
 * createKioskCore as the shells, without devices and timers, so the commands can run beside a running
 * kiosk without taking its serial ports.
 */
import { parseArgs } from 'node:util';
import { createKioskCore } from '../app.js';
import type { KioskToolCore } from '../core/kiosk-core.types.js';
import type { FetchLike } from '../district/district.client.js';
import type { Logger } from '../log/logger.js';
import { defaultDataDir } from '../paths.js';
import type { SyncTimings } from '../services/sync/sync.service.js';
import type { DeviceKeyProvider } from '../store/device-key.js';
import type { Synchronous } from '../store/database.js';
import type { CliIo } from './cli-io.js';

export type SyncContext = KioskToolCore;

export interface SyncContextOptions {
  fetch?: FetchLike;
  timings?: Partial<SyncTimings>;
  log?: Logger;
  /**
   * The device key; default the 0600 file of the data folder (fileDeviceKey), which refuses a key
   * wrapped by Electron. `zichuan-kiosk --cli` passes the wrapped key.
   */
  deviceKey?: DeviceKeyProvider;
  /** The store's durability (FULL); the durability bench compares NORMAL. */
  synchronous?: Synchronous;
}

export function openSyncContext(dataDir: string, options: SyncContextOptions = {}): SyncContext {
  const { fetch, timings, ...rest } = options;
  return createKioskCore({
    dataDir,
    devices: false,
    timers: false,
    ...rest,
    ...(fetch || timings ? { sync: { ...(fetch ? { fetch } : {}), ...(timings ? { timings } : {}) } } : {}),
  });
}

/** `[--data DIR]`, the only option of `kiosk sync` and `kiosk status`; null (usage printed) when bad. */
export function dataDirArg(args: string[], io: CliIo, usage: string): string | null {
  try {
    const { values } = parseArgs({ args, options: { data: { type: 'string' } }, strict: true });
    return values.data ?? defaultDataDir();
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return null;
  }
}
