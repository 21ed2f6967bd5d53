/**
 * The composition root of the kiosk core: opens the store, installs the catalog, wires the
 * services and builds the dispatch that both shells serve. No shell code here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Dispatch } from './api/dispatch.js';
import { createDispatch, type Handlers } from './api/dispatch.js';
import { createLogger, type Logger } from './log/logger.js';
import { resourcesDir as defaultResourcesDir } from './paths.js';
import { CatalogService, DEMO_CATALOG_FILE } from './services/catalog/catalog.service.js';
import type { KioskConfigInput } from './services/config/config.schema.js';
import { ConfigService } from './services/config/config.service.js';
import { EventBus } from './services/event-bus.js';
import { GuidePrintService } from './services/guide-print/guide-print.service.js';
import { CatalogSearchService } from './services/search/catalog-search.service.js';
import { SessionService } from './services/session/session.service.js';
import { SpeechService } from './services/speech/speech.service.js';
import { CatalogRepository } from './store/catalog.repository.js';
import { openDatabase, type Db } from './store/database.js';
import { fileDeviceKey, type DeviceKeyProvider } from './store/device-key.js';
import { OutboxRepository } from './store/outbox.repository.js';
import { SettingsRepository } from './store/settings.repository.js';
import { UsageRepository } from './store/usage.repository.js';

export interface KioskAppOptions {
  dataDir: string;
  /** The key sealing personal data at rest; default: a 0600 key file in the data folder. */
  deviceKey?: DeviceKeyProvider;
  resourcesDir?: string;
  /** Applied (validated and stored) at start: used by tests and by provisioning. */
  config?: Partial<KioskConfigInput>;
  log?: Logger;
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
  outbox: OutboxRepository;
  usage: UsageRepository;
  deviceKey: DeviceKeyProvider;
  dataDir: string;
  close(): void;
}

export function appVersion(root: string): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

export function createKioskApp(options: KioskAppOptions): KioskApp {
  const resources = options.resourcesDir ?? defaultResourcesDir();
  fs.mkdirSync(options.dataDir, { recursive: true });
  const log = options.log ?? createLogger({ file: path.join(options.dataDir, 'logs', 'kiosk.log') });
  const db = openDatabase(path.join(options.dataDir, 'kiosk.db'));
  const bus = new EventBus();
  const config = new ConfigService(new SettingsRepository(db));
  if (options.config) config.update(options.config);

  const catalog = new CatalogService(new CatalogRepository(db), log);
  catalog.ensureInstalled(path.join(resources, DEMO_CATALOG_FILE), 'demo');

  const usage = new UsageRepository(db);
  const deviceKey = options.deviceKey ?? fileDeviceKey(options.dataDir);
  const outbox = new OutboxRepository(db, deviceKey, () => config.get().hallCode);
  const search = new CatalogSearchService(catalog, usage);

  const guidePrint = new GuidePrintService({
    catalog,
    config: () => config.get(),
    usage,
    resourcesDir: resources,
    log,
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
    (speaking) => bus.emit('speech.state', { speaking }),
  );
  session.onEnd(() => speech.stop());

  const version = appVersion(resources);
  const handlers: Handlers = {
    'app.info': () => {
      const c = config.get();
      return {
        version,
        hallName: c.hallName,
        hallCode: c.hallCode,
        hallPhone: c.hallPhone,
        demo: catalog.meta()?.source === 'demo',
        catalogVersion: catalog.meta()?.version ?? '',
        idleTimeoutSec: c.idleTimeoutSec,
        countdownSec: c.countdownSec,
        onlineGuideBaseUrl: c.onlineGuideBaseUrl,
        largeTextDefault: c.largeTextDefault,
      };
    },
    'catalog.categories': () => catalog.groups(),
    'catalog.list': ({ categoryId }) => catalog.list(categoryId),
    'catalog.item': ({ id }) => {
      const item = catalog.item(id);
      usage.record('guide.view', id);
      return item;
    },
    'catalog.search': ({ query, limit }) => search.search(query, limit),
    'catalog.popular': () => search.popular(),
    'guide.print': ({ id }) => guidePrint.print(id),
    'session.activity': () => {
      if (!session.active()) usage.record('session');
      return session.activity();
    },
    'session.end': ({ reason }) => ({ ended: session.end(reason) }),
    'speech.speak': ({ text }) => speech.speak(text),
    'speech.stop': () => speech.stop(),
  };

  log.info({ version, dataDir: options.dataDir, catalog: catalog.meta()?.version }, 'kiosk core started');
  return {
    dispatch: createDispatch(handlers, log),
    bus,
    log,
    db,
    config,
    catalog,
    session,
    speech,
    outbox,
    usage,
    deviceKey,
    dataDir: options.dataDir,
    close() {
      speech.stop();
      session.dispose();
      db.close();
    },
  };
}
