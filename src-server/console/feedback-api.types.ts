/**
 * What the console's 好差评, 投诉建议, 预约 and 事项目录 APIs answer: shared by the server's routes and the
 * console's web app. Types only, with no imports, so the browser build can use them.
 */

/** Counts of ratings by level: index 0 is 1★ (非常不满意) … index 4 is 5★ (非常满意). */
export type LevelCounts = [number, number, number, number, number];

export interface RatingGroup {
  /** A month "2026-11" or an item name. */
  key: string;
  counts: LevelCounts;
  total: number;
  /** Share of 满意 and 非常满意, 0–1; null without ratings. */
  satisfied: number | null;
}

export interface FollowUpAction {
  kind: '回访' | '整改';
  note: string;
  at: string;
  user: string;
}

export interface PoorRating {
  /** The rating's own number. */
  ratingNumber: string;
  hallCode: string;
  hallName: string;
  /** The rated case, or null for a rating of the hall visit. */
  targetCase: string | null;
  itemName: string | null;
  level: number;
  reasons: string[];
  comment: string | null;
  receivedAt: string;
  /** 回访 due (working days after the rating). */
  callbackDue: string;
  callbackDone: string | null;
  /** 整改 due: 15 working days after the rating, holidays from the hall's calendar. */
  rectifyDue: string;
  rectifyDone: string | null;
  /** Working days left to the rectification deadline (negative: overdue); null once rectified. */
  workingDaysLeft: number | null;
  overdue: boolean;
  actions: FollowUpAction[];
}

export interface RatingsAnswer {
  from: string;
  to: string;
  total: number;
  byMonth: RatingGroup[];
  byItem: RatingGroup[];
  /**
   * One page of the 差评 to follow up (every open one received up to `to`, and the rectified ones received
   * in the period): overdue ones first, then the other open ones, oldest first; rectified ones last.
   */
  poor: PoorRating[];
  /** 差评 on all pages of the list. */
  poorTotal: number;
  /** Of those, the ones not rectified yet. */
  poorOpen: number;
  /** Of those, the overdue ones. */
  poorOverdue: number;
  /** The page of `poor`, 1 first. */
  page: number;
  /** 差评 a page. */
  pageSize: number;
}

export type ComplaintStatus = '待处理' | '处理中' | '已答复' | '已办结';

export interface ConsoleComplaint {
  /** The district's number of the complaint. */
  number: string;
  /** The number on the citizen's slip (the kiosk's own), when the kiosk sent it. */
  trackingNumber: string | null;
  hallCode: string;
  hallName: string;
  receivedAt: string;
  category: string;
  text: string;
  anonymous: boolean;
  /** Masked (138****5678); null when none was left. */
  maskedPhone: string | null;
  status: ComplaintStatus;
  reply: string | null;
  repliedAt: string | null;
  repliedBy: string | null;
}

export interface ComplaintsAnswer {
  rows: ConsoleComplaint[];
}

export interface BookingSlot {
  time: string;
  capacity: number;
  booked: number;
}

export interface BookingRow {
  number: string;
  time: string;
  itemId: string;
  /** 张* — the full name is never listed. */
  maskedName: string;
  maskedPhone: string;
  cancelled: boolean;
}

export interface BookingsAnswer {
  hallCode: string;
  date: string;
  holiday: boolean;
  slots: BookingSlot[];
  bookings: BookingRow[];
  /** The hall's weekly schedule: weekday (1 = Monday … 7 = Sunday), time, capacity. */
  schedule: { weekday: number; time: string; capacity: number }[];
  /** The hall's holidays from `date` on (the next 180 days). */
  holidays: string[];
}

export interface CatalogFieldChange {
  field: string;
  before: string;
  after: string;
}

export interface CatalogDiff {
  version: string;
  currentVersion: string | null;
  added: { id: string; name: string }[];
  changed: { id: string; name: string; fields: CatalogFieldChange[] }[];
  removed: { id: string; name: string }[];
}

export interface CatalogProblemRow {
  field: string;
  itemName?: string;
  message: string;
}

export type CatalogPreviewAnswer =
  { ok: true; diff: CatalogDiff } | { ok: false; problems: CatalogProblemRow[] };

export interface CatalogPublishAnswer {
  version: number;
  displayVersion: string;
  added: number;
  changed: number;
  removed: number;
}

export interface NoticeRow {
  id: number;
  caseNumber: string;
  /** The hall of the kiosk that took the declaration. */
  hallCode: string;
  status: string;
  createdAt: string;
  attempts: number;
  state: 'pending' | 'sent' | 'dead';
  lastError: string | null;
}

export interface NoticesAnswer {
  rows: NoticeRow[];
  /** The SMS template notices go out with; null when the server has no notifier (notices stay queued). */
  templateId: string | null;
}
