/**
 * Learns when the hall's staff took a help call (接单 in the district console), so the kiosk can tell the
 * citizen 工作人员马上到: while the call is open here, it long-polls `GET /v1/help/:callId?wait=` (the server
 * holds the answer until the call changes). Until the outbox has uploaded the call the server answers 404:
 * it asks again shortly. Offline, it retries slowly. It stops when the call is accepted, closed (here or
 * there), after `maxMs`, or on stop().
 */
import type { HelpStatusAnswer } from '../../district/protocol.types.js';
import type { DistrictClient } from '../../district/district.client.js';
import { RejectedError } from '../../district/district.errors.js';
import type { Logger } from '../../log/logger.js';

export interface HelpAcceptanceDeps {
  live: <T>(call: (client: DistrictClient) => Promise<T>) => Promise<T>;
  /** Whether the call is still open at this kiosk. */
  isOpen: (callId: string) => boolean;
  accepted: (callId: string, acceptedAt: string) => void;
  log: Logger;
  /** Seconds the server may hold one poll (keep it under the client's request timeout). */
  waitSeconds?: number;
  /** Pause before asking again after a 404 (not uploaded yet) or an offline error. */
  retryMs?: number;
  offlineRetryMs?: number;
  maxMs?: number;
  now?: () => number;
}

export class HelpAcceptanceWatch {
  private readonly watching = new Set<string>();
  private stopped = false;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly deps: HelpAcceptanceDeps) {}

  watch(callId: string): void {
    if (this.stopped || this.watching.has(callId)) return;
    this.watching.add(callId);
    void this.loop(callId).finally(() => this.watching.delete(callId));
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private async loop(callId: string): Promise<void> {
    const now = this.deps.now ?? Date.now;
    const until = now() + (this.deps.maxMs ?? 30 * 60_000);
    const wait = this.deps.waitSeconds ?? 8;
    while (!this.stopped && this.deps.isOpen(callId) && now() < until) {
      let answer: HelpStatusAnswer;
      try {
        answer = await this.deps.live((client) => client.helpStatus(callId, wait));
      } catch (error) {
        const notYet = error instanceof RejectedError && error.status === 404;
        if (!notYet && !(error instanceof RejectedError))
          this.deps.log.debug(
            { callId, err: { message: (error as Error).message } },
            'help status unavailable',
          );
        if (error instanceof RejectedError && !notYet) return;
        await this.pause(notYet ? (this.deps.retryMs ?? 1000) : (this.deps.offlineRetryMs ?? 5000));
        continue;
      }
      if (answer.state === 'accepted' && answer.acceptedAt) {
        if (!this.stopped && this.deps.isOpen(callId)) this.deps.accepted(callId, answer.acceptedAt);
        return;
      }
      if (answer.state === 'closed') return;
    }
  }
}
