/**
 * Builds hall admin mode and first-run setup: the PIN and the one-time code, the lock after wrong
 * PINs, the audit log, the setup wizard and the admin screens' service.
 */
import type { KioskClock } from '../services/clock/kiosk-clock.js';
import type { CatalogService } from '../services/catalog/catalog.service.js';
import type { ConfigService } from '../services/config/config.service.js';
import type { DeviceService } from '../services/devices/devices.service.js';
import type { SessionService } from '../services/session/session.service.js';
import type { SyncService } from '../services/sync/sync.service.js';
import type { Logger } from '../log/logger.js';
import type { PortInfo } from '../devices/serial-ports.js';
import type { Db } from '../store/database.js';
import type { OutboxRepository } from '../store/outbox.repository.js';
import type { SettingsRepository } from '../store/settings.repository.js';
import type { UsageRepository } from '../store/usage.repository.js';
import type { CitizenServices } from './citizen-services.js';
import { listSerialPorts } from '../devices/serial-ports.js';
import { ADMIN_LOCK_KEY, AdminMode, adminLimiter } from '../services/admin/admin-mode.js';
import { ADMIN_CODE_KEY, AdminPin } from '../services/admin/admin-pin.js';
import { AdminService } from '../services/admin/admin.service.js';
import { SetupService } from '../services/admin/setup.service.js';
import { settingsLimiterStore } from '../services/limiter-settings.store.js';
import { AuditRepository } from '../store/audit.repository.js';
import { diskSpace } from '../store/disk-space.js';

export interface AdminServiceParts {
  db: Db;
  dataDir: string;
  version: string;
  clock: KioskClock;
  settings: SettingsRepository;
  config: ConfigService;
  catalog: CatalogService;
  outbox: OutboxRepository;
  usage: UsageRepository;
  session: SessionService;
  devices: DeviceService;
  sync: SyncService;
  citizen: Pick<CitizenServices, 'receipts' | 'helpCalls' | 'help' | 'ratings'>;
  demo: () => boolean;
  listPorts?: () => Promise<PortInfo[]>;
  log: Logger;
}

export function buildAdminServices(parts: AdminServiceParts) {
  const { settings, config, sync, log } = parts;
  const audit = new AuditRepository(parts.db);
  const pin = new AdminPin(settings);
  const adminMode = new AdminMode({
    pin,
    oneTimeCode: new AdminPin(settings, ADMIN_CODE_KEY),
    demo: parts.demo,
    session: parts.session,
    audit,
    limiter: adminLimiter(undefined, settingsLimiterStore(settings, ADMIN_LOCK_KEY)),
    log,
  });
  const setup = new SetupService({ settings, config, sync, pin, log });
  const admin = new AdminService({
    version: parts.version,
    now: parts.clock.now,
    clock: () => parts.clock.state(),
    disk: () => diskSpace(parts.dataDir),
    config,
    catalog: parts.catalog,
    sync,
    devices: parts.devices,
    outbox: parts.outbox,
    receipts: parts.citizen.receipts,
    helpCalls: parts.citizen.helpCalls,
    help: parts.citizen.help,
    usage: parts.usage,
    ratings: parts.citizen.ratings,
    audit,
    listPorts: parts.listPorts ?? (() => listSerialPorts()),
    log,
  });
  return { audit, pin, adminMode, setup, admin };
}
