/**
 * Builds the citizen services over the kiosk's store, devices and sync: 自助申报 (with the A4
 * application form), 进度查询, 预约办理, 好差评, 投诉建议 and 呼叫工作人员, with the receipt printing they
 * share and the limiter of wrong ID digits.
 */
import type { KioskClock } from '../services/clock/kiosk-clock.js';
import type { CatalogService } from '../services/catalog/catalog.service.js';
import type { ConfigService } from '../services/config/config.service.js';
import type { DeviceService } from '../services/devices/devices.service.js';
import type { EventBus } from '../services/event-bus.js';
import type { SessionService } from '../services/session/session.service.js';
import { heldPollSeconds, type SyncService } from '../services/sync/sync.service.js';
import type { Logger } from '../log/logger.js';
import type { ReceiptLine } from '../devices/printer/printer.types.js';
import type { DistrictClient } from '../district/district.client.js';
import type { CaseStatusRepository } from '../store/case-status.repository.js';
import type { Db } from '../store/database.js';
import type { DeviceKeyProvider } from '../store/device-key.js';
import type { OutboxRepository } from '../store/outbox.repository.js';
import type { UsageRepository } from '../store/usage.repository.js';
import { AppointmentService } from '../services/appointment/appointment.service.js';
import { ComplaintReplyService } from '../services/complaint/complaint-reply.service.js';
import { ComplaintService } from '../services/complaint/complaint.service.js';
import { ApplicationFormService } from '../services/declaration/application-form.service.js';
import { DeclarationService, type DeclarationPages } from '../services/declaration/declaration.service.js';
import { HelpAcceptanceWatch } from '../services/help/help-acceptance.js';
import { HelpService } from '../services/help/help.service.js';
import { personDigest } from '../services/person-digest.js';
import { ProgressService, progressLimiter } from '../services/progress/progress.service.js';
import { RatingGrants } from '../services/rating/rating-grants.js';
import { RatingService } from '../services/rating/rating.service.js';
import { AppointmentsRepository } from '../store/appointments.repository.js';
import { HelpCallsRepository } from '../store/help-calls.repository.js';
import { RatingsRepository } from '../store/ratings.repository.js';
import { ReceiptsRepository } from '../store/receipts.repository.js';

export interface CitizenServiceParts {
  db: Db;
  clock: KioskClock;
  config: ConfigService;
  catalog: CatalogService;
  outbox: OutboxRepository;
  cases: CaseStatusRepository;
  usage: UsageRepository;
  session: SessionService;
  devices: DeviceService;
  sync: SyncService;
  bus: EventBus;
  deviceKey: DeviceKeyProvider;
  resourcesDir: string;
  /** The district client's request timeout: a held help poll must end before it. */
  requestTimeoutMs: number;
  /** The session's captured material pages, sealed with each declaration. */
  pages?: DeclarationPages;
  log: Logger;
}

export function buildCitizenServices(parts: CitizenServiceParts) {
  const { db, clock, config, catalog, outbox, cases, usage, session, devices, sync, bus, log } = parts;
  const receipts = new ReceiptsRepository(db);
  const interrupted = receipts.requeueInterrupted();
  if (interrupted > 0) log.warn({ receipts: interrupted }, 'receipts cut off by a stop queued for reprint');
  const ratings = new RatingsRepository(db);
  const grants = new RatingGrants(session);
  const digest = personDigest(parts.deviceKey);
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
    ...(parts.pages ? { pages: parts.pages } : {}),
  });
  // A4 application form (申请表): values held by the session, wiped when it ends.
  const applicationForms = new ApplicationFormService({
    catalog,
    config: () => config.get(),
    sessionData: () => session.data(),
    usage,
    resourcesDir: parts.resourcesDir,
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
  const rating = new RatingService({
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
    waitSeconds: heldPollSeconds(parts.requestTimeoutMs),
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
    changed: (call) => bus.emit('help.changed', call),
    log,
  });
  return {
    receipts,
    ratings,
    declarations,
    applicationForms,
    progress,
    appointments,
    rating,
    complaints,
    complaintReplies,
    helpCalls,
    helpAcceptance,
    help,
  };
}

export type CitizenServices = ReturnType<typeof buildCitizenServices>;
