/**
 * Output types of hall admin mode (PIN-guarded) and first-run setup. No personal data anywhere: outbox
 * rows and receipts are shown by number, kind, time and masked summary only. Pure: imported as types.
 */
import type { SearchMiss } from './search.types.js';
import type { HelpCall } from './citizen.types.js';
import type { DevicesStatus } from './devices.types.js';
import type { SyncStatus } from './types.js';

/** Whether admin mode is open, until when, and whether the kiosk still runs on the default PIN. */
export interface AdminSession {
  active: boolean;
  /** Epoch ms at which admin mode closes without a touch. */
  expiresAt: number | null;
  /** True while no PIN was ever set (a demo kiosk's default PIN): admin is asked to change it. */
  defaultPin: boolean;
  /**
   * Entered with the one-time code of a provisioned kiosk: every admin method but `admin.setFirstPin`,
   * `admin.session` and `admin.exit` answers UNAUTHORIZED until the hall's PIN is set.
   */
  pinSetupRequired: boolean;
}

/** A span of opening time on one day. */
export interface TimeSpan {
  from: string;
  to: string;
}

/** Everything a hall admin may change (`admin.settings.update` takes any part of it). */
export interface AdminSettings {
  // 大厅信息
  hallName: string;
  hallCode: string;
  hallAddress: string;
  hallPhone: string;
  /** 政务公开: notices shown on the home screen, newest first. */
  announcements: string[];
  // 服务时间
  /** Monday … Sunday. */
  openingHours: TimeSpan[][];
  extendedHours: TimeSpan[][];
  holidays: string[];
  // 服务事项
  /** Catalog items the kiosk does not show. */
  hiddenItems: string[];
  /** Items shown as 常办事项 on the home screen, in this order. */
  featuredItems: string[];
  // 设备
  simulatedDevices: boolean;
  readerPort: string;
  readerBaud: number;
  printerPort: string;
  printerBaud: number;
  a4Queue: string;
  // 系统
  idleTimeoutSec: number;
  countdownSec: number;
  largeTextDefault: boolean;
  speechVolume: number;
}

/** The admin home: what needs attention now. */
export interface AdminOverview {
  version: string;
  hallName: string;
  hallCode: string;
  catalogVersion: string;
  sync: SyncStatus;
  devices: DevicesStatus;
  /** Open 呼叫工作人员 calls, oldest first. */
  helpCalls: HelpCall[];
  /** Receipts waiting for a reprint. */
  reprints: number;
  /** Whether the hall is open now by its settings, and the next opening (e.g. "明天 08:30"). */
  openNow: boolean;
  nextOpening: string | null;
  /** The data folder's file system (null when it cannot be read). */
  disk: DiskState | null;
  /** The local clock against the district server's. */
  clock: ClockState;
}

/** The kiosk's clock: the OS time, the server's, and which one the kiosk goes by. */
export interface ClockState {
  /** The OS clock now. */
  localTime: string;
  /** The time the kiosk uses now (the OS clock, or corrected by the server's). */
  kioskTime: string;
  /** Server minus local, as last measured (0 before any answer). */
  offsetMs: number;
  /** The local clock is off by more than 5 minutes: the kiosk goes by the server's time. */
  corrected: boolean;
  /** The server's time in its last answer, and when (local) it was measured; null before any. */
  serverTimeSeen: string | null;
  measuredAt: string | null;
}

/** How full the data folder's disk is; `low`: below the reserve, new submissions are refused. */
export interface DiskState {
  freeBytes: number;
  totalBytes: number;
  usedPct: number;
  low: boolean;
}

/** One serial port a device may be plugged into. */
export interface SerialPortChoice {
  path: string;
  /** e.g. "FTDI 0403:6001". */
  description: string;
}

/** An outbox row as admin sees it: never the payload. */
export interface OutboxEntry {
  id: number;
  localNumber: string;
  /** 申报, 评价, 投诉建议, 呼叫, 预约. */
  kind: string;
  createdAt: string;
  state: 'pending' | 'sent' | 'dead';
  attempts: number;
  /** For a dead letter: the server's reason. */
  lastError: string | null;
  /** Masked summary, e.g. "最低生活保障审核确认 · 韩*英". */
  summary: string;
}

export interface AdminSyncView {
  status: SyncStatus;
  serverUrl: string | null;
  deviceId: string | null;
  /** Dead letters an admin discarded (kept for the record, counted apart from `status.outbox.dead`). */
  discarded: number;
  /** Dead letters first, then the oldest pending rows (at most 50 of each). */
  entries: OutboxEntry[];
}

/** A receipt waiting for a reprint: its masked lines as the paper shows them. */
export interface ReprintEntry {
  id: number;
  number: string;
  createdAt: string;
  reason: string;
  preview: string[];
}

/** Per day (China date), from the kiosk's own records. */
export interface DayUsage {
  date: string;
  sessions: number;
  guideViews: number;
  guidePrints: number;
  declarations: number;
  appointments: number;
  ratings: number;
  complaints: number;
  helpCalls: number;
}

export interface AdminStats {
  days: DayUsage[];
  /** Ratings per level (1 非常不满意 … 5 非常满意) over the same days. */
  ratings: Record<1 | 2 | 3 | 4 | 5, number>;
  /** Queries that found nothing over the same days, most frequent first (never personal data). */
  searchMisses: SearchMiss[];
}

/** One admin action, for the audit log (no personal data, no PIN). */
export interface AuditEntry {
  at: string;
  action: string;
  detail: string;
}

/** First run of a kiosk that is neither provisioned nor a demo: the wizard's progress. */
export interface SetupState {
  /** The wizard must run (not provisioned, not in demo mode). */
  needed: boolean;
  provisioned: boolean;
  hall: { code: string; name: string; address: string; phone: string } | null;
  pinSet: boolean;
}
