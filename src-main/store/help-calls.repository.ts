/** 呼叫工作人员 raised at this kiosk: where and when, never who. */
import type { HelpCall, HelpState } from '../contract/citizen.types.js';
import type { Db } from './database.js';

interface Raw {
  call_id: string;
  screen: string;
  called_at: string;
  state: HelpState;
}

const toCall = (r: Raw): HelpCall => ({
  callId: r.call_id,
  screen: r.screen,
  calledAt: r.called_at,
  state: r.state,
});

export class HelpCallsRepository {
  constructor(private readonly db: Db) {}

  add(call: { callId: string; screen: string; calledAt: string }): HelpCall {
    this.db
      .prepare(
        `INSERT INTO help_calls (call_id, screen, called_at, state, changed_at) VALUES (?, ?, ?, 'open', ?)`,
      )
      .run(call.callId, call.screen, call.calledAt, call.calledAt);
    return { ...call, state: 'open' };
  }

  get(callId: string): HelpCall | undefined {
    const raw = this.db
      .prepare<[string], Raw>('SELECT call_id, screen, called_at, state FROM help_calls WHERE call_id = ?')
      .get(callId);
    return raw ? toCall(raw) : undefined;
  }

  /** Moves an open call to `state`; false when it was not open. */
  close(callId: string, state: Exclude<HelpState, 'open'>, at = new Date()): boolean {
    return (
      this.db
        .prepare(`UPDATE help_calls SET state = ?, changed_at = ? WHERE call_id = ? AND state = 'open'`)
        .run(state, at.toISOString(), callId).changes === 1
    );
  }

  /** Open calls, oldest first (the admin's alert list). */
  open(): HelpCall[] {
    return this.db
      .prepare<[], Raw>(
        `SELECT call_id, screen, called_at, state FROM help_calls WHERE state = 'open' ORDER BY called_at`,
      )
      .all()
      .map(toCall);
  }
}
