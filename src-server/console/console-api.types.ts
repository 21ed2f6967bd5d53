/** What the console's API answers: shared by the server's routes and the console's web app (types only). */
import type { AuditEntry } from './audit.js';
import type { CaseDetail, CaseListRow } from './cases.service.js';
import type { ConsoleHelpCall } from './help-calls.service.js';
import type { StaffUser } from './staff.service.js';

export type { AuditEntry, CaseDetail, CaseListRow, ConsoleHelpCall, StaffUser };

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
