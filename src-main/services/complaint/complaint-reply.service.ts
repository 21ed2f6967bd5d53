/**
 * 查看答复: the status and reply of a 投诉建议, asked of the district by the number on the slip. A complaint
 * still in this kiosk's outbox is said to be not yet received; offline and demo kiosks say so plainly
 * rather than "not found".
 */
import type { ComplaintReplyResult } from '../../contract/complaint-reply.types.js';
import { OfflineError } from '../../contract/errors.js';
import type { DistrictClient } from '../../district/district.client.js';
import { busyError, RateLimitedError } from '../../district/rate-limit.js';
import type { Logger } from '../../log/logger.js';
import type { OutboxRepository } from '../../store/outbox.repository.js';

export interface ComplaintReplyDeps {
  outbox: OutboxRepository;
  /** One live request to the district server; OfflineError when it cannot be reached or not provisioned. */
  live: <T>(call: (client: DistrictClient) => Promise<T>) => Promise<T>;
  provisioned: () => boolean;
  log: Logger;
}

export class ComplaintReplyService {
  constructor(private readonly deps: ComplaintReplyDeps) {}

  async lookup(number: string): Promise<ComplaintReplyResult> {
    if (!this.deps.provisioned()) return { state: 'demo' };
    const own = this.deps.outbox.byLocalNumber(number);
    if (own?.kind === 'complaint' && own.state === 'pending') return { state: 'notSent' };
    try {
      const answer = await this.deps.live((client) => client.lookupComplaint(own?.caseNumber ?? number));
      this.deps.log.info({ found: answer.complaints.length }, 'complaint reply looked up');
      return answer.complaints.length > 0
        ? { state: 'found', complaints: answer.complaints }
        : { state: 'notFound' };
    } catch (error) {
      if (error instanceof RateLimitedError) throw busyError(error);
      if (error instanceof OfflineError) return { state: 'offline' };
      throw error;
    }
  }
}
