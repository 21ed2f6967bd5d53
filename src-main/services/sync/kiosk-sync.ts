/**
 * The kiosk's sync service, built one way for the app and for the technician's CLI alike: the sealed
 * enrollment, the sync state, the mirror of case statuses, the send-time hook that gives a rating
 * the case number its declaration received, and a kick whenever the outbox takes a row. Building it
 * anywhere else would risk forgetting a part.
 */
import type { Logger } from '../../log/logger.js';
import type { FetchLike } from '../../district/district.client.js';
import { districtTls } from '../../district/district-tls.js';
import { CaseStatusRepository } from '../../store/case-status.repository.js';
import type { Db } from '../../store/database.js';
import type { DeviceKeyProvider } from '../../store/device-key.js';
import type { OutboxRepository } from '../../store/outbox.repository.js';
import type { SettingsRepository } from '../../store/settings.repository.js';
import type { ConfigService } from '../config/config.service.js';
import { prepareRating } from '../rating/rating.service.js';
import { EnrollmentStore } from './enrollment.store.js';
import { kioskHealth, type KioskHealthParts } from './kiosk-health.js';
import { SyncStateStore } from './sync-state.store.js';
import type { KioskClock } from '../clock/kiosk-clock.js';
import { SyncService, type SyncServiceDeps, type SyncTimings } from './sync.service.js';

export interface KioskSyncParts {
  db: Db;
  /** The data folder, whose disk the heartbeat reports. */
  dataDir: string;
  deviceKey: DeviceKeyProvider;
  settings: SettingsRepository;
  catalog: SyncServiceDeps['catalog'];
  outbox: OutboxRepository;
  config: ConfigService;
  log: Logger;
  appVersion: string;
  emit: SyncServiceDeps['emit'];
  /** The devices whose state the heartbeat reports; the CLI, which leaves the ports alone, has none. */
  devices?: KioskHealthParts['devices'];
  camera?: KioskHealthParts['camera'];
  /** Material pages to upload after the outbox's rows. */
  attachments?: SyncServiceDeps['attachments'];
  fetch?: FetchLike;
  timings?: Partial<SyncTimings>;
  /** The OS clock corrected by the server's (the app); absent, the OS clock as it is (the CLI). */
  clock?: KioskClock;
}

export interface KioskSync {
  sync: SyncService;
  enrollment: EnrollmentStore;
  state: SyncStateStore;
  cases: CaseStatusRepository;
}

export function createKioskSync(parts: KioskSyncParts): KioskSync {
  const enrollment = new EnrollmentStore(parts.settings, parts.deviceKey);
  const state = new SyncStateStore(parts.settings);
  const cases = new CaseStatusRepository(parts.db);
  // HTTPS that survives a PC clock the district's certificate dates disagree with (district-tls.ts).
  const fetch =
    parts.fetch ??
    districtTls({ publicKey: () => enrollment.get()?.catalogPublicKey ?? null, log: parts.log }).fetch;
  const sync = new SyncService({
    enrollment,
    state,
    catalog: parts.catalog,
    outbox: parts.outbox,
    cases,
    config: parts.config,
    emit: parts.emit,
    log: parts.log,
    appVersion: parts.appVersion,
    health: kioskHealth({
      outbox: parts.outbox,
      dataDir: parts.dataDir,
      ...(parts.devices ? { devices: parts.devices } : {}),
      ...(parts.camera ? { camera: parts.camera } : {}),
    }),
    fetch,
    ...(parts.timings ? { timings: parts.timings } : {}),
    ...(parts.clock ? { clock: parts.clock, now: parts.clock.now } : {}),
    prepare: prepareRating(parts.outbox),
    ...(parts.attachments ? { attachments: parts.attachments } : {}),
  });
  parts.outbox.onEnqueued(() => sync.kick());
  return { sync, enrollment, state, cases };
}
