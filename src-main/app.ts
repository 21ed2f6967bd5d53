/**
 * The composition root of the kiosk core: opens the store, installs the catalog, builds the services
 * and the dispatch that both shells serve. One `createKioskCore` for the web shell, the Electron shell
 * and the CLI (which asks for no devices and no timers). No shell code and no business flow here.
 */
import path from 'node:path';
import { createDispatch } from './api/dispatch.js';
import { guardAdmin } from './api/admin-guard.js';
import { adminHandlers, auditDetails } from './api/handlers/admin.handlers.js';
import { appHandlers } from './api/handlers/app.handlers.js';
import { catalogHandlers } from './api/handlers/catalog.handlers.js';
import { citizenServiceHandlers } from './api/handlers/citizen-services.handlers.js';
import { declarationHandlers } from './api/handlers/declaration.handlers.js';
import { phoneUploadHandlers } from './api/handlers/phone-upload.handlers.js';
import { setupHandlers } from './api/handlers/setup.handlers.js';
import { syncHandlers } from './api/handlers/sync.handlers.js';
import { buildAdminServices } from './core/admin-services.js';
import { buildCitizenServices } from './core/citizen-services.js';
import { createLogger } from './log/logger.js';
import { resourcesDir as defaultResourcesDir } from './paths.js';
import { appVersion } from './core/app-version.js';
import { startupMark } from './core/startup-marks.js';
import type { KioskApp, KioskAppOptions, KioskToolCore } from './core/kiosk-core.types.js';
import { CatalogService, DEMO_CATALOG_FILE } from './services/catalog/catalog.service.js';
import { CatalogView } from './services/catalog/catalog-view.js';
import { kioskClock } from './services/clock/kiosk-clock.js';
import { ConfigService } from './services/config/config.service.js';
import { isDemo } from './services/demo-mode.js';
import { DeviceService } from './services/devices/devices.service.js';
import { EventBus } from './services/event-bus.js';
import { BlankFormService } from './services/guide-print/blank-form.service.js';
import { GuidePrintService } from './services/guide-print/guide-print.service.js';
import { CatalogSearchService } from './services/search/catalog-search.service.js';
import { SNAPSHOT_FILE } from './services/search/search-snapshot.file.js';
import { createMaterialDelivery, createMaterials } from './services/materials/materials.wiring.js';
import { PhoneUploadService } from './services/materials/phone-upload.service.js';
import { SessionService } from './services/session/session.service.js';
import { SpeechService } from './services/speech/speech.service.js';
import { createKioskSync } from './services/sync/kiosk-sync.js';
import { SyncStateStore } from './services/sync/sync-state.store.js';
import { DEFAULT_TIMINGS, heldPollSeconds } from './services/sync/sync.service.js';
import { PageHeartbeat } from './services/watchdog/page-heartbeat.js';
import { CatalogRepository } from './store/catalog.repository.js';
import { openDatabase } from './store/database.js';
import { keepFolderPrivate } from '../src-protocol/private-files.js';
import { fileDeviceKey } from './store/device-key.js';
import { applyOutboxRetention } from './store/outbox-retention.js';
import { OutboxRepository } from './store/outbox.repository.js';
import { openKioskDatabase } from './store/recovery.js';
import { SettingsRepository } from './store/settings.repository.js';
import { UsageRepository } from './store/usage.repository.js';

export { appVersion };
export type { KioskApp, KioskAppOptions, KioskToolCore };

/** How long a query that found nothing is kept for the 统计 tab (which shows 90 days at most). */
const SEARCH_MISS_DAYS = 90;

/** The exit code that asks the service manager (systemd, the Windows service wrapper) to start the kiosk again. */
export const RESTART_EXIT_CODE = 75;

export function createKioskCore(options: KioskAppOptions & { devices: false }): KioskToolCore;
export function createKioskCore(options: KioskAppOptions): KioskApp;
export function createKioskCore(options: KioskAppOptions): KioskApp | KioskToolCore {
  const tool = options.devices === false;
  const resources = options.resourcesDir ?? defaultResourcesDir();
  const dataDir = options.dataDir;
  keepFolderPrivate(dataDir);
  const log = options.log ?? createLogger({ file: path.join(dataDir, 'logs', 'kiosk.log') });
  const dbFile = path.join(dataDir, 'kiosk.db');
  // A damaged file is moved aside and rebuilt with its readable outbox rows (store/recovery.ts); a tool
  // beside a running kiosk leaves that to the kiosk.
  const { db, recovered } = tool
    ? { db: openDatabase(dbFile, undefined, { synchronous: options.synchronous }), recovered: null }
    : openKioskDatabase(dbFile, log);
  startupMark('dbOpened');
  const bus = new EventBus();
  const settings = new SettingsRepository(db);
  const config = new ConfigService(settings);
  if (options.config) config.update(options.config);
  const catalog = new CatalogService(new CatalogRepository(db), log);
  if (!tool) catalog.ensureInstalled(path.join(resources, DEMO_CATALOG_FILE), 'demo');
  // The catalog was not carried over: forget the synced version too, so the next sync fetches it whole.
  if (recovered) new SyncStateStore(settings).clearCatalog();
  startupMark('catalogLoaded');

  const deviceKey = options.deviceKey ?? fileDeviceKey(dataDir);
  // The OS clock, corrected by the district server's when it is off by more than a few minutes.
  const clock = kioskClock();
  const outbox = new OutboxRepository(db, deviceKey, () => config.get().hallCode, clock.now);
  const devices = tool ? undefined : new DeviceService({ config, events: bus, log });
  const version = appVersion(resources);
  const syncOptions = options.sync === false ? undefined : options.sync;
  const timers = options.timers !== false && options.sync !== false;
  const delivery = createMaterialDelivery({ db, deviceKey, settings, log });
  const { sync, cases, enrollment, state } = createKioskSync({
    db,
    dataDir,
    deviceKey,
    settings,
    ...(devices ? { devices } : {}),
    catalog,
    outbox,
    config,
    emit: (status) => bus.emit('sync.state', status),
    log,
    appVersion: version,
    ...(syncOptions?.timings ? { timings: syncOptions.timings } : {}),
    ...(syncOptions?.fetch ? { fetch: syncOptions.fetch } : {}),
    ...(tool ? {} : { clock }),
    camera: delivery.camera,
    attachments: delivery.uploader,
  });
  if (!devices) {
    return {
      ...{ dataDir, version, db, log, config, catalog, outbox, sync, enrollment, state },
      async close() {
        await sync.stopAndWait();
        db.close();
      },
    } satisfies KioskToolCore;
  }

  const usage = new UsageRepository(db);
  const search = new CatalogSearchService(catalog, usage, { file: path.join(dataDir, SNAPSHOT_FILE), log });
  const view = new CatalogView(catalog, search, () => config.get().hiddenItems);
  const guidePrint = new GuidePrintService({
    catalog,
    config: () => config.get(),
    usage,
    resourcesDir: resources,
    log,
    now: clock.now,
  });
  const blankForms = new BlankFormService({
    catalog,
    config: () => config.get(),
    usage,
    resourcesDir: resources,
    log,
    now: clock.now,
  });
  const session = new SessionService(
    {
      idleTimeoutMs: () => config.get().idleTimeoutSec * 1000,
      countdownMs: () => config.get().countdownSec * 1000,
    },
    bus,
    log,
  );
  const speech = new SpeechService(
    () => config.get().speechVolume,
    log,
    (speaking, unavailable) =>
      bus.emit('speech.state', unavailable ? { speaking, unavailable } : { speaking }),
  );
  session.onEnd(() => speech.stop());
  session.onEnd(() => devices.endSession());
  const requestTimeoutMs = syncOptions?.timings?.requestTimeoutMs ?? DEFAULT_TIMINGS.requestTimeoutMs;
  const materials = createMaterials({ delivery, session, log });
  // 从手机上传: arrivals come by long poll.
  const phoneUpload = new PhoneUploadService({
    live: (call) => sync.live(call),
    provisioned: () => sync.provisioned(),
    sessionId: () => session.state()?.sessionId,
    pages: materials.sink,
    emit: (state) => bus.emit('phoneUpload.state', state),
    log,
    waitSeconds: heldPollSeconds(requestTimeoutMs),
  });
  session.onEnd(() => phoneUpload.endSession());

  const parts = { db, clock, config, catalog, outbox, usage, session, devices, sync, log };
  const citizen = buildCitizenServices({
    ...parts,
    cases,
    bus,
    deviceKey,
    resourcesDir: resources,
    requestTimeoutMs,
    pages: materials.declarationPages,
  });
  const demo = (): boolean => isDemo(config.get().demoMode, sync.provisioned());
  const { audit, pin, adminMode, setup, admin } = buildAdminServices({
    ...parts,
    dataDir,
    version,
    settings,
    citizen,
    demo,
    ...(options.listPorts ? { listPorts: options.listPorts } : {}),
  });
  const heartbeat = new PageHeartbeat(options.heartbeat);
  const handlers = {
    ...appHandlers({
      version,
      now: clock.now,
      config: () => config.get(),
      demo,
      setupNeeded: () => setup.needed(),
      ...{ catalog, view, session, speech, devices, usage, heartbeat },
    }),
    ...catalogHandlers({ catalog, view, usage, guidePrint, blankForms }),
    ...declarationHandlers({ ...citizen, now: clock.now }),
    ...citizenServiceHandlers({ ...citizen, ratings: citizen.rating }),
    ...syncHandlers({ sync }),
    ...adminHandlers({
      adminMode,
      pin,
      admin,
      catalog,
      audit,
      camera: delivery.camera,
      restart: options.restart,
      log,
    }),
    ...setupHandlers({ setup, admin, camera: delivery.camera }),
    ...materials.handlers,
    ...phoneUploadHandlers(phoneUpload),
  };

  // Outbox retention (store/outbox-retention.ts) and the missed queries' (90 days): at start, then every
  // six hours.
  const retain = (): void => {
    const done = applyOutboxRetention(db, { demo: demo() });
    if (done.summaries + done.demoPayloads > 0) log.info({ ...done }, 'outbox retention applied');
    const misses = usage.forgetSearchMisses(new Date(Date.now() - SEARCH_MISS_DAYS * 86_400_000));
    if (misses > 0) log.info({ misses }, 'missed queries forgotten');
  };
  retain();
  const retention = options.timers === false ? undefined : setInterval(retain, 6 * 3_600_000).unref();

  log.info({ version, dataDir, catalog: catalog.meta()?.version }, 'kiosk core started');
  if (timers) sync.start(); // a no-op until provisioned
  const details = auditDetails(admin);
  return {
    dispatch: createDispatch(guardAdmin(handlers, { admin: adminMode, setup, audit, details }), log),
    ...{ bus, log, db, config, catalog, session, speech, devices, outbox, usage, deviceKey, dataDir, sync },
    ...{ admin: adminMode, audit, setup, recovered, heartbeat },
    close() {
      if (retention) clearInterval(retention);
      citizen.helpAcceptance.stop();
      phoneUpload.stop();
      sync.stop(); // before db.close(): no write after this
      speech.stop();
      session.dispose();
      void devices.close();
      db.close();
    },
  };
}

/** The full kiosk core (devices, screen services, timers): what the shells and most tests build. */
export function createKioskApp(options: KioskAppOptions): KioskApp {
  return createKioskCore({ ...options, devices: undefined });
}
