/**
 * The kiosk's store and sync service for the technician's commands (`provision`, `sync`, `status`):
 * the same repositories and the same sync service the app builds (createKioskSync), without devices, UI
 * or timers, so the commands can run beside a running kiosk without taking its serial ports.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appVersion } from '../app.js';
import type { FetchLike } from '../district/district.client.js';
import { createLogger, type Logger } from '../log/logger.js';
import { defaultDataDir, resourcesDir } from '../paths.js';
import type { CliIo } from './cli-io.js';
import { CatalogService } from '../services/catalog/catalog.service.js';
import { ConfigService } from '../services/config/config.service.js';
import { createKioskSync } from '../services/sync/kiosk-sync.js';
import type { EnrollmentStore } from '../services/sync/enrollment.store.js';
import type { SyncService, SyncTimings } from '../services/sync/sync.service.js';
import type { SyncStateStore } from '../services/sync/sync-state.store.js';
import { CatalogRepository } from '../store/catalog.repository.js';
import { openDatabase, type Db, type Synchronous } from '../store/database.js';
import { fileDeviceKey, type DeviceKeyProvider } from '../store/device-key.js';
import { OutboxRepository } from '../store/outbox.repository.js';
import { SettingsRepository } from '../store/settings.repository.js';

export interface SyncContext {
  dataDir: string;
  version: string;
  db: Db;
  config: ConfigService;
  catalog: CatalogService;
  outbox: OutboxRepository;
  enrollment: EnrollmentStore;
  state: SyncStateStore;
  sync: SyncService;
  log: Logger;
  close(): Promise<void>;
}

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
  const log = options.log ?? createLogger({ file: path.join(dataDir, 'logs', 'kiosk.log') });
  const db = openDatabase(path.join(dataDir, 'kiosk.db'), undefined, {
    ...(options.synchronous ? { synchronous: options.synchronous } : {}),
  });
  const settings = new SettingsRepository(db);
  const config = new ConfigService(settings);
  const catalog = new CatalogService(new CatalogRepository(db), log);
  const deviceKey = options.deviceKey ?? fileDeviceKey(dataDir);
  const outbox = new OutboxRepository(db, deviceKey, () => config.get().hallCode);
  const version = appVersion(resourcesDir());
  const { sync, enrollment, state } = createKioskSync({
    db,
    dataDir,
    deviceKey,
    settings,
    catalog,
    outbox,
    config,
    emit: () => undefined,
    log,
    appVersion: version,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timings ? { timings: options.timings } : {}),
  });
  return {
    dataDir,
    version,
    db,
    config,
    catalog,
    outbox,
    enrollment,
    state,
    sync,
    log,
    async close() {
      await sync.stopAndWait();
      db.close();
    },
  };
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
