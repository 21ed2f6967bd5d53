/**
 * What the console's API answers: shared by the server's routes and services and the console's web app.
 * Types only, with no imports, so the browser build can use them.
 */

export type StaffRole = 'district' | 'hall';

export interface StaffUser {
  name: string;
  role: StaffRole;
  /** The hall of a hall user; null for a district user. */
  hallCode: string | null;
}

export type ConsoleCaseStatus = '已提交' | '已受理' | '不予受理' | '办理中' | '已办结';

export type HelpCallState = 'open' | 'accepted' | 'closed';

export interface ConsoleHelpCall {
  callId: string;
  deviceId: string;
  hallCode: string;
  hallName: string;
  screen: string;
  calledAt: string;
  state: HelpCallState;
  acceptedAt: string | null;
  acceptedBy: string | null;
  /** The citizen cancelled, or the kiosk's admin marked it answered. */
  closedAt: string | null;
}

export interface CaseListRow {
  caseNumber: string;
  itemName: string | null;
  hallCode: string;
  hallName: string;
  receivedAt: string;
  status: ConsoleCaseStatus;
}

export interface CaseDetail extends CaseListRow {
  deviceId: string;
  applicant: { name: string; idNumber: string } | null;
  /** The form's values as the citizen entered them. */
  values: Record<string, unknown>;
  /** The same values named by the labels of the catalog item's form, in the form's order. */
  fields?: { key: string; label: string; value: string }[];
  history: { status: ConsoleCaseStatus; at: string; note: string | null }[];
  /**
   * The kiosk's two clocks when the citizen handed the declaration in (UTC ISO times): `kioskLocal` the
   * kiosk PC's own clock, `kioskTime` the time the kiosk went by. Only when they, or the kiosk's time
   * and `receivedAt`, differ by more than 5 minutes; null otherwise and for kiosks that sent no stamp.
   */
  clocks: { kioskLocal: string; kioskTime: string } | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  user: string;
  hallCode: string | null;
  action: string;
  target: string;
  detail: string | null;
}

export interface SessionAnswer {
  user: StaffUser;
  /** Sent back in X-CSRF-Token with every change. */
  csrf: string;
}

export interface HallOption {
  code: string;
  name: string;
}

export interface HelpCallsAnswer {
  calls: ConsoleHelpCall[];
}

export interface CasesAnswer {
  total: number;
  rows: CaseListRow[];
  itemNames: string[];
  pageSize: number;
}

export interface ConsoleErrorAnswer {
  error: { code: string; message: string; field?: string };
}

export interface ConsoleDevice {
  deviceId: string;
  hallCode: string;
  hallName: string;
  hostname: string | null;
  revoked: boolean;
  /** A heartbeat within the last 3 minutes. */
  online: boolean;
  heartbeatAt: string | null;
  appVersion: string | null;
  catalogVersion: number | null;
  outboxDepth: number | null;
  /** What needs someone's attention (离线, 打印机缺纸…); empty when all is well. */
  problems: string[];
}

export interface DevicesAnswer {
  total: number;
  /** Devices needing attention in scope, whatever the filter. */
  attention: number;
  rows: ConsoleDevice[];
  pageSize: number;
}

export interface EnrollmentCodeAnswer {
  code: string;
  expiresAt: string;
  hallCode: string;
  /** The code as a QR code (SVG), for the setup wizard's camera. */
  qrSvg: string;
}

/** A case's material pages as the console lists them (the images are fetched one by one, audited). */
export interface CasePagesAnswer {
  caseNumber: string;
  announced: number;
  arrived: number;
  missing: number;
  pages: { pageNo: number; materialName: string; size: number; arrived: boolean }[];
}
