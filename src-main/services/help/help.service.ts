/**
 * 呼叫工作人员: the call (kiosk, hall, screen, time — never who) goes to the district server through the
 * outbox and raises an alert for the hall admin here; the citizen can cancel it. One open call per session.
 */
import { randomUUID } from 'node:crypto';
import type { HelpCall } from '../../contract/citizen.types.js';
import { NotFoundError } from '../../contract/errors.js';
import type { Logger } from '../../log/logger.js';
import type { HelpCallsRepository } from '../../store/help-calls.repository.js';
import type { OutboxRepository } from '../../store/outbox.repository.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { Db } from '../../store/database.js';
import type { KioskConfig } from '../config/config.schema.js';
import type { SessionService } from '../session/session.service.js';

const SESSION_CALL = 'help.callId';

export interface HelpDeps {
  db: Db;
  calls: HelpCallsRepository;
  outbox: OutboxRepository;
  usage: UsageRepository;
  session: SessionService;
  config: () => KioskConfig;
  /** The enrolled device id, or null on an unprovisioned kiosk. */
  deviceId: () => string | null;
  /** A call was raised or cancelled (the admin's alert, and a push to the server). */
  changed: (call: HelpCall) => void;
  log: Logger;
  now?: () => Date;
  /** Starts watching the district for staff taking the call (help-acceptance.ts). */
  watch?: (callId: string) => void;
}

export class HelpService {
  constructor(private readonly deps: HelpDeps) {}

  call(screen: string): HelpCall {
    const data = this.deps.session.data();
    const previous = data?.get(SESSION_CALL);
    if (typeof previous === 'string') {
      const open = this.deps.calls.get(previous);
      if (open?.state === 'open') return open;
    }
    const now = this.deps.now?.() ?? new Date();
    const callId = randomUUID();
    const call = this.deps.db.transaction(() => {
      this.enqueue(callId, 'call', screen, now);
      return this.deps.calls.add({ callId, screen, calledAt: now.toISOString() });
    })();
    data?.set(SESSION_CALL, callId);
    this.deps.usage.record('help', null, now);
    // Not the screen: the client names it, and its pattern lets digits (an ID or phone number) through.
    this.deps.log.info({ callId }, 'help called');
    this.deps.changed(call);
    this.deps.watch?.(callId);
    return call;
  }

  /** The district console's 接单: the call stays open here, and the citizen learns staff are coming. */
  accepted(callId: string, acceptedAt: string): void {
    const call = this.deps.calls.get(callId);
    if (call?.state !== 'open') return;
    this.deps.log.info({ callId }, 'help call accepted by staff');
    this.deps.changed({ ...call, acceptedAt });
  }

  cancel(callId: string): HelpCall {
    const call = this.deps.calls.get(callId);
    if (!call) throw new NotFoundError(`help call ${callId} unknown`, '没有找到这次呼叫。');
    if (call.state !== 'open') return call;
    const now = this.deps.now?.() ?? new Date();
    this.deps.db.transaction(() => {
      this.deps.calls.close(callId, 'cancelled', now);
      this.enqueue(callId, 'cancel', call.screen, now);
    })();
    this.deps.log.info({ callId }, 'help call cancelled');
    const cancelled: HelpCall = { ...call, state: 'cancelled' };
    this.deps.changed(cancelled);
    return cancelled;
  }

  /**
   * A staff member went to the citizen (the hall admin's 已处理): the call closes as answered here, and
   * the district's alert is withdrawn (the protocol knows call and cancel only).
   */
  answer(callId: string): HelpCall {
    const call = this.deps.calls.get(callId);
    if (!call) throw new NotFoundError(`help call ${callId} unknown`, '没有找到这次呼叫。');
    if (call.state !== 'open') return call;
    const now = this.deps.now?.() ?? new Date();
    this.deps.db.transaction(() => {
      this.deps.calls.close(callId, 'answered', now);
      this.enqueue(callId, 'cancel', call.screen, now);
    })();
    this.deps.log.info({ callId }, 'help call answered');
    const answered: HelpCall = { ...call, state: 'answered' };
    this.deps.changed(answered);
    return answered;
  }

  private enqueue(callId: string, action: 'call' | 'cancel', screen: string, now: Date): void {
    const c = this.deps.config();
    this.deps.outbox.enqueue(
      {
        kind: 'help',
        payload: {
          callId,
          action,
          kiosk: this.deps.deviceId() ?? `${c.hallCode}-未注册终端`,
          hall: c.hallCode,
          screen,
          time: now.toISOString(),
        },
        summary: { action, screen },
      },
      now,
    );
  }
}
