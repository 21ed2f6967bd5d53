/**
 * 呼叫帮办: help calls as the kiosks sent them (submissions of kind `help`: a `call`, maybe a `cancel`),
 * folded into one record per call, with the console's acceptance (接单). Calls of the last day are listed,
 * open ones first; closed ones stay for the statistics. The kiosk that raised a call asks for its state
 * (the long poll of GET /v1/help/:callId) to tell the citizen 工作人员马上到.
 */
import type { StoreSql } from '../store/store-sql.js';
import type { ConsoleHelpCall, StaffUser } from './console-api.types.js';

interface Row {
  device_id: string;
  hall_code: string;
  hall_name: string;
  payload: string;
  received_at: string;
}

const WINDOW_MS = 24 * 60 * 60_000;

export class HelpCallsService {
  constructor(
    private readonly sql: StoreSql,
    private readonly now: () => Date,
  ) {}

  /** Calls of the last 24 hours in `hall` (null: all halls): open ones, oldest first, then the rest. */
  async list(hall: string | null): Promise<ConsoleHelpCall[]> {
    const since = new Date(this.now().getTime() - WINDOW_MS).toISOString();
    const rows = await this.sql.all<Row>(
      `SELECT s.device_id, d.hall_code, h.name AS hall_name, s.payload, s.received_at
         FROM submissions s JOIN devices d ON d.id = s.device_id JOIN halls h ON h.code = d.hall_code
        WHERE s.kind = 'help' AND s.received_at >= ? ${hall !== null ? 'AND d.hall_code = ?' : ''}
        ORDER BY s.received_at, s.case_number`,
      hall !== null ? [since, hall] : [since],
    );
    const calls = await this.withAnswers(fold(rows));
    const rank = (c: ConsoleHelpCall): number => (c.state === 'open' ? 0 : c.state === 'accepted' ? 1 : 2);
    return calls.sort((a, b) =>
      rank(a) !== rank(b)
        ? rank(a) - rank(b)
        : rank(a) === 2
          ? b.calledAt.localeCompare(a.calledAt)
          : a.calledAt.localeCompare(b.calledAt),
    );
  }

  /** One call as the device that raised it sees it; null when the device raised no such call. */
  async forDevice(deviceId: string, callId: string): Promise<ConsoleHelpCall | null> {
    const rows = await this.sql.all<Row>(
      `SELECT s.device_id, d.hall_code, h.name AS hall_name, s.payload, s.received_at
         FROM submissions s JOIN devices d ON d.id = s.device_id JOIN halls h ON h.code = d.hall_code
        WHERE s.device_id = ? AND s.kind = 'help' AND s.payload LIKE ?
        ORDER BY s.received_at, s.case_number`,
      [deviceId, `%"callId":"${callId}"%`],
    );
    const [call] = await this.withAnswers(fold(rows).filter((c) => c.callId === callId));
    return call ?? null;
  }

  /**
   * 接单: the call in the user's scope is accepted by them; a second acceptance keeps the first.
   * null when there is no such call in scope; the call as it stands otherwise.
   */
  async accept(user: StaffUser, hall: string | null, callId: string): Promise<ConsoleHelpCall | null> {
    const call = (await this.list(hall)).find((c) => c.callId === callId);
    if (!call) return null;
    if (call.state === 'open')
      await this.sql.run(
        'INSERT INTO help_call_answers (call_id, accepted_at, accepted_by) VALUES (?, ?, ?) ON CONFLICT (call_id) DO NOTHING',
        [callId, this.now().toISOString(), user.name],
      );
    return (await this.list(hall)).find((c) => c.callId === callId) ?? null;
  }

  private async withAnswers(calls: ConsoleHelpCall[]): Promise<ConsoleHelpCall[]> {
    if (calls.length === 0) return calls;
    const answers = new Map<string, { accepted_at: string; accepted_by: string }>();
    for (let i = 0; i < calls.length; i += 500) {
      const ids = calls.slice(i, i + 500).map((c) => c.callId);
      const rows = await this.sql.all<{ call_id: string; accepted_at: string; accepted_by: string }>(
        `SELECT call_id, accepted_at, accepted_by FROM help_call_answers WHERE call_id IN (${ids.map(() => '?').join(', ')})`,
        ids,
      );
      for (const r of rows) answers.set(r.call_id, r);
    }
    return calls.map((c) => {
      const answer = answers.get(c.callId);
      if (!answer) return c;
      return {
        ...c,
        acceptedAt: answer.accepted_at,
        acceptedBy: answer.accepted_by,
        state: c.state === 'closed' ? 'closed' : 'accepted',
      };
    });
  }
}

function fold(rows: readonly Row[]): ConsoleHelpCall[] {
  const calls = new Map<string, ConsoleHelpCall>();
  for (const row of rows) {
    let payload: { callId?: unknown; action?: unknown; screen?: unknown; time?: unknown };
    try {
      payload = JSON.parse(row.payload) as typeof payload;
    } catch {
      continue;
    }
    if (typeof payload.callId !== 'string') continue;
    const existing = calls.get(payload.callId);
    if (payload.action === 'cancel') {
      if (existing && existing.deviceId === row.device_id) {
        existing.state = 'closed';
        existing.closedAt = row.received_at;
      }
      continue;
    }
    if (existing) continue;
    calls.set(payload.callId, {
      callId: payload.callId,
      deviceId: row.device_id,
      hallCode: row.hall_code,
      hallName: row.hall_name,
      screen: typeof payload.screen === 'string' ? payload.screen : '',
      calledAt: row.received_at,
      state: 'open',
      acceptedAt: null,
      acceptedBy: null,
      closedAt: null,
    });
  }
  return [...calls.values()];
}
