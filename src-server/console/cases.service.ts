/**
 * 办件: declarations by hall, item, status and date (no personal data in the list), one declaration in
 * full (its applicant and form values — the caller audits the view), and status changes through the same
 * store method as `case set`, so the kiosk's 进度查询 shows them after its next case pull; each change
 * queues a progress notice to the applicant's phone.
 */
import { CASE_STATUSES, type CaseStatus } from '../../src-protocol/index.js';
import { clocksWorthShowing } from '../core/submission-clocks.rules.js';
import type { DistrictStore } from '../store/district.store.js';
import type { CaseDetail, CaseListRow } from './console-api.types.js';
import type { StoreSql, SqlValue } from '../store/store-sql.js';
import { formOf, labelFields } from './form-labels.js';
import { queueNotice } from '../notices/notices.service.js';

/** The statuses staff may set (已提交 is the kiosk's own). */
export const STAFF_STATUSES = CASE_STATUSES.filter((s) => s !== '已提交');
export type StaffStatus = Exclude<CaseStatus, '已提交'>;

export interface CaseFilter {
  hall: string | null;
  status?: CaseStatus;
  itemName?: string;
  /** China dates, inclusive. */
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

/** The detail's clocks: both of the kiosk's, when worth showing staff. */
function shownClocks(local: string | null, time: string | null, receivedAt: string): CaseDetail['clocks'] {
  const shown = clocksWorthShowing(local, time, receivedAt);
  return shown ? { kioskLocal: shown.kioskLocalAt, kioskTime: shown.kioskTimeAt } : null;
}

/** China midnight of a date as an instant. */
const chinaMidnight = (date: string): string => new Date(`${date}T00:00:00+08:00`).toISOString();
const nextDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export class CasesService {
  constructor(
    private readonly sql: StoreSql,
    private readonly store: DistrictStore,
    private readonly now: () => Date,
  ) {}

  async list(filter: CaseFilter): Promise<{ total: number; rows: CaseListRow[]; itemNames: string[] }> {
    const where = ["s.kind = 'declaration'"];
    const params: SqlValue[] = [];
    if (filter.hall !== null) {
      where.push('d.hall_code = ?');
      params.push(filter.hall);
    }
    if (filter.status) {
      where.push('s.status = ?');
      params.push(filter.status);
    }
    if (filter.itemName) {
      where.push('s.item_name = ?');
      params.push(filter.itemName);
    }
    if (filter.from) {
      where.push('s.received_at >= ?');
      params.push(chinaMidnight(filter.from));
    }
    if (filter.to) {
      where.push('s.received_at < ?');
      params.push(chinaMidnight(nextDay(filter.to)));
    }
    const from = `FROM submissions s JOIN devices d ON d.id = s.device_id JOIN halls h ON h.code = d.hall_code
                  WHERE ${where.join(' AND ')}`;
    const [count, rows, items] = await Promise.all([
      this.sql.get<{ n: number | string }>(`SELECT count(*) AS n ${from}`, params),
      this.sql.all<{
        case_number: string;
        item_name: string | null;
        hall_code: string;
        hall_name: string;
        received_at: string;
        status: CaseStatus;
      }>(
        `SELECT s.case_number, s.item_name, d.hall_code, h.name AS hall_name, s.received_at, s.status ${from}
          ORDER BY s.received_at DESC, s.case_number DESC LIMIT ? OFFSET ?`,
        [...params, filter.limit, filter.offset],
      ),
      this.sql.all<{ item_name: string }>(
        `SELECT DISTINCT s.item_name FROM submissions s JOIN devices d ON d.id = s.device_id
          WHERE s.kind = 'declaration' AND s.item_name IS NOT NULL ${filter.hall !== null ? 'AND d.hall_code = ?' : ''}
          ORDER BY s.item_name`,
        filter.hall !== null ? [filter.hall] : [],
      ),
    ]);
    return {
      total: Number(count?.n ?? 0),
      rows: rows.map((r) => ({
        caseNumber: r.case_number,
        itemName: r.item_name,
        hallCode: r.hall_code,
        hallName: r.hall_name,
        receivedAt: r.received_at,
        status: r.status,
      })),
      itemNames: items.map((i) => i.item_name),
    };
  }

  /** One declaration in scope, in full; null when there is none. */
  async get(hall: string | null, caseNumber: string): Promise<CaseDetail | null> {
    const row = await this.sql.get<{
      case_number: string;
      item_name: string | null;
      hall_code: string;
      hall_name: string;
      received_at: string;
      status: CaseStatus;
      device_id: string;
      payload: string;
      kiosk_local_at: string | null;
      kiosk_time_at: string | null;
    }>(
      `SELECT s.case_number, s.item_name, d.hall_code, h.name AS hall_name, s.received_at, s.status,
              s.device_id, s.payload, s.kiosk_local_at, s.kiosk_time_at
         FROM submissions s JOIN devices d ON d.id = s.device_id JOIN halls h ON h.code = d.hall_code
        WHERE s.case_number = ? AND s.kind = 'declaration' ${hall !== null ? 'AND d.hall_code = ?' : ''}`,
      hall !== null ? [caseNumber, hall] : [caseNumber],
    );
    if (!row) return null;
    const history = await this.sql.all<{ status: CaseStatus; at: string; note: string | null }>(
      'SELECT status, at, note FROM case_events WHERE case_number = ? ORDER BY seq',
      [caseNumber],
    );
    let payload: { applicant?: { name?: unknown; idNumber?: unknown }; values?: unknown; itemId?: unknown } =
      {};
    try {
      payload = JSON.parse(row.payload) as typeof payload;
    } catch {
      // A payload the server could not parse back is shown without its fields.
    }
    const a = payload.applicant;
    const values =
      payload.values && typeof payload.values === 'object' && !Array.isArray(payload.values)
        ? (payload.values as Record<string, unknown>)
        : {};
    const form = await formOf(
      this.sql,
      this.store,
      typeof payload.itemId === 'string' ? payload.itemId : null,
      row.item_name,
    );
    return {
      caseNumber: row.case_number,
      itemName: row.item_name,
      hallCode: row.hall_code,
      hallName: row.hall_name,
      receivedAt: row.received_at,
      status: row.status,
      deviceId: row.device_id,
      applicant:
        a && typeof a.name === 'string' && typeof a.idNumber === 'string'
          ? { name: a.name, idNumber: a.idNumber }
          : null,
      values,
      fields: labelFields(form, values),
      history,
      clocks: shownClocks(row.kiosk_local_at, row.kiosk_time_at, row.received_at),
    };
  }

  /** Sets a status through the store's shared path; false when the case is not in scope. */
  async setStatus(
    hall: string | null,
    caseNumber: string,
    status: StaffStatus,
    note: string | undefined,
  ): Promise<boolean> {
    const inScope = await this.sql.get<{ one: number }>(
      `SELECT 1 AS one FROM submissions s JOIN devices d ON d.id = s.device_id
        WHERE s.case_number = ? AND s.kind = 'declaration' ${hall !== null ? 'AND d.hall_code = ?' : ''}`,
      hall !== null ? [caseNumber, hall] : [caseNumber],
    );
    if (!inScope) return false;
    const done = await this.store.setCaseStatus({
      caseNumber,
      status,
      at: this.now().toISOString(),
      ...(note ? { note } : {}),
    });
    if (done) await queueNotice(this.sql, caseNumber, status, this.now());
    return done;
  }
}
