/**
 * The composition root of the kiosk core: opens the store, installs the catalog, wires the
 * services and builds the dispatch that both shells serve. No shell code here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Dispatch } from './api/dispatch.js';
import { createDispatch, type Handlers } from './api/dispatch.js';
import { createLogger, type Logger } from './log/logger.js';
import { appRoot, resourcesDir as defaultResourcesDir } from './paths.js';
import { CatalogService, DEMO_CATALOG_FILE, summarize } from './services/catalog/catalog.service.js';
import type { KioskConfigInput } from './services/config/config.schema.js';
import { ConfigService } from './services/config/config.service.js';
import { DeclarationService } from './services/declaration/declaration.service.js';
import { DeviceService } from './services/devices/devices.service.js';
import { EventBus } from './services/event-bus.js';
import { GuidePrintService } from './services/guide-print/guide-print.service.js';
import { ApplicationFormService } from './services/declaration/application-form.service.js';
import { CatalogSearchService } from './services/search/catalog-search.service.js';
import { recordSearchMiss, searchHelp } from './services/search/search-help.service.js';
import { SessionService } from './services/session/session.service.js';
import { SpeechService } from './services/speech/speech.service.js';
import { CatalogRepository } from './store/catalog.repository.js';
import type { Db } from './store/database.js';
import { fileDeviceKey, type DeviceKeyProvider } from './store/device-key.js';
import { OutboxRepository } from './store/outbox.repository.js';
import { diskSpace } from './store/disk-space.js';
import { kioskClock } from './services/clock/kiosk-clock.js';
import { ReceiptsRepository } from './store/receipts.repository.js';
import { SettingsRepository } from './store/settings.repository.js';
import { UsageRepository } from './store/usage.repository.js';
import type { ReceiptLine } from './devices/printer/printer.types.js';
import { InputError } from './contract/errors.js';
import type { DistrictClient } from './district/district.client.js';
import { AppointmentService } from './services/appointment/appointment.service.js';
import { ComplaintReplyService } from './services/complaint/complaint-reply.service.js';
import { ComplaintService } from './services/complaint/complaint.service.js';
import { HelpAcceptanceWatch } from './services/help/help-acceptance.js';
import { HelpService } from './services/help/help.service.js';
import { personDigest } from './services/person-digest.js';
import { ProgressService, progressLimiter } from './services/progress/progress.service.js';
import { RatingGrants } from './services/rating/rating-grants.js';
import { RatingService } from './services/rating/rating.service.js';
import { AppointmentsRepository } from './store/appointments.repository.js';
import { HelpCallsRepository } from './store/help-calls.repository.js';
import { RatingsRepository } from './store/ratings.repository.js';
// --- hardening ---
import { openKioskDatabase, type Recovered } from './store/recovery.js';
import { PageHeartbeat, type HeartbeatTimings } from './services/watchdog/page-heartbeat.js';
// --- end hardening ---
// --- sync ---
import type { FetchLike } from './district/district.client.js';
import { createKioskSync } from './services/sync/kiosk-sync.js';
import { DEFAULT_TIMINGS, type SyncService, type SyncTimings } from './services/sync/sync.service.js';
import { SyncStateStore } from './services/sync/sync-state.store.js';
// --- end sync ---
// --- admin mode and first-run setup ---
import { guardAdmin, type AuditDetails } from './api/admin-guard.js';
import { listSerialPorts, type PortInfo } from './devices/serial-ports.js';
import { ADMIN_LOCK_KEY, AdminMode, adminLimiter } from './services/admin/admin-mode.js';
import { settingsLimiterStore } from './services/limiter-settings.store.js';
import { ADMIN_CODE_KEY, AdminPin } from './services/admin/admin-pin.js';
import { isDemo } from './services/demo-mode.js';
import { applyOutboxRetention } from './store/outbox-retention.js';
import { AdminService } from './services/admin/admin.service.js';
import { SetupService } from './services/admin/setup.service.js';
import { CatalogView } from './services/catalog/catalog-view.js';
import { CONFIG_LABELS, isConfigKey } from './services/config/config.schema.js';
import { openingState } from './services/hall/opening-hours.js';
import { AuditRepository } from './store/audit.repository.js';
// --- end admin ---

/** The exit code that asks the service manager (systemd, the Windows service wrapper) to start the kiosk again. */
export const RESTART_EXIT_CODE = 75;

export interface KioskAppOptions {
  dataDir: string;
  /** The key sealing personal data at rest; default: a 0600 key file in the data folder. */
  deviceKey?: DeviceKeyProvider;
  resourcesDir?: string;
  /** Applied (validated and stored) at start: used by tests and by provisioning. */
  config?: Partial<KioskConfigInput>;
  log?: Logger;
  // --- sync ---
  /**
   * District-server sync: started only when the kiosk is provisioned. `false` keeps the timers off
   * (tests, the CLI, which runs rounds itself); an object tunes timings or the fetch.
   */
  sync?: false | { timings?: Partial<SyncTimings>; fetch?: FetchLike };
  // --- end sync ---
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

export function appVersion(root: string): string {
  // Beside the resources in the project; in app.asar when packaged (resources sit outside it).
  for (const file of [
    () => path.join(root, '..', 'package.json'),
    () => path.join(appRoot(), 'package.json'),
  ]) {
    try {
      return (JSON.parse(fs.readFileSync(file(), 'utf8')) as { version: string }).version;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}

export function createKioskApp(options: KioskAppOptions): KioskApp {
  const resources = options.resourcesDir ?? defaultResourcesDir();
  fs.mkdirSync(options.dataDir, { recursive: true });
  const log = options.log ?? createLogger({ file: path.join(options.dataDir, 'logs', 'kiosk.log') });
  // A damaged file is moved aside and rebuilt with its readable outbox rows (store/recovery.ts).
  const { db, recovered } = openKioskDatabase(path.join(options.dataDir, 'kiosk.db'), log);
  const bus = new EventBus();
  const config = new ConfigService(new SettingsRepository(db));
  if (options.config) config.update(options.config);

  const catalog = new CatalogService(new CatalogRepository(db), log);
  catalog.ensureInstalled(path.join(resources, DEMO_CATALOG_FILE), 'demo');
  // --- hardening ---
  // The catalog was not carried over: forget the synced version too, so the next sync fetches it whole.
  if (recovered) new SyncStateStore(new SettingsRepository(db)).clearCatalog();
  // --- end hardening ---

  const usage = new UsageRepository(db);
  const deviceKey = options.deviceKey ?? fileDeviceKey(options.dataDir);
  // The OS clock, corrected by the district server's when it is off by more than a few minutes.
  const clock = kioskClock();
  const outbox = new OutboxRepository(db, deviceKey, () => config.get().hallCode, clock.now);
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
    (speaking, unavailable) =>
      bus.emit('speech.state', unavailable ? { speaking, unavailable } : { speaking }),
  );
  session.onEnd(() => speech.stop());

  const devices = new DeviceService({ config, events: bus, log });
  session.onEnd(() => devices.endSession());

  const version = appVersion(resources);

  const settings = new SettingsRepository(db);
  const syncOptions = options.sync === false ? undefined : options.sync;
  const { sync, cases } = createKioskSync({
    db,
    dataDir: options.dataDir,
    deviceKey,
    settings,
    devices,
    catalog,
    outbox,
    config,
    emit: (status) => bus.emit('sync.state', status),
    log,
    appVersion: version,
    ...(syncOptions?.timings ? { timings: syncOptions.timings } : {}),
    ...(syncOptions?.fetch ? { fetch: syncOptions.fetch } : {}),
    clock,
  });

  // --- citizen services: 自助申报, 进度查询, 预约办理, 好差评, 投诉建议, 呼叫工作人员 ---
  const receipts = new ReceiptsRepository(db);
  const interrupted = receipts.requeueInterrupted();
  if (interrupted > 0) log.warn({ receipts: interrupted }, 'receipts cut off by a stop queued for reprint');
  const ratings = new RatingsRepository(db);
  const grants = new RatingGrants(session);
  const digest = personDigest(deviceKey);
  const printing = { print: (lines: ReceiptLine[]) => devices.print(lines), receipts, log };
  const live = <T>(call: (client: DistrictClient) => Promise<T>): Promise<T> => sync.live(call);
  // Wrong ID digits, for progress queries and cancelling appointments alike.
  const idDigits = progressLimiter();
  const declarations = new DeclarationService({
    catalog,
    outbox,
    receipts,
    usage,
    config: () => config.get(),
    printReceipt: printing.print,
    online: () => sync.isOnline(),
    provisioned: () => sync.provisioned(),
    personDigest: digest,
    grants,
    log,
  });
  // A4 application form (申请表): values held by the session, wiped when it ends.
  const applicationForms = new ApplicationFormService({
    catalog,
    config: () => config.get(),
    sessionData: () => session.data(),
    usage,
    resourcesDir: resources,
    log,
  });
  const progress = new ProgressService({
    now: clock.now,
    outbox,
    cases,
    ratings,
    catalog,
    usage,
    config: () => config.get(),
    grants,
    personDigest: digest,
    readCard: () => devices.readCard(),
    live,
    provisioned: () => sync.provisioned(),
    limiter: idDigits,
    log,
  });
  const appointments = new AppointmentService({
    now: clock.now,
    catalog,
    appointments: new AppointmentsRepository(db),
    usage,
    config: () => config.get(),
    grants,
    printing,
    live,
    limiter: idDigits,
    log,
  });
  const ratingService = new RatingService({
    now: clock.now,
    db,
    outbox,
    ratings,
    usage,
    grants,
    session,
    online: () => sync.isOnline(),
    log,
  });
  const complaints = new ComplaintService({
    now: clock.now,
    outbox,
    usage,
    config: () => config.get(),
    printing,
    online: () => sync.isOnline(),
    log,
  });
  const complaintReplies = new ComplaintReplyService({
    outbox,
    live,
    provisioned: () => sync.provisioned(),
    log,
  });
  const helpCalls = new HelpCallsRepository(db);
  const helpAcceptance = new HelpAcceptanceWatch({
    live,
    isOpen: (callId) => helpCalls.get(callId)?.state === 'open',
    accepted: (callId, acceptedAt) => help.accepted(callId, acceptedAt),
    log,
    // A poll held by the server must end before the client's request timeout, or it would count as offline.
    waitSeconds: Math.max(
      0,
      Math.floor((syncOptions?.timings?.requestTimeoutMs ?? DEFAULT_TIMINGS.requestTimeoutMs) / 1000) - 2,
    ),
  });
  const help = new HelpService({
    now: clock.now,
    db,
    calls: helpCalls,
    watch: (callId) => helpAcceptance.watch(callId),
    outbox,
    usage,
    session,
    config: () => config.get(),
    deviceId: () => sync.deviceId(),
    changed: (call) => {
      bus.emit('help.changed', call);
      sync.kick();
    },
    log,
  });
  // --- end citizen services ---

  // --- admin mode and first-run setup ---
  const audit = new AuditRepository(db);
  const pin = new AdminPin(settings);
  const demo = (): boolean => isDemo(config.get().demoMode, sync.provisioned());
  const adminMode = new AdminMode({
    pin,
    oneTimeCode: new AdminPin(settings, ADMIN_CODE_KEY),
    demo,
    session,
    audit,
    limiter: adminLimiter(undefined, settingsLimiterStore(settings, ADMIN_LOCK_KEY)),
    log,
  });
  const setup = new SetupService({ settings, config, sync, pin, log });
  const view = new CatalogView(catalog, search, () => config.get().hiddenItems);
  const admin = new AdminService({
    version,
    now: clock.now,
    clock: () => clock.state(),
    disk: () => diskSpace(options.dataDir),
    config,
    catalog,
    sync,
    devices,
    outbox,
    receipts,
    helpCalls,
    help,
    usage,
    ratings,
    audit,
    listPorts: options.listPorts ?? (() => listSerialPorts()),
    log,
  });
  const restart = (): { restarting: true } => {
    if (!options.restart)
      throw new InputError(
        'no restart hook',
        'restart',
        '本终端的运行方式不支持从屏幕重启，请联系技术人员。',
      );
    const hook = options.restart;
    log.warn({ code: 'admin-restart' }, 'restart asked by the hall admin');
    // After the answer has gone out.
    setTimeout(hook, 200).unref();
    return { restarting: true };
  };
  const cardTest = (): Promise<{ cardType: string; maskedName: string; maskedIdNumber: string }> =>
    admin.testRead();
  const labels = (patch: object): string =>
    Object.keys(patch)
      .map((k) => (isConfigKey(k) ? CONFIG_LABELS[k] : k))
      .join('、');
  const auditDetails: AuditDetails = {
    'admin.updateSettings': (input) => `修改设置：${labels(input) || '无'}`,
    'admin.changePin': () => '修改管理密码',
    'admin.setFirstPin': () => '设置管理密码（一次性密码已作废）',
    'admin.testPrint': () => '打印测试凭条',
    'admin.testRead': () => '读卡测试',
    'admin.syncNow': () => '立即同步',
    'admin.retryEntry': ({ id }) => `重新发送 ${admin.entryNumber(id)}`,
    'admin.discardEntry': ({ id }) => `放弃发送 ${admin.entryNumber(id)}`,
    'admin.reprint': ({ id }) => `补打凭条 ${admin.reprintNumber(id)}`,
    'admin.answerHelp': () => '呼叫已处理',
    'admin.restart': () => '重启终端',
    'setup.provision': (input, output) =>
      `注册到区级服务器 ${safeHost(input.serverUrl)}，大厅 ${output.hall?.code ?? ''}`,
    'setup.devices': (input) =>
      `设备串口：读卡器 ${input.readerPort || '未配置'}，凭条打印机 ${input.printerPort || '未配置'}`,
    'setup.testPrint': () => '打印测试凭条（初始设置）',
    'setup.testRead': () => '读卡测试（初始设置）',
    'setup.finish': () => '设置管理密码，完成初始设置',
  };
  // --- end admin ---

  const heartbeat = new PageHeartbeat(options.heartbeat); // hardening
  const handlers: Handlers = {
    'app.info': () => {
      const c = config.get();
      const opening = openingState(c, new Date());
      return {
        version,
        hallName: c.hallName,
        hallCode: c.hallCode,
        hallPhone: c.hallPhone,
        demo: demo(),
        catalogVersion: catalog.meta()?.version ?? '',
        idleTimeoutSec: c.idleTimeoutSec,
        countdownSec: c.countdownSec,
        onlineGuideBaseUrl: c.onlineGuideBaseUrl,
        largeTextDefault: c.largeTextDefault,
        announcements: c.announcements,
        featured: c.featuredItems
          .filter((id) => view.isVisible(id))
          .flatMap((id) => {
            const item = catalog.all().find((i) => i.id === id);
            return item ? [{ id: item.id, name: item.name }] : [];
          }),
        hours: {
          today: opening.todayHours,
          openNow: opening.openNow,
          nextOpening: opening.nextOpening,
          closedNotice: opening.closedNotice,
        },
        setupNeeded: setup.needed(),
      };
    },
    'catalog.categories': () => view.groups(),
    'catalog.list': ({ categoryId }) => view.list(categoryId),
    'catalog.item': ({ id }) => {
      const item = catalog.item(id);
      usage.record('guide.view', id);
      return item;
    },
    'catalog.search': ({ query, limit }) => view.find(query, limit),
    'catalog.popular': () => view.popular(),
    'catalog.searchHelp': ({ query }) => searchHelp(view, query),
    'catalog.searchMiss': ({ query }) => recordSearchMiss(usage, query),
    'catalog.declarable': () => view.declarable(),
    'guide.print': ({ id }) => guidePrint.print(id),
    'session.activity': () => {
      if (!session.active()) usage.record('session');
      return session.activity();
    },
    'session.end': ({ reason }) => ({ ended: session.end(reason) }),
    'speech.speak': ({ text }) => speech.speak(text),
    'speech.stop': () => speech.stop(),
    'declaration.submit': async (input) => {
      const result = await declarations.submit(input, clock.now());
      sync.kick();
      return { ...result, applicationForm: applicationForms.keep(result, input) }; // A4 application form
    },
    'declaration.printForm': ({ localNumber }) => applicationForms.print(localNumber), // A4 application form
    'devices.status': () => devices.status(),
    'devices.readCard': () => devices.readCard(),
    'devices.simulateCard': ({ present }) => devices.simulateCard(present),
    'devices.simulateFailure': (input) => devices.simulateFailure(input),
    'devices.printTest': () => devices.printTest(),
    'devices.receipts': () => devices.receipts(),
    'progress.query': ({ number, idLast4 }) => progress.query(number, idLast4),
    'progress.byCard': () => progress.byCard(),
    'appointment.slots': ({ itemId }) => appointments.slots(itemId),
    'appointment.book': (input) => appointments.book(input),
    'appointment.cancel': ({ appointmentNumber, idLast4 }) => appointments.cancel(appointmentNumber, idLast4),
    'rating.submit': (input) => {
      const result = ratingService.submit(input);
      sync.kick();
      return result;
    },
    'complaint.submit': async (input) => {
      const result = await complaints.submit(input);
      sync.kick();
      return result;
    },
    'complaint.reply': ({ number }) => complaintReplies.lookup(number),
    'help.call': ({ screen }) => help.call(screen),
    'help.cancel': ({ callId }) => help.cancel(callId),
    // --- sync ---
    'sync.status': () => sync.status(),
    'sync.now': () => sync.syncNow(),
    // --- end sync ---
    // --- admin mode and first-run setup; the guard below keeps them behind admin mode ---
    'admin.enter': ({ pin: given }) => adminMode.enter(given),
    'admin.exit': () => adminMode.exit(),
    'admin.session': () => adminMode.touch(),
    'admin.overview': () => admin.overview(),
    'admin.settings': () => admin.settings(),
    'admin.updateSettings': (patch) => admin.updateSettings(patch),
    'admin.items': () => catalog.all().map(summarize),
    'admin.changePin': async ({ current, next }) => {
      await adminMode.checkPin(current, 'admin.changePin.failed');
      await pin.set(next);
      return adminMode.state();
    },
    'admin.setFirstPin': ({ next }) => adminMode.setFirstPin(next),
    'admin.ports': () => admin.ports(),
    'admin.testPrint': () => admin.testPrint(),
    'admin.testRead': cardTest,
    'admin.syncView': () => admin.syncView(),
    'admin.syncNow': () => admin.syncNow(),
    'admin.retryEntry': ({ id }) => admin.retry(id),
    'admin.discardEntry': ({ id }) => admin.discard(id),
    'admin.reprints': () => admin.reprints(),
    'admin.reprint': ({ id }) => admin.reprint(id),
    'admin.answerHelp': ({ callId }) => admin.answerHelp(callId),
    'admin.stats': ({ days }) => admin.stats(days),
    'admin.audit': () => audit.recent(),
    'admin.restart': restart,
    'setup.state': () => setup.state(),
    'setup.provision': ({ serverUrl, code }) => setup.provision(serverUrl, code),
    'setup.ports': () => admin.ports(),
    'setup.devices': (ports) => {
      setup.devices(ports);
      return admin.settings();
    },
    'setup.testPrint': () => admin.testPrint(),
    'setup.testRead': cardTest,
    'setup.finish': ({ pin: chosen }) => setup.finish(chosen),
    // --- end admin ---
    'app.heartbeat': ({ screen }) => heartbeat.beat(screen), // hardening
  };

  // Outbox retention (store/outbox-retention.ts): at start, then every six hours.
  const retain = (): void => {
    const done = applyOutboxRetention(db, { demo: demo() });
    if (done.summaries + done.demoPayloads > 0) log.info({ ...done }, 'outbox retention applied');
  };
  retain();
  const retention = setInterval(retain, 6 * 3_600_000);
  retention.unref();

  log.info({ version, dataDir: options.dataDir, catalog: catalog.meta()?.version }, 'kiosk core started');
  if (options.sync !== false) sync.start(); // sync: a no-op until provisioned
  return {
    dispatch: createDispatch(
      guardAdmin(handlers, { admin: adminMode, setup, audit, details: auditDetails }),
      log,
    ),
    bus,
    log,
    db,
    config,
    catalog,
    session,
    speech,
    devices,
    outbox,
    usage,
    deviceKey,
    dataDir: options.dataDir,
    sync,
    admin: adminMode,
    audit,
    setup,
    recovered,
    heartbeat,
    close() {
      clearInterval(retention);
      helpAcceptance.stop();
      sync.stop(); // sync: before db.close(); no write after this
      speech.stop();
      session.dispose();
      void devices.close();
      db.close();
    },
  };
}

/** The host of a server URL, for the audit log (no path, no credentials). */
function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(地址无效)';
  }
}
