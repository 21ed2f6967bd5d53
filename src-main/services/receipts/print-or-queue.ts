/**
 * Prints a receipt or slip on the receipt printer; when it cannot (paper out, cover open, offline), the
 * receipt is queued for hall staff to reprint and the citizen is told so. What the citizen handed in is
 * already safe by then: a printer never loses it.
 */
import type { ReceiptOutcome } from '../../contract/citizen.types.js';
import { KioskError } from '../../contract/errors.js';
import type { ReceiptLine } from '../../devices/printer/printer.types.js';
import type { Logger } from '../../log/logger.js';
import { isDiskFullError } from '../../store/disk-space.js';
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
  // A journal that cannot be written (full disk) does not stop the print.
  const journal = tryWrite(deps, () =>
    deps.receipts.add({ outboxId: ref.outboxId, localNumber: ref.number, reason: PRINTING, lines }),
  );
  try {
    await deps.print(lines);
    if (journal !== undefined) tryWrite(deps, () => deps.receipts.remove(journal));
    return { printed: true };
  } catch (error) {
    const reason = error instanceof KioskError ? error.code : 'INTERNAL';
    const queued = tryWrite(deps, () =>
      journal !== undefined
        ? (deps.receipts.setReason(journal, reason), journal)
        : deps.receipts.add({ outboxId: ref.outboxId, localNumber: ref.number, reason, lines }),
    );
    deps.log.warn(
      { number: ref.number, code: reason, queued: queued !== undefined },
      'receipt queued for reprint',
    );
    const cause =
      error instanceof KioskError && error.userMessage ? error.userMessage : `${ref.what}暂时无法打印。`;
    // Only say staff will reprint it when the reprint queue really holds it.
    const next = queued !== undefined ? `${ref.what}已交工作人员补打。` : `请告诉工作人员${ref.what}未打印。`;
    return { printed: false, message: `${cause} ${ref.safe}，${next}` };
  }
}

/** A bookkeeping write around a print; a failure (full disk) is logged and the print goes on. */
function tryWrite<T>(deps: ReceiptPrinting, write: () => T): T | undefined {
  try {
    return write();
  } catch (error) {
    deps.log.error(
      {
        code: isDiskFullError(error) ? 'STORE_FULL' : 'INTERNAL',
        err: { type: error instanceof Error ? error.name : typeof error },
      },
      'receipt bookkeeping failed',
    );
    return undefined;
  }
}
