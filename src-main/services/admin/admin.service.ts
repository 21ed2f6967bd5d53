/**
 * What the hall admin screens do, behind admin mode (the guard in api/admin-guard.ts lets nothing through
 * while it is closed): the overview, every setting, devices and their tests, the outbox and its dead
 * letters, receipts to reprint, help calls, statistics, the audit log and restarting the kiosk. Nothing
 * here returns a citizen's personal data: outbox rows and receipts are shown by number, kind and masked
 * summary only.
 */
import type {
  AdminOverview,
  ClockState,
  DiskState,
  AdminSettings,
  AdminStats,
  AdminSyncView,
  DayUsage,
  OutboxEntry,
  ReprintEntry,
  SerialPortChoice,
} from '../../contract/admin.types.js';
import type { HelpCall } from '../../contract/citizen.types.js';
import type { DevicesStatus } from '../../contract/devices.types.js';
import { ConflictError, InputError, NotFoundError } from '../../contract/errors.js';
import { maskIdNumber, maskName } from '../../contract/id-number.js';
import type { PortInfo } from '../../devices/serial-ports.js';
import type { Logger } from '../../log/logger.js';
import type { AuditRepository } from '../../store/audit.repository.js';
import type { HelpCallsRepository } from '../../store/help-calls.repository.js';
import type { OutboxRepository, OutboxRow } from '../../store/outbox.repository.js';
import type { RatingsRepository } from '../../store/ratings.repository.js';
import type { ReceiptsRepository } from '../../store/receipts.repository.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import { addDays, chinaDate } from '../appointment/working-days.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import type { ConfigService } from '../config/config.service.js';
import type { DeviceService } from '../devices/devices.service.js';
import { receiptText } from '../devices/receipt.text.js';
import { openingState } from '../hall/opening-hours.js';
import type { HelpService } from '../help/help.service.js';
import type { SyncService } from '../sync/sync.service.js';

/** How many of the queries that found nothing the 统计 tab lists. */
const SEARCH_MISSES_LISTED = 50;

export const SETTINGS_KEYS = [
  'hallName',
  'hallCode',
  'hallAddress',
  'hallPhone',
  'announcements',
  'openingHours',
  'extendedHours',
  'holidays',
  'hiddenItems',
  'featuredItems',
  'simulatedDevices',
  'readerPort',
  'readerBaud',
  'printerPort',
  'printerBaud',
  'a4Queue',
  'idleTimeoutSec',
  'countdownSec',
  'largeTextDefault',
  'speechVolume',
] as const satisfies ReadonlyArray<keyof AdminSettings>;

const KIND_LABELS: Record<OutboxRow['kind'], string> = {
  declaration: '申报',
  rating: '评价',
  complaint: '投诉建议',
  help: '呼叫',
  appointment: '预约',
};

/** Why a receipt waits, by the error code it failed with. */
const REPRINT_REASONS: Record<string, string> = {
  DEVICE: '打印机未就绪（缺纸、开盖或离线）',
  INPUT: '凭条内容无法排版',
  INTERRUPTED: '打印中终端断电或重启',
};

export type CardTest = { cardType: string; maskedName: string; maskedIdNumber: string };

export interface AdminServiceDeps {
  version: string;
  /** The data folder's disk, for the overview. */
  disk?: () => DiskState | null;
  /** The kiosk's clock against the server's, for the overview. */
  clock?: () => ClockState;
  config: ConfigService;
  catalog: CatalogService;
  sync: SyncService;
  devices: DeviceService;
  outbox: OutboxRepository;
  receipts: ReceiptsRepository;
  helpCalls: HelpCallsRepository;
  help: HelpService;
  usage: UsageRepository;
  ratings: RatingsRepository;
  audit: AuditRepository;
  listPorts: () => Promise<PortInfo[]>;
  log: Logger;
  now?: () => Date;
}

export class AdminService {
  constructor(private readonly deps: AdminServiceDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async overview(): Promise<AdminOverview> {
    const c = this.deps.config.get();
    const opening = openingState(c, this.now());
    return {
      version: this.deps.version,
      hallName: c.hallName,
      hallCode: c.hallCode,
      catalogVersion: this.deps.catalog.meta()?.version ?? '',
      sync: this.deps.sync.status(),
      devices: await this.deps.devices.status(),
      helpCalls: this.deps.helpCalls.open(),
      reprints: this.deps.receipts.pending().length,
      openNow: opening.openNow,
      nextOpening: opening.nextOpening,
      disk: this.deps.disk?.() ?? null,
      clock: this.deps.clock?.() ?? {
        localTime: new Date().toISOString(),
        kioskTime: this.now().toISOString(),
        offsetMs: 0,
        corrected: false,
        serverTimeSeen: null,
        measuredAt: null,
      },
    };
  }

  settings(): AdminSettings {
    const c = this.deps.config.get();
    const out: Partial<AdminSettings> = {};
    for (const key of SETTINGS_KEYS) (out as Record<string, unknown>)[key] = c[key];
    return out as AdminSettings;
  }

  /** Validated as a whole with the kiosk's settings rules; takes effect at once (devices reconfigure). */
  updateSettings(patch: Partial<AdminSettings>): AdminSettings {
    const c = this.deps.config.get();
    const hidden = new Set(patch.hiddenItems ?? c.hiddenItems);
    const featured = patch.featuredItems ?? c.featuredItems;
    for (const id of featured) {
      const item = this.deps.catalog.all().find((i) => i.id === id);
      if (!item)
        throw new InputError(
          `featured item ${id} unknown`,
          'featuredItems',
          `常办事项：事项目录中没有"${id}"。`,
        );
      if (hidden.has(id))
        throw new InputError(
          `featured item ${id} hidden`,
          'featuredItems',
          `常办事项："${item.name}"已设为不显示，不能同时作为常办事项。`,
        );
    }
    this.deps.config.update(patch);
    return this.settings();
  }

  async ports(): Promise<SerialPortChoice[]> {
    let listed: PortInfo[] = [];
    try {
      listed = await this.deps.listPorts();
    } catch (error) {
      this.deps.log.warn(
        { err: error instanceof Error ? error.name : typeof error },
        'cannot list serial ports',
      );
    }
    const choices: SerialPortChoice[] = listed.map((p) => ({ path: p.path, description: describePort(p) }));
    // Virtual ports (PTYs) and unplugged adapters are never listed: keep what is configured choosable.
    const c = this.deps.config.get();
    for (const [path, what] of [
      [c.printerPort, '当前凭条打印机串口'],
      [c.readerPort, '当前读卡器串口'],
    ] as const)
      if (path && !choices.some((p) => p.path === path)) choices.push({ path, description: what });
    return choices;
  }

  async testPrint(): Promise<DevicesStatus> {
    await this.deps.devices.printTest();
    return this.deps.devices.status();
  }

  /** Reads the card on the reader and shows only masked name and number (nothing else leaves here). */
  async testRead(): Promise<CardTest> {
    const card = await this.deps.devices.readCard();
    return {
      cardType: card.cardType,
      maskedName: maskName(card.name),
      maskedIdNumber: maskIdNumber(card.idNumber),
    };
  }

  syncView(): AdminSyncView {
    const link = this.deps.sync.link();
    const entries = [...this.deps.outbox.deadLetters(50), ...this.deps.outbox.oldestPending(50)].map(toEntry);
    return {
      status: this.deps.sync.status(),
      serverUrl: link?.serverUrl ?? null,
      deviceId: link?.deviceId ?? null,
      discarded: this.deps.outbox.discardedCount(),
      entries,
    };
  }

  async syncNow(): Promise<AdminSyncView> {
    await this.deps.sync.syncNow();
    return this.syncView();
  }

  /** A dead letter back to pending, sent with the next round (started now). */
  async retry(id: number): Promise<AdminSyncView> {
    const row = this.deadLetter(id);
    if (!this.deps.outbox.revive(row.id, this.now()))
      throw new ConflictError(`outbox ${id} not revivable`, '这条记录已无法重新发送。');
    this.deps.log.info({ localNumber: row.localNumber }, 'dead letter revived by admin');
    if (this.deps.sync.provisioned()) await this.deps.sync.runRound(['outbox'], true);
    return this.syncView();
  }

  /** A dead letter dropped for good: its sealed personal data erased, its number kept for the record. */
  discard(id: number): AdminSyncView {
    const row = this.deadLetter(id);
    if (!this.deps.outbox.discard(row.id, this.now()))
      throw new ConflictError(`outbox ${id} not discardable`, '这条记录已处理过。');
    this.deps.log.info({ localNumber: row.localNumber }, 'dead letter discarded by admin');
    this.deps.sync.kick();
    return this.syncView();
  }

  /** The row's number, for the audit log. */
  entryNumber(id: number): string {
    return this.deps.outbox.get(id)?.localNumber ?? String(id);
  }

  reprints(): ReprintEntry[] {
    return this.deps.receipts.pending().map((r) => ({
      id: r.id,
      number: r.localNumber,
      createdAt: r.createdAt,
      reason: REPRINT_REASONS[r.reason] ?? '打印失败',
      preview: receiptText(r.lines),
    }));
  }

  /** Prints a queued receipt now; it leaves the queue only once printed. */
  async reprint(id: number): Promise<ReprintEntry[]> {
    const receipt = this.deps.receipts.get(id);
    if (!receipt || receipt.printedAt !== null)
      throw new NotFoundError(`receipt ${id} not queued`, '这张凭条已补打或不存在。');
    await this.deps.devices.print(receipt.lines);
    this.deps.receipts.markPrinted(id);
    return this.reprints();
  }

  reprintNumber(id: number): string {
    return this.deps.receipts.get(id)?.localNumber ?? String(id);
  }

  answerHelp(callId: string): HelpCall[] {
    this.deps.help.answer(callId);
    return this.deps.helpCalls.open();
  }

  /** Per China day over the last `days` days (today included), from the kiosk's own records. */
  stats(days: number): AdminStats {
    const today = chinaDate(this.now());
    const first = addDays(today, -(days - 1));
    const since = new Date(Date.parse(`${first}T00:00:00+08:00`));
    const byDay = new Map<string, DayUsage>();
    for (let i = 0; i < days; i++) {
      const date = addDays(first, i);
      byDay.set(date, {
        date,
        sessions: 0,
        guideViews: 0,
        guidePrints: 0,
        declarations: 0,
        appointments: 0,
        ratings: 0,
        complaints: 0,
        helpCalls: 0,
      });
    }
    const field = {
      session: 'sessions',
      'guide.view': 'guideViews',
      'guide.print': 'guidePrints',
      declaration: 'declarations',
      appointment: 'appointments',
      rating: 'ratings',
      complaint: 'complaints',
      help: 'helpCalls',
    } as const;
    for (const { day, kind, n } of this.deps.usage.perDay(since)) {
      const row = byDay.get(day);
      const key = (field as Record<string, keyof Omit<DayUsage, 'date'> | undefined>)[kind];
      if (row && key) row[key] += n;
    }
    const dist = this.deps.ratings.distribution(since);
    return {
      days: [...byDay.values()],
      ratings: { 1: dist[1] ?? 0, 2: dist[2] ?? 0, 3: dist[3] ?? 0, 4: dist[4] ?? 0, 5: dist[5] ?? 0 },
      searchMisses: this.deps.usage.searchMisses(since, SEARCH_MISSES_LISTED),
    };
  }

  private deadLetter(id: number): OutboxRow {
    const row = this.deps.outbox.get(id);
    if (!row || row.state !== 'dead' || row.discardedAt !== null)
      throw new NotFoundError(`outbox ${id} is not a dead letter`, '没有找到这条未送达记录，可能已处理。');
    return row;
  }
}

function describePort(p: PortInfo): string {
  const ids = p.vendorId || p.productId ? `${p.vendorId ?? '?'}:${p.productId ?? '?'}` : '';
  return [p.manufacturer, ids].filter(Boolean).join(' ') || '串口';
}

/** An outbox row as admin sees it: kind, number, state and a masked, whitelisted summary. */
function toEntry(row: OutboxRow): OutboxEntry {
  const s = row.summary;
  const parts: string[] = [];
  if (typeof s.itemName === 'string') parts.push(s.itemName);
  if (typeof s.maskedName === 'string' && s.maskedName) parts.push(s.maskedName);
  if (typeof s['category'] === 'string') parts.push(s['category']);
  if (typeof s['level'] === 'number') parts.push(`${s['level']} 星`);
  if (s['action'] === 'call') parts.push('呼叫工作人员');
  if (s['action'] === 'cancel') parts.push('取消呼叫');
  return {
    id: row.id,
    localNumber: row.localNumber,
    kind: KIND_LABELS[row.kind],
    createdAt: row.createdAt,
    state: row.state,
    attempts: row.attempts,
    lastError: row.lastError,
    summary: parts.join(' · ') || KIND_LABELS[row.kind],
  };
}
