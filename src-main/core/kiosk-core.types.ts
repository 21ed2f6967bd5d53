/** The options of createKioskCore, and the two cores it builds: a tool's and the full kiosk's. */
import type { Dispatch } from '../api/dispatch.js';
import type { PortInfo } from '../devices/serial-ports.js';
import type { FetchLike } from '../district/district.client.js';
import type { Logger } from '../log/logger.js';
import type { AdminMode } from '../services/admin/admin-mode.js';
import type { SetupService } from '../services/admin/setup.service.js';
import type { CatalogService } from '../services/catalog/catalog.service.js';
import type { KioskConfigInput } from '../services/config/config.schema.js';
import type { ConfigService } from '../services/config/config.service.js';
import type { DeviceService } from '../services/devices/devices.service.js';
import type { EventBus } from '../services/event-bus.js';
import type { SessionService } from '../services/session/session.service.js';
import type { SpeechService } from '../services/speech/speech.service.js';
import type { KioskSync } from '../services/sync/kiosk-sync.js';
import type { SyncService, SyncTimings } from '../services/sync/sync.service.js';
import type { HeartbeatTimings, PageHeartbeat } from '../services/watchdog/page-heartbeat.js';
import type { AuditRepository } from '../store/audit.repository.js';
import type { Db, Synchronous } from '../store/database.js';
import type { DeviceKeyProvider } from '../store/device-key.js';
import type { OutboxRepository } from '../store/outbox.repository.js';
import type { Recovered } from '../store/recovery.js';
import type { UsageRepository } from '../store/usage.repository.js';

export interface KioskAppOptions {
  dataDir: string;
  /** The key sealing personal data at rest; default: a 0600 key file in the data folder. */
  deviceKey?: DeviceKeyProvider;
  resourcesDir?: string;
  /** Applied (validated and stored) at start: used by tests and by provisioning. */
  config?: Partial<KioskConfigInput>;
  log?: Logger;
  /**
   * District-server sync: started only when the kiosk is provisioned. `false` keeps the timers off
   * (tests, the CLI, which runs rounds itself); an object tunes timings or the fetch.
   */
  sync?: false | { timings?: Partial<SyncTimings>; fetch?: FetchLike };
  /** `false`: no sync or retention timers (the CLI runs its rounds itself). */
  timers?: false;
  /**
   * `false`: the core a tool uses beside a running kiosk (the CLI): the store, settings, catalog, outbox
   * and sync; no devices, no screen services, and nothing that repairs or rewrites what the kiosk owns.
   */
  devices?: false;
  /** The store's durability (FULL); the durability bench compares NORMAL. */
  synchronous?: Synchronous;
  /**
   * 重启终端 (admin): closes the program so its supervisor starts it again. The shells pass one that exits
   * with RESTART_EXIT_CODE; without it the admin's restart is refused (tests inject a recorder).
   */
  restart?: () => void;
  /** The serial ports to offer (default: the OS's); tests pass their own. */
  listPorts?: () => Promise<PortInfo[]>;
  /** How often the page beats and when the shells' watchdogs call it stuck. */
  heartbeat?: Partial<HeartbeatTimings>;
}

/** What every core has: the store, the settings, the catalog, the outbox and the district link. */
export interface KioskToolCore extends Pick<KioskSync, 'enrollment' | 'state'> {
  dataDir: string;
  version: string;
  db: Db;
  log: Logger;
  config: ConfigService;
  catalog: CatalogService;
  outbox: OutboxRepository;
  /** The district-server link: status, syncNow, provision, kick after an enqueue. */
  sync: SyncService;
  close(): Promise<void>;
}

export interface KioskApp {
  dispatch: Dispatch;
  bus: EventBus;
  log: Logger;
  db: Db;
  config: ConfigService;
  catalog: CatalogService;
  session: SessionService;
  speech: SpeechService;
  /** ID-card reader and receipt printer (simulated in demo mode). close() closes them in the background. */
  devices: DeviceService;
  outbox: OutboxRepository;
  usage: UsageRepository;
  deviceKey: DeviceKeyProvider;
  dataDir: string;
  /** The district-server link: status, syncNow, provision, kick after an enqueue. */
  sync: SyncService;
  /** Hall admin mode: open or not, tied to the citizen session. */
  admin: AdminMode;
  audit: AuditRepository;
  setup: SetupService;
  /** Set when the database failed its check at start and was rebuilt. */
  recovered: Recovered | null;
  /** The page's heartbeat, watched by the shells to reload a crashed, hung or blank page. */
  heartbeat: PageHeartbeat;
  close(): void;
}
