/**
 * 好差评 in the console: ratings by month and by item over a period (counts per level and the share of
 * satisfied raters), and every 差评 with its clocks — 回访 due on the follow-up's date, 整改 due 15 working
 * days after the rating (weekends and the hall's holidays skipped) — and what staff recorded against it.
 */
import { POOR_RATING_MAX } from '../../src-protocol/feedback.js';
import { addDays, addWorkingDays, chinaDate, isoWeekday } from '../core/china-dates.js';
import type { DistrictStore } from '../store/district.store.js';
import type { StaffUser } from './console-api.types.js';
import type { StoreSql, SqlValue } from '../store/store-sql.js';
import type {
  FollowUpAction,
  LevelCounts,
  PoorRating,
  RatingGroup,
  RatingsAnswer,
} from './feedback-api.types.js';

export const RECTIFY_WORKING_DAYS = 15;

interface RatingRow {
  case_number: string;
  target_case: string | null;
  level: number | string;
  received_at: string;
  hall_code: string;
  hall_name: string;
  item_name: string | null;
  payload: string;
  callback_due: string | null;
  callback_done: string | null;
}

const chinaMidnight = (date: string): string => new Date(`${date}T00:00:00+08:00`).toISOString();

/** Working days from `from` to `to` (positive when `to` is later; weekends and holidays not counted). */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  const sign = to >= from ? 1 : -1;
  let count = 0;
  for (let d = from; d !== to; d = addDays(d, sign)) {
    const next = addDays(d, sign);
    const day = sign > 0 ? next : d;
    if (isoWeekday(day) <= 5 && !holidays.has(day)) count += sign;
  }
  return count;
}

function group(key: string, rows: readonly RatingRow[]): RatingGroup {
  const counts: LevelCounts = [0, 0, 0, 0, 0];
  for (const r of rows) counts[Number(r.level) - 1]! += 1;
  const total = rows.length;
  return { key, counts, total, satisfied: total ? (counts[3] + counts[4]) / total : null };
}

function groupBy(rows: readonly RatingRow[], keyOf: (r: RatingRow) => string): RatingGroup[] {
  const map = new Map<string, RatingRow[]>();
  for (const r of rows) {
    const key = keyOf(r);
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return [...map.entries()].map(([key, list]) => group(key, list));
}

const itemOf = (r: RatingRow): string => r.item_name ?? '现场服务';

function parsePayload(payload: string): { reasons: string[]; comment: string | null } {
  try {
    const p = JSON.parse(payload) as { reasons?: unknown; comment?: unknown };
    return {
      reasons: Array.isArray(p.reasons) ? p.reasons.map(String) : [],
      comment: typeof p.comment === 'string' && p.comment ? p.comment : null,
    };
  } catch {
    return { reasons: [], comment: null };
  }
}

export class RatingsService {
  constructor(
    private readonly sql: StoreSql,
    private readonly store: DistrictStore,
    private readonly now: () => Date,
  ) {}

  private async rows(hall: string | null, extra: string, params: SqlValue[]): Promise<RatingRow[]> {
    const where = [extra];
    if (hall !== null) {
      where.push('d.hall_code = ?');
      params.push(hall);
    }
    return this.sql.all<RatingRow>(
      `SELECT r.case_number, r.target_case, r.level, s.received_at, d.hall_code, h.name AS hall_name,
              t.item_name, s.payload, f.due_date AS callback_due, f.done_at AS callback_done
         FROM ratings r
         JOIN submissions s ON s.case_number = r.case_number
         JOIN devices d ON d.id = s.device_id
         JOIN halls h ON h.code = d.hall_code
         LEFT JOIN submissions t ON t.case_number = r.target_case
         LEFT JOIN followups f ON f.case_number = r.case_number
        WHERE ${where.join(' AND ')}
        ORDER BY s.received_at, r.case_number`,
      params,
    );
  }

  async report(hall: string | null, from: string, to: string): Promise<RatingsAnswer> {
    const inRange = await this.rows(hall, 's.received_at >= ? AND s.received_at < ?', [
      chinaMidnight(from),
      chinaMidnight(addDays(to, 1)),
    ]);
    const poorRows = await this.rows(hall, 'r.level <= ?', [POOR_RATING_MAX]);
    const actions = await this.actionsOf(poorRows.map((r) => r.case_number));
    const today = chinaDate(this.now());
    const holidaysByHall = new Map<string, Set<string>>();
    const poor: PoorRating[] = [];
    for (const r of poorRows) {
      const mine = actions.get(r.case_number) ?? [];
      const rectified = mine.find((a) => a.kind === '整改')?.at ?? null;
      const received = chinaDate(new Date(r.received_at));
      if (!rectified && received < from) {
        // An open 差评 stays on the list whatever the period.
      } else if (received < from || received > to) continue;
      let holidays = holidaysByHall.get(r.hall_code);
      if (!holidays) {
        holidays = new Set(
          await this.store.holidays(r.hall_code, addDays(received, -400), addDays(today, 400)),
        );
        holidaysByHall.set(r.hall_code, holidays);
      }
      const rectifyDue = addWorkingDays(received, RECTIFY_WORKING_DAYS, holidays);
      const callbackDue = r.callback_due ?? addWorkingDays(received, 5, holidays);
      const callbackDone = r.callback_done ?? mine.find((a) => a.kind === '回访')?.at ?? null;
      const left = rectified ? null : workingDaysBetween(today, rectifyDue, holidays);
      const { reasons, comment } = parsePayload(r.payload);
      poor.push({
        ratingNumber: r.case_number,
        hallCode: r.hall_code,
        hallName: r.hall_name,
        targetCase: r.target_case,
        itemName: r.item_name,
        level: Number(r.level),
        reasons,
        comment,
        receivedAt: r.received_at,
        callbackDue,
        callbackDone,
        rectifyDue,
        rectifyDone: rectified,
        workingDaysLeft: left,
        overdue: (!rectified && today > rectifyDue) || (!callbackDone && today > callbackDue),
        actions: mine,
      });
    }
    poor.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.rectifyDue.localeCompare(b.rectifyDue));
    return {
      from,
      to,
      total: inRange.length,
      byMonth: groupBy(inRange, (r) => chinaDate(new Date(r.received_at)).slice(0, 7)),
      byItem: groupBy(inRange, itemOf).sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)),
      poor,
    };
  }

  private async actionsOf(numbers: readonly string[]): Promise<Map<string, FollowUpAction[]>> {
    const out = new Map<string, FollowUpAction[]>();
    if (numbers.length === 0) return out;
    const rows = await this.sql.all<{
      case_number: string;
      kind: '回访' | '整改';
      note: string;
      at: string;
      user_name: string;
    }>(
      `SELECT case_number, kind, note, at, user_name FROM followup_actions
        WHERE case_number IN (${numbers.map(() => '?').join(', ')}) ORDER BY seq`,
      [...numbers],
    );
    for (const r of rows)
      out.set(r.case_number, [
        ...(out.get(r.case_number) ?? []),
        { kind: r.kind, note: r.note, at: r.at, user: r.user_name },
      ]);
    return out;
  }

  /** Records a 回访 or 整改 against a 差评 in scope; the hall of the rating, or null when out of scope. */
  async record(
    user: StaffUser,
    hall: string | null,
    ratingNumber: string,
    kind: '回访' | '整改',
    note: string,
  ): Promise<string | null> {
    const row = await this.sql.get<{ hall_code: string }>(
      `SELECT d.hall_code FROM ratings r JOIN submissions s ON s.case_number = r.case_number
         JOIN devices d ON d.id = s.device_id
        WHERE r.case_number = ? AND r.level <= ? ${hall !== null ? 'AND d.hall_code = ?' : ''}`,
      hall !== null ? [ratingNumber, POOR_RATING_MAX, hall] : [ratingNumber, POOR_RATING_MAX],
    );
    if (!row) return null;
    const at = this.now().toISOString();
    await this.sql.run(
      'INSERT INTO followup_actions (case_number, kind, note, at, user_name) VALUES (?, ?, ?, ?, ?)',
      [ratingNumber, kind, note, at, user.name],
    );
    // The CLI's `followups list` reads the same follow-up as called back.
    if (kind === '回访')
      await this.sql.run('UPDATE followups SET done_at = ? WHERE case_number = ? AND done_at IS NULL', [
        at,
        ratingNumber,
      ]);
    return row.hall_code;
  }
}
