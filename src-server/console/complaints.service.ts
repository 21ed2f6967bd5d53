/**
 * 投诉建议 in the console and at the kiosk: the list with each complaint's numbers, text and status, the
 * staff's reply and status, and what a kiosk may show a citizen who types the number from the slip —
 * the category, the status and the reply, never the complaint's text or phone.
 */
import { maskPhone } from '../../src-protocol/id-number.js';
import type { StaffUser } from './console-api.types.js';
import type { StoreSql, SqlValue } from '../store/store-sql.js';
import type { ComplaintStatus, ConsoleComplaint } from './feedback-api.types.js';

export const STAFF_COMPLAINT_STATUSES = ['处理中', '已答复', '已办结'] as const;
export type StaffComplaintStatus = (typeof STAFF_COMPLAINT_STATUSES)[number];

/** What a kiosk shows for a complaint found by its number. */
export interface ComplaintReplyView {
  category: string;
  receivedAt: string;
  status: ComplaintStatus;
  reply: string | null;
  repliedAt: string | null;
}

interface Row {
  case_number: string;
  hall_code: string;
  hall_name: string;
  received_at: string;
  payload: string;
  status: StaffComplaintStatus | null;
  reply: string | null;
  replied_at: string | null;
  replied_by: string | null;
}

interface Payload {
  category: string;
  text: string;
  phone: string | null;
  anonymous: boolean;
  trackingNumber: string | null;
}

function parse(payload: string): Payload {
  try {
    const p = JSON.parse(payload) as Record<string, unknown>;
    return {
      category: typeof p.category === 'string' ? p.category : '其他',
      text: typeof p.text === 'string' ? p.text : '',
      phone: typeof p.phone === 'string' ? p.phone : null,
      anonymous: p.anonymous === true,
      trackingNumber: typeof p.trackingNumber === 'string' ? p.trackingNumber : null,
    };
  } catch {
    return { category: '其他', text: '', phone: null, anonymous: false, trackingNumber: null };
  }
}

const SELECT = `SELECT s.case_number, d.hall_code, h.name AS hall_name, s.received_at, s.payload,
                       c.status, c.reply, c.replied_at, c.replied_by
                  FROM submissions s JOIN devices d ON d.id = s.device_id JOIN halls h ON h.code = d.hall_code
                  LEFT JOIN complaint_replies c ON c.case_number = s.case_number
                 WHERE s.kind = 'complaint'`;

export class ComplaintsService {
  constructor(
    private readonly sql: StoreSql,
    private readonly now: () => Date,
  ) {}

  async list(
    hall: string | null,
    status: ComplaintStatus | undefined,
    limit = 500,
  ): Promise<ConsoleComplaint[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (hall !== null) {
      where.push('d.hall_code = ?');
      params.push(hall);
    }
    if (status === '待处理') where.push('c.status IS NULL');
    else if (status) {
      where.push('c.status = ?');
      params.push(status);
    }
    const rows = await this.sql.all<Row>(
      `${SELECT} ${where.map((w) => `AND ${w}`).join(' ')} ORDER BY s.received_at DESC LIMIT ?`,
      [...params, limit],
    );
    return rows.map((r) => {
      const p = parse(r.payload);
      return {
        number: r.case_number,
        trackingNumber: p.trackingNumber,
        hallCode: r.hall_code,
        hallName: r.hall_name,
        receivedAt: r.received_at,
        category: p.category,
        text: p.text,
        anonymous: p.anonymous,
        maskedPhone: p.phone ? maskPhone(p.phone) : null,
        status: r.status ?? '待处理',
        reply: r.reply,
        repliedAt: r.replied_at,
        repliedBy: r.replied_by,
      };
    });
  }

  /** Sets the status (and the reply, when given) of a complaint in scope; its hall, or null. */
  async answer(
    user: StaffUser,
    hall: string | null,
    number: string,
    status: StaffComplaintStatus,
    reply: string | undefined,
  ): Promise<string | null> {
    const row = await this.sql.get<{ hall_code: string }>(
      `SELECT d.hall_code FROM submissions s JOIN devices d ON d.id = s.device_id
        WHERE s.case_number = ? AND s.kind = 'complaint' ${hall !== null ? 'AND d.hall_code = ?' : ''}`,
      hall !== null ? [number, hall] : [number],
    );
    if (!row) return null;
    const at = this.now().toISOString();
    const updated = await this.sql.run(
      reply !== undefined
        ? 'UPDATE complaint_replies SET status = ?, reply = ?, replied_at = ?, replied_by = ?, updated_at = ? WHERE case_number = ?'
        : 'UPDATE complaint_replies SET status = ?, updated_at = ? WHERE case_number = ?',
      reply !== undefined ? [status, reply, at, user.name, at, number] : [status, at, number],
    );
    if (updated === 0)
      await this.sql.run(
        `INSERT INTO complaint_replies (case_number, status, reply, replied_at, replied_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
        [
          number,
          status,
          reply ?? null,
          reply !== undefined ? at : null,
          reply !== undefined ? user.name : null,
          at,
        ],
      );
    return row.hall_code;
  }

  /**
   * The complaints of `hall` that a number names: the district's own number, or the kiosk's tracking
   * number printed on the slip (two kiosks of a hall can print the same one on the same day: both come
   * back, each with its category and date).
   */
  async forKiosk(hall: string, number: string): Promise<ComplaintReplyView[]> {
    const tracking =
      this.sql.dialect === 'sqlite'
        ? "json_extract(s.payload, '$.trackingNumber')"
        : "(s.payload::jsonb ->> 'trackingNumber')";
    const rows = await this.sql.all<Row>(
      `${SELECT} AND d.hall_code = ? AND (s.case_number = ? OR ${tracking} = ?)
        ORDER BY s.received_at DESC LIMIT 5`,
      [hall, number, number],
    );
    return rows.map((r) => ({
      category: parse(r.payload).category,
      receivedAt: r.received_at,
      status: r.status ?? '待处理',
      reply: r.reply,
      repliedAt: r.replied_at,
    }));
  }
}
