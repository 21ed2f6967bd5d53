/** Output types of the contract methods. Pure: imported by the renderer as types. */
import type { ServiceItem } from './catalog.schema.js';

export interface AppInfo {
  version: string;
  hallName: string;
  hallCode: string;
  hallPhone: string;
  /** True on the embedded demo catalog and simulated devices. */
  demo: boolean;
  catalogVersion: string;
  idleTimeoutSec: number;
  countdownSec: number;
  /** Base URL of the online guide, for the QR code on the guide page. */
  onlineGuideBaseUrl: string;
  largeTextDefault: boolean;
  /** 政务公开: the hall's notices for the home screen, newest first. */
  announcements: string[];
  /** 常办事项 on the home screen, in the admin's order (hidden or unknown items left out). */
  featured: Array<{ id: string; name: string }>;
  /** The windows' hours today and, outside them, when they open next (the kiosk itself stays usable). */
  hours: HallHours;
  /** A hall kiosk on its first run: the setup wizard must run before citizens use it. */
  setupNeeded: boolean;
}

export interface HallHours {
  /** e.g. "08:30-12:00、13:30-17:30"; null when the windows are closed all day. */
  today: string | null;
  openNow: boolean;
  /** e.g. "明天 08:30"; null while open. */
  nextOpening: string | null;
  /** Outside hours: "窗口已下班，明天 08:30 开始办理；查询、打印指南仍可使用". Null while open. */
  closedNotice: string | null;
}

export type CategoryKind = 'target' | 'theme' | 'department';

export interface Category {
  /** e.g. "theme:社会救助" */
  id: string;
  kind: CategoryKind;
  name: string;
  count: number;
}

export interface CategoryGroup {
  kind: CategoryKind;
  title: string;
  categories: Category[];
}

export interface ItemSummary {
  id: string;
  code: string;
  name: string;
  itemType: ServiceItem['itemType'];
  handlingType: ServiceItem['handlingType'];
  promisedTimeLimit: string;
  department: string;
  visits: ServiceItem['visits'];
  declarable: boolean;
}

export interface ItemList {
  category: Category;
  items: ItemSummary[];
}

export type SessionEndReason = 'exit' | 'idle' | 'closed' | 'done';

export interface SessionState {
  sessionId: string;
  /** Epoch ms at which the countdown starts if nothing else happens. */
  idleDeadline: number;
}

// ---- sync: the district-server link, for the online/offline indicator ----

/** The kiosk's link with the district server (`sync.status`, `sync.now`, event `sync.state`). */
export interface SyncStatus {
  /** Enrolled with a district server (`kiosk provision`); false: demo catalog, nothing leaves the kiosk. */
  provisioned: boolean;
  /** The last exchange with the server succeeded. */
  online: boolean;
  /** The server refused the device token (401): sync stopped, show 设备未授权. */
  unauthorized: boolean;
  /** ISO time of the last successful exchange with the server, null if never. */
  lastSyncAt: string | null;
  /** The server catalog version in use (0: the bundled demo catalog). */
  catalogVersion: number;
  /** Outbox rows by state: pending (waiting to be sent), sent (acknowledged), dead (refused by the server). */
  outbox: { pending: number; sent: number; dead: number };
}
// ---- end sync ----
