/**
 * 好差评 in the console: ratings by month and by item over a period (counts per level and the share of
 * satisfied raters), and every 差评 with its clocks — 回访 due on the follow-up's date, 整改 due 15 working
 * days after the rating (weekends and the hall's holidays skipped) — and what staff recorded against it.
 * 差评 pile up for years: they are listed a page at a time (RATINGS_PAGE_SIZE, overdue ones first), counted
 * in SQL, and no statement binds more values than a page's, so the page works whatever their number.
 */
import { FOLLOW_UP_WORKING_DAYS, POOR_RATING_MAX } from '../../src-protocol/feedback.js';
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

/** A rating as the counts by month and by item need it. */
interface CountedRow {
  level: number | string;
  received_at: string;
  item_name: string | null;
}

interface RatingRow extends CountedRow {
  case_number: string;
  target_case: string | null;
  hall_code: string;
  hall_name: string;
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

function group(key: string, rows: readonly CountedRow[]): RatingGroup {
  const counts: LevelCounts = [0, 0, 0, 0, 0];
  for (const r of rows) counts[Number(r.level) - 1]! += 1;
  const total = rows.length;
  return { key, counts, total, satisfied: total ? (counts[3] + counts[4]) / total : null };
}

function groupBy(rows: readonly CountedRow[], keyOf: (r: CountedRow) => string): RatingGroup[] {
  const map = new Map<string, CountedRow[]>();
  for (const r of rows) {
    const key = keyOf(r);
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  return [...map.entries()].map(([key, list]) => group(key, list));
}

const itemOf = (r: CountedRow): string => r.item_name ?? '现场服务';

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

/** 差评 on one page of the console's list. */
export const RATINGS_PAGE_SIZE = 50;
/** Rating numbers per `IN (…)` query of their actions: far below either store's limit of bound values. */
const ACTIONS_CHUNK = 500;
/** Days of hall holidays loaded around today: the clocks of recent 差评 and of the weeks ahead. */
const HOLIDAY_SPAN_DAYS = 400;

/**
 * Each hall's holidays, loaded once per hall from the earliest date asked for to HOLIDAY_SPAN_DAYS after
 * today (again from further back when an older 差评 asks).
 */
class HolidayBook {
  private readonly loaded = new Map<string, { since: string; days: Set<string> }>();

  constructor(
    private readonly store: DistrictStore,
    private readonly today: string,
  ) {}

  /** The hall's holidays from `since` (at the latest HOLIDAY_SPAN_DAYS before today) on. */
  async load(hall: string, since: string): Promise<ReadonlySet<string>> {
    const have = this.loaded.get(hall);
    if (have && have.since <= since) return have.days;
    const from = [since, addDays(this.today, -HOLIDAY_SPAN_DAYS)].sort()[0] ?? since;
    const days = new Set(await this.store.holidays(hall, from, addDays(this.today, HOLIDAY_SPAN_DAYS)));
    this.loaded.set(hall, { since: from, days });
    return days;
  }

  /** The holidays of a hall loaded before (none when it was not). */
  get(hall: string): ReadonlySet<string> {
    return this.loaded.get(hall)?.days ?? new Set();
  }
}

/** A part of an SQL text with the values its `?` placeholders bind, in order. */
interface Fragment {
  sql: string;
  params: SqlValue[];
}

/** The last date whose deadline `workingDays` later has passed by `today` (deadlines only grow with the date). */
export function lastOverdueDate(today: string, workingDays: number, holidays: ReadonlySet<string>): string {
  let date = addDays(today, -1);
  while (addWorkingDays(date, workingDays, holidays) >= today) date = addDays(date, -1);
  return date;
}

/** Whether a 差评 has a 整改 (x: its actions, joined in POOR_FROM). */
const RECTIFIED = 'COALESCE(x.rectified, 0) = 1';
/** Whether a 差评 was called back: the follow-up done (as the CLI records it) or a 回访 recorded. */
const CALLED_BACK = '(f.done_at IS NOT NULL OR COALESCE(x.called, 0) = 1)';
/** Ratings with their submission, device, follow-up and what was recorded against them. */
const POOR_FROM = `FROM ratings r
         JOIN submissions s ON s.case_number = r.case_number
         JOIN devices d ON d.id = s.device_id
         LEFT JOIN followups f ON f.case_number = r.case_number
         LEFT JOIN (SELECT case_number, MAX(CASE WHEN kind = '整改' THEN 1 ELSE 0 END) AS rectified,
                           MAX(CASE WHEN kind = '回访' THEN 1 ELSE 0 END) AS called
                      FROM followup_actions GROUP BY case_number) x ON x.case_number = r.case_number`;

export class RatingsService {
  constructor(
    private readonly sql: StoreSql,
    private readonly store: DistrictStore,
    private readonly now: () => Date,
  ) {}

  /** The ratings received in the period, for the counts by month and by item. */
  private async received(hall: string | null, from: string, to: string): Promise<CountedRow[]> {
    const params: SqlValue[] = [chinaMidnight(from), chinaMidnight(addDays(to, 1))];
    if (hall !== null) params.push(hall);
    return this.sql.all<CountedRow>(
      `SELECT r.level, s.received_at, t.item_name
         FROM ratings r
         JOIN submissions s ON s.case_number = r.case_number
         JOIN devices d ON d.id = s.device_id
         LEFT JOIN submissions t ON t.case_number = r.target_case
        WHERE s.received_at >= ? AND s.received_at < ? ${hall !== null ? 'AND d.hall_code = ?' : ''}`,
      params,
    );
  }

  /**
   * The 差评 the list shows: every open one received up to the end of the period, and the rectified ones
   * received in it.
   */
  private listed(hall: string | null, from: string, to: string): Fragment {
    const params: SqlValue[] = [POOR_RATING_MAX, chinaMidnight(addDays(to, 1)), chinaMidnight(from)];
    if (hall !== null) params.push(hall);
    return {
      sql: `r.level <= ? AND s.received_at < ? AND (s.received_at >= ? OR NOT ${RECTIFIED})
            ${hall !== null ? 'AND d.hall_code = ?' : ''}`,
      params,
    };
  }

  /**
   * 1 for an overdue 差评, 0 otherwise, as SQL: open, and its 整改 due date passed, or its 回访 due date passed
   * without a 回访. Due dates count working days in each hall's calendar; since they only grow with the
   * rating's date, "passed" is "received on or before a hall's last overdue date".
   */
  private async overdue(
    hall: string | null,
    listed: Fragment,
    today: string,
    holidays: HolidayBook,
  ): Promise<Fragment> {
    const halls =
      hall !== null
        ? [hall]
        : (
            await this.sql.all<{ hall_code: string }>(
              `SELECT DISTINCT d.hall_code ${POOR_FROM} WHERE ${listed.sql}`,
              listed.params,
            )
          ).map((r) => r.hall_code);
    const before = (workingDays: number): Fragment => {
      const cutoff = (days: ReadonlySet<string>): string =>
        chinaMidnight(addDays(lastOverdueDate(today, workingDays, days), 1));
      const plain = cutoff(new Set());
      const cases: SqlValue[] = [];
      for (const code of halls) {
        const own = cutoff(holidays.get(code));
        if (own !== plain) cases.push(code, own);
      }
      return cases.length === 0
        ? { sql: 's.received_at < ?', params: [plain] }
        : {
            sql: `s.received_at < CASE d.hall_code ${'WHEN ? THEN ? '.repeat(cases.length / 2)}ELSE ? END`,
            params: [...cases, plain],
          };
    };
    for (const code of halls) await holidays.load(code, today);
    const rectify = before(RECTIFY_WORKING_DAYS);
    const callback = before(FOLLOW_UP_WORKING_DAYS);
    return {
      sql: `CASE WHEN NOT ${RECTIFIED} AND (${rectify.sql} OR (NOT ${CALLED_BACK} AND
              (f.due_date < ? OR (f.due_date IS NULL AND ${callback.sql})))) THEN 1 ELSE 0 END`,
      params: [...rectify.params, today, ...callback.params],
    };
  }

  async report(hall: string | null, from: string, to: string, page = 1): Promise<RatingsAnswer> {
    const inRange = await this.received(hall, from, to);
    const today = chinaDate(this.now());
    const holidays = new HolidayBook(this.store, today);
    const listed = this.listed(hall, from, to);
    const overdue = await this.overdue(hall, listed, today, holidays);
    const counts = await this.sql.get<{
      listed: number | string;
      open: number | string | null;
      overdue: number | string | null;
    }>(
      `SELECT COUNT(*) AS listed, SUM(CASE WHEN ${RECTIFIED} THEN 0 ELSE 1 END) AS open,
              SUM(${overdue.sql}) AS overdue
         ${POOR_FROM} WHERE ${listed.sql}`,
      [...overdue.params, ...listed.params],
    );
    // Overdue ones first, then the other open ones, oldest first (their deadlines come first), rectified last.
    const pageRows = await this.sql.all<RatingRow>(
      `SELECT r.case_number, r.target_case, r.level, s.received_at, d.hall_code, h.name AS hall_name,
              t.item_name, s.payload, f.due_date AS callback_due, f.done_at AS callback_done,
              ${overdue.sql} AS overdue_rank, CASE WHEN ${RECTIFIED} THEN 1 ELSE 0 END AS rectified_rank
         ${POOR_FROM}
         JOIN halls h ON h.code = d.hall_code
         LEFT JOIN submissions t ON t.case_number = r.target_case
        WHERE ${listed.sql}
        ORDER BY overdue_rank DESC, rectified_rank, s.received_at, r.case_number
        LIMIT ? OFFSET ?`,
      [...overdue.params, ...listed.params, RATINGS_PAGE_SIZE, (page - 1) * RATINGS_PAGE_SIZE],
    );
    const actions = await this.actionsOf(pageRows.map((r) => r.case_number));
    const poor: PoorRating[] = [];
    for (const r of pageRows) {
      const mine = actions.get(r.case_number) ?? [];
      const rectified = mine.find((a) => a.kind === '整改')?.at ?? null;
      const received = chinaDate(new Date(r.received_at));
      const days = await holidays.load(r.hall_code, received);
      const rectifyDue = addWorkingDays(received, RECTIFY_WORKING_DAYS, days);
      const callbackDue = r.callback_due ?? addWorkingDays(received, FOLLOW_UP_WORKING_DAYS, days);
      const callbackDone = r.callback_done ?? mine.find((a) => a.kind === '回访')?.at ?? null;
      const left = rectified ? null : workingDaysBetween(today, rectifyDue, days);
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
    return {
      from,
      to,
      total: inRange.length,
      byMonth: groupBy(inRange, (r) => chinaDate(new Date(r.received_at)).slice(0, 7)),
      byItem: groupBy(inRange, itemOf).sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)),
      poor,
      poorTotal: Number(counts?.listed ?? 0),
      poorOpen: Number(counts?.open ?? 0),
      poorOverdue: Number(counts?.overdue ?? 0),
      page,
      pageSize: RATINGS_PAGE_SIZE,
    };
  }

  /** The 回访 and 整改 recorded against each of `numbers`, oldest first; asked for in chunks. */
  private async actionsOf(numbers: readonly string[]): Promise<Map<string, FollowUpAction[]>> {
    const out = new Map<string, FollowUpAction[]>();
    for (let i = 0; i < numbers.length; i += ACTIONS_CHUNK) {
      const chunk = numbers.slice(i, i + ACTIONS_CHUNK);
      const rows = await this.sql.all<{
        case_number: string;
        kind: '回访' | '整改';
        note: string;
        at: string;
        user_name: string;
      }>(
        `SELECT case_number, kind, note, at, user_name FROM followup_actions
          WHERE case_number IN (${chunk.map(() => '?').join(', ')}) ORDER BY seq`,
        chunk,
      );
      for (const r of rows)
        out.set(r.case_number, [
          ...(out.get(r.case_number) ?? []),
          { kind: r.kind, note: r.note, at: r.at, user: r.user_name },
        ]);
    }
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
