/**
 * 投诉建议: category, text, an optional phone for the reply, anonymous allowed. Written to the outbox in
 * one transaction before the citizen sees the tracking number; a slip is printed (no text, masked phone).
 */
import type { ComplaintResult } from '../../contract/citizen.types.js';
import { InputError } from '../../contract/errors.js';
import type { ComplaintCategory } from '../../contract/feedback.js';
import { maskPhone } from '../../contract/id-number.js';
import type { Logger } from '../../log/logger.js';
import type { OutboxRepository } from '../../store/outbox.repository.js';
import type { UsageRepository } from '../../store/usage.repository.js';
import type { KioskConfig } from '../config/config.schema.js';
import { printOrQueue, type ReceiptPrinting } from '../receipts/print-or-queue.js';
import { complaintSlip } from './complaint.slip.js';

export interface ComplaintInput {
  category: ComplaintCategory;
  text: string;
  phone?: string | undefined;
  anonymous: boolean;
}

export interface ComplaintDeps {
  outbox: OutboxRepository;
  usage: UsageRepository;
  config: () => KioskConfig;
  printing: ReceiptPrinting;
  online: () => boolean;
  log: Logger;
  now?: () => Date;
}

export class ComplaintService {
  constructor(private readonly deps: ComplaintDeps) {}

  async submit(input: ComplaintInput): Promise<ComplaintResult> {
    const text = input.text.trim();
    if (text.length === 0) throw new InputError('empty complaint', 'text', '请填写投诉或建议的内容。');
    if (input.anonymous && input.phone)
      throw new InputError('anonymous with a phone', 'phone', '匿名提交时不留电话；如需答复，请取消匿名。');
    const now = this.deps.now?.() ?? new Date();
    const c = this.deps.config();
    const row = this.deps.outbox.enqueue(
      {
        kind: 'complaint',
        payload: {
          category: input.category,
          text,
          ...(input.phone ? { phone: input.phone } : {}),
          anonymous: input.anonymous,
        },
        summary: { category: input.category, anonymous: input.anonymous },
        // The slip's number travels with the complaint, so any kiosk of the hall can show the reply.
        stampLocalNumber: 'trackingNumber',
      },
      now,
    );
    this.deps.usage.record('complaint', null, now);
    this.deps.log.info(
      { localNumber: row.localNumber, category: input.category },
      'complaint stored in outbox',
    );
    const receipt = await printOrQueue(
      this.deps.printing,
      complaintSlip({
        hallName: c.hallName,
        hallPhone: c.hallPhone,
        trackingNumber: row.localNumber,
        category: input.category,
        submittedAt: now,
        maskedPhone: input.phone ? maskPhone(input.phone) : null,
        replyDays: c.complaintReplyDays,
      }),
      { outboxId: row.id, number: row.localNumber, what: '回执', safe: '您的意见已安全提交' },
    );
    return {
      trackingNumber: row.localNumber,
      submittedAt: row.createdAt,
      replyDays: c.complaintReplyDays,
      online: this.deps.online(),
      receipt,
    };
  }
}
