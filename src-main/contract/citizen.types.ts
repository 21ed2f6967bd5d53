/**
 * Output types of the citizen services beyond declarations: 进度查询, 预约办理, 好差评, 投诉建议 and
 * 呼叫工作人员. Pure: imported by the renderer as types.
 */
import type { KioskLink } from './kiosk-promises.js';
import type { RatingLevel } from './feedback.js';

/** Printed, or not (the reason in Chinese); the citizen's data is safe either way. */
export type ReceiptOutcome = { printed: true } | { printed: false; message: string };

/** One step of a case's timeline. */
export interface ProgressEvent {
  status: string;
  /** ISO time. */
  at: string;
  note?: string;
}

/** One case as the 进度查询 screen shows it: masked, no personal data. */
export interface ProgressCase {
  /** The number the citizen holds: the kiosk's 申报编号, or the district's 受理编号 for other channels. */
  number: string;
  /** The district's 受理编号 once the server has it. */
  caseNumber: string | null;
  itemName: string;
  submittedAt: string;
  /** 待上传 (still in this kiosk's outbox), 已提交, 已受理, 不予受理, 办理中, 已办结. */
  status: string;
  /** Oldest first. */
  timeline: ProgressEvent[];
  /** What the citizen must do next, in Chinese. */
  nextStep: string;
  /** ISO time the status was last confirmed with the district server; null if never. */
  updatedAt: string | null;
  /** True when the status comes straight from the server in this query. */
  live: boolean;
  /** Whether the citizen may still rate this case (好差评, one per case). */
  rateable: boolean;
}

export interface ProgressResult {
  cases: ProgressCase[];
  /** The district server answered this query. */
  online: boolean;
  /** What the kiosk is: a demo (never connected), offline or online (kiosk-promises.ts). */
  link: KioskLink;
  /** Masked name of the card holder, for a lookup by card. */
  maskedName?: string;
}

/** One bookable time of a date. */
export interface AppointmentSlot {
  /** "HH:MM". */
  time: string;
  capacity: number;
  remaining: number;
}

export interface AppointmentDay {
  /** YYYY-MM-DD (China time). */
  date: string;
  /** e.g. "周三". */
  weekday: string;
  slots: AppointmentSlot[];
}

export interface AppointmentSlots {
  itemId: string;
  itemName: string;
  /** The next working days of the hall (opening hours and holidays from its settings). */
  days: AppointmentDay[];
}

export interface AppointmentResult {
  appointmentNumber: string;
  itemName: string;
  slotDate: string;
  slotTime: string;
  hallName: string;
  hallAddress: string;
  maskedName: string;
  maskedIdNumber: string;
  /** ASCII URL in the slip's QR code. */
  qrUrl: string;
  receipt: ReceiptOutcome;
}

/** What a rating is about. `number` is a 申报编号 / 受理编号, or an appointment number. */
export type RatingTarget =
  | { kind: 'case'; number: string }
  | { kind: 'appointment'; number: string }
  | { kind: 'visit'; itemId?: string };

export interface RatingResult {
  /** The rating's own number (the kiosk's), for the record. */
  trackingNumber: string;
  level: RatingLevel;
  /** 差评: the hall will call back (回访) within five working days when a phone number is known. */
  followUp: boolean;
  online: boolean;
}

export interface ComplaintResult {
  trackingNumber: string;
  submittedAt: string;
  /** Working days within which the hall replies (when a phone was left). */
  replyDays: number;
  online: boolean;
  receipt: ReceiptOutcome;
}

export type HelpState = 'open' | 'cancelled' | 'answered';

/** A help call (呼叫工作人员): where and when, never who. */
export interface HelpCall {
  callId: string;
  screen: string;
  calledAt: string;
  state: HelpState;
  /** When the hall's staff took the call in the district console (接单): someone is on the way. */
  acceptedAt?: string;
}
