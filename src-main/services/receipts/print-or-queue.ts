/**
 * Prints a receipt or slip on the receipt printer; when it cannot (paper out, cover open, offline), the
 * receipt is queued for hall staff to reprint and the citizen is told so. What the citizen handed in is
 * already safe by then: a printer never loses it.
 */
import type { ReceiptOutcome } from '../../contract/citizen.types.js';
import { KioskError } from '../../contract/errors.js';
import type { ReceiptLine } from '../../devices/printer/printer.types.js';
import type { Logger } from '../../log/logger.js';
import { PRINTING, type ReceiptsRepository } from '../../store/receipts.repository.js';

export interface ReceiptPrinting {
  print: (lines: ReceiptLine[]) => Promise<void>;
  receipts: ReceiptsRepository;
  log: Logger;
}

export async function printOrQueue(
  deps: ReceiptPrinting,
  lines: ReceiptLine[],
  ref: {
    outboxId: number | null;
    number: string;
    /** What is printed, e.g. 回执, 预约凭条. */
    what: string;
    /** Why the citizen need not worry, e.g. 您的申请已安全提交. */
    safe: string;
  },
): Promise<ReceiptOutcome> {
  // Journaled before printing: a kiosk stopped mid-print finds it at the next start (INTERRUPTED).
  const journal = deps.receipts.add({
    outboxId: ref.outboxId,
    localNumber: ref.number,
    reason: PRINTING,
    lines,
  });
  try {
    await deps.print(lines);
    deps.receipts.remove(journal);
    return { printed: true };
  } catch (error) {
    const reason = error instanceof KioskError ? error.code : 'INTERNAL';
    deps.receipts.setReason(journal, reason);
    deps.log.warn({ number: ref.number, code: reason }, 'receipt queued for reprint');
    const cause =
      error instanceof KioskError && error.userMessage ? error.userMessage : `${ref.what}暂时无法打印。`;
    return { printed: false, message: `${cause} ${ref.safe}，${ref.what}已交工作人员补打。` };
  }
}
